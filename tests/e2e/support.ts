/** Shared steps for the end-to-end tests. Everything is found by role and label. */
import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Run axe on the page as it is now and expect no violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary, `axe violations on ${label}`).toEqual([])
}

/** Expect the page to fit the window's width (no sideways scroll), as at 320 pixels (WCAG 1.4.10). */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(over, `${label} is ${over}px wider than the window`).toBeLessThanOrEqual(0)
}

/** Fill in "About your council" and continue. */
export async function completeProfile(page: Page, changes = 'Yes, reductions'): Promise<void> {
  await page.getByLabel('What is the name of your council?').fill('Anytown Borough Council')
  await page.getByRole('group', { name: 'What type of council is it?' }).getByLabel('Unitary authority').check()
  await page.getByRole('group', { name: 'What is your role?' }).getByLabel('Portfolio holder for libraries').check()
  await page
    .getByRole('group', { name: /changes.*next 2 years/ })
    .getByLabel(changes, { exact: true })
    .check()
  await andWaitForNewPage(page, () => page.getByRole('button', { name: 'Continue' }).click())
}

/**
 * Answer the question on screen: a number, the first choice, or some text. `pick` chooses
 * which radio or checkbox (0 is the first).
 */
export async function answerQuestion(page: Page, pick = 0): Promise<void> {
  const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim()
  const textbox = page.getByRole('textbox', { name: heading, exact: true })
  if ((await textbox.count()) > 0) {
    const isNumber = (await textbox.getAttribute('inputmode')) === 'numeric'
    await textbox.fill(isNumber ? '40' : 'We share a building with the council customer service centre.')
    return
  }
  const group = page.getByRole('group', { name: heading })
  const radios = group.getByRole('radio')
  if ((await radios.count()) > 0) {
    await radios.nth(Math.min(pick, (await radios.count()) - 1)).check()
    return
  }
  await group.getByRole('checkbox').nth(pick).check()
}

/** Press Continue (or run `act`) and wait until the page has changed. */
export async function andWaitForNewPage(page: Page, act: () => Promise<unknown>): Promise<void> {
  const before = page.url()
  await act()
  await page.waitForURL((url) => url.href !== before)
}

/** The theme id of the question page that is open, or null on any other page. */
function themeOf(url: string): string | null {
  const m = /\/themes\/([^/?#]+)\/(?!check\b)[^/?#]+/.exec(new URL(url).pathname)
  return m ? m[1]! : null
}

/**
 * Answer every question of the theme that is open. After its last question the journey goes
 * straight on to the next section (issue 16); a "Have you completed this section?" page, if one
 * comes, is answered yes. Ends on the task list.
 */
export async function completeTheme(page: Page, pick = 0): Promise<number> {
  const theme = themeOf(page.url())
  let answered = 0
  while (themeOf(page.url()) === theme && theme !== null) {
    await answerQuestion(page, pick)
    await andWaitForNewPage(page, () => page.getByRole('button', { name: 'Continue' }).click())
    answered++
    if (answered > 60) throw new Error('A theme never ended')
  }
  if (await page.getByRole('heading', { level: 1, name: 'Check your answers for this section' }).isVisible()) {
    await page.getByLabel('Yes, I’ve completed this section').check()
    await andWaitForNewPage(page, () => page.getByRole('button', { name: 'Continue' }).click())
  }
  await page.goto('/tasks')
  await expect(page.getByRole('heading', { level: 1, name: 'Your library service self-assessment' })).toBeVisible()
  return answered
}

/** From the start page, complete every theme and reach the results. Returns pages and clicks. */
export async function completeAssessment(page: Page): Promise<{ questions: number }> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start now' }).click()
  await completeProfile(page)
  await page.getByRole('group', { name: 'Choose your local priorities' }).getByLabel('Healthier and happier lives').check()
  await andWaitForNewPage(page, () => page.getByRole('button', { name: 'Continue' }).click())
  // From the first section, each section's last question leads straight on to the next.
  await andWaitForNewPage(page, () => page.getByRole('link', { name: /Understand the duty/ }).click())
  const seen: string[] = []
  let questions = 0
  while (!(await page.getByRole('heading', { level: 1, name: 'Check your answers before you see your results' }).isVisible())) {
    const theme = themeOf(page.url())
    if (!theme) throw new Error(`Left the questions at ${page.url()}`)
    if (!seen.includes(theme)) seen.push(theme)
    await answerQuestion(page, (seen.length - 1) % 3)
    await andWaitForNewPage(page, () => page.getByRole('button', { name: 'Continue' }).click())
    questions++
    if (questions > 300) throw new Error('The assessment never ended')
  }
  await page.getByRole('link', { name: 'See your results' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  return { questions }
}

export const STORAGE_KEY = 'library-self-assessment:v1'
export const BACKUP_KEY = 'library-self-assessment:unreadable-backup'

/** A small saved assessment, as "Download your answers" writes it. */
export function savedFile(
  overrides: { council?: string; answers?: Record<string, { value: unknown; note?: string }>; actionPlan?: unknown[] } = {},
): Record<string, unknown> {
  return {
    format: 'library-self-assessment',
    formatVersion: 1,
    contentVersion: '1.0.0',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    assessment: {
      profile: {
        'council-name': overrides.council ?? 'Anytown Borough Council',
        'council-type': 'unitary',
        'respondent-role': 'officer',
        'changes-planned': 'none',
      },
      priorities: [],
      answers: overrides.answers ?? { 'duty-understood': { value: 'started', note: 'Briefing planned' }, 'duty-who-is-covered': { value: 'partly' } },
    },
    completedThemes: [],
    actionPlan: overrides.actionPlan ?? [],
  }
}

/** Put saved answers (or any text) into this browser's storage before the app starts. */
export async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto('/help')
  await page.evaluate((e) => {
    localStorage.clear()
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v)
  }, entries)
}

/** What this browser has stored as the saved answers, parsed. */
export async function storedFile(page: Page): Promise<{
  assessment: { profile: Record<string, unknown>; answers: Record<string, { value: unknown; note?: string }> }
  actionPlan: { targetDate: string }[]
} | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)
  return text === null ? null : JSON.parse(text)
}
