/**
 * The workshop end to end: five people's files and one broken file, a consensus, the agreed
 * position presented on a projector and stepped through with the keyboard, axe on both views.
 */
import { test, expect, type Page } from '@playwright/test'
import { loadContent } from '../../build/read-content.ts'
import { expectNoAxeViolations } from './support'

const content = loadContent('questions')
const questions = content.themes.flatMap((t) => t.questions)

/** The values a choice question offers, from its scale or its options. */
function valuesOf(q: (typeof questions)[number]): string[] {
  if (q.kind === 'yes-partly-no') return ['no', 'partly', 'yes']
  if (q.kind === 'scale') return content.framework.scales.find((s) => s.id === q.scale)!.options.map((o) => o.value)
  if (q.kind === 'multiple') return q.options.filter((o) => !o.exclusive).map((o) => o.value)
  return []
}

/**
 * Respondent `n`'s saved file: the same council, answers that agree on most questions and split
 * on every third one.
 */
function respondentFile(n: number, extraAnswers: Record<string, { value: string }> = {}): string {
  const answers: Record<string, { value: string | string[] | number }> = {}
  questions.forEach((q, i) => {
    const values = valuesOf(q)
    if (q.kind === 'number') answers[q.id] = { value: 10 + (i % 3 === 0 ? n : 0) }
    else if (q.kind === 'multiple') answers[q.id] = { value: values.slice(0, 1 + ((i % 3 === 0 ? n : 0) % values.length)) }
    else if (values.length > 0) answers[q.id] = { value: values[i % 3 === 0 ? (n * 2) % values.length : values.length - 2]! }
  })
  return JSON.stringify({
    format: 'library-self-assessment',
    formatVersion: 1,
    contentVersion: content.framework.contentVersion,
    createdAt: `2026-05-0${n}T10:00:00.000Z`,
    updatedAt: `2026-05-0${n}T11:00:00.000Z`,
    assessment: {
      profile: { 'council-name': 'Anytown Borough Council', 'council-type': 'unitary', 'respondent-role': 'councillor', 'respondent-name': `Councillor ${'ABCDE'[n - 1]}`, 'changes-planned': 'reductions' },
      priorities: [],
      answers: { ...answers, ...extraAnswers },
    },
    completedThemes: [],
    actionPlan: [],
  })
}

const files = [
  ...[1, 2, 3, 4].map((n) => ({ name: `respondent-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(respondentFile(n)) })),
  { name: 'respondent-5.json', mimeType: 'application/json', buffer: Buffer.from(respondentFile(5, { 'a-retired-question': { value: 'yes' } })) },
  { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ this is not JSON') },
]

async function expectNoScrolling(page: Page, what: string) {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollHeight, inner: window.innerHeight }))
  if (scroll > inner) await page.screenshot({ path: '/tmp/slide-overflow.png', fullPage: true })
  expect(scroll, `${what} scrolls (${scroll} > ${inner})`).toBeLessThanOrEqual(inner)
}

/** Step forward through every slide with the keyboard, checking each one. */
async function stepThroughSlides(page: Page, size: string, check: (title: string, index: number) => Promise<void>) {
  const counter = page.getByText(/^Slide \d+ of \d+$/)
  const total = Number(/of (\d+)/.exec(await counter.innerText())![1])
  expect(total).toBeGreaterThan(10)
  for (let i = 1; i <= total; i++) {
    await expect(counter).toHaveText(`Slide ${i} of ${total}`)
    const heading = page.getByRole('heading', { level: 1 })
    const title = (await heading.innerText()).trim()
    if (i > 1) await expect(heading).toBeFocused()
    await expectNoScrolling(page, `slide ${i} (${title}) at ${size}`)
    await check(title, i)
    if (i < total) await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown')
  }
  return total
}

test.describe('the workshop', () => {
  test('combines five files, refuses a broken one, records a consensus and presents it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto('/workshop')
    await expect(page.getByRole('heading', { level: 1, name: 'Run a workshop' })).toBeVisible()

    await page.getByLabel('Upload answer files').setInputFiles(files)

    const table = page.getByRole('table', { name: 'Files added' })
    await expect(table.getByRole('row')).toHaveCount(7)
    for (const n of [1, 2, 3, 4]) await expect(table.getByRole('row', { name: new RegExp(`respondent-${n}\\.json`) })).toContainText('Added')
    await expect(table.getByRole('row', { name: /respondent-5\.json/ })).toContainText('Added with warnings')
    await expect(table.getByRole('row', { name: /respondent-5\.json/ })).toContainText('a-retired-question')
    await expect(table.getByRole('row', { name: /broken\.json/ })).toContainText('Not added')
    const errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(errorSummary).toContainText('broken.json: The file is not a saved assessment: it is not in the JSON format this tool saves.')
    await expect(page.getByText('5 files added. The workshop now has 5 respondents.')).toBeVisible()
    await expect(page).toHaveTitle(/^Error: Run a workshop/)

    // Where the room stands: each respondent, the median and the range.
    const themes = page.getByRole('table', { name: /Scores by theme/ })
    await expect(themes.getByRole('columnheader', { name: 'Councillor A' })).toBeVisible()
    await expect(themes.getByRole('columnheader', { name: 'Median' })).toBeVisible()
    await page.getByLabel('Hide names (show Respondent 1, Respondent 2 and so on)').check()
    await expect(themes.getByRole('columnheader', { name: 'Respondent 5' })).toBeVisible()
    await expect(themes.getByRole('columnheader', { name: 'Councillor A' })).toHaveCount(0)
    await expect(page.getByText('a-retired-question: Respondent 5')).toBeVisible()

    // The biggest split comes first, pre-filled with the most common answer.
    const first = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 3, name: /^1\. / }) })
    await expect(first.getByText('Strong disagreement')).toBeVisible()
    await expect(first.getByText('(the most common answer)')).toBeVisible()
    const group = first.getByRole('group', { name: /^Agreed answer for/ })
    const options = group.getByRole('radio')
    const checked = await options.evaluateAll((inputs) => inputs.findIndex((i) => (i as HTMLInputElement).checked))
    const choice = group.getByRole('radio').nth(checked === 0 ? 1 : 0)
    const choiceLabel = (await group.locator('label').nth(checked === 0 ? 1 : 0).innerText()).trim()
    await choice.check()
    await expect(first.getByText('(set by the facilitator)')).toBeVisible()
    await expect(first.getByText(`Agreed: ${choiceLabel}`)).toBeVisible()
    await first.getByText(/^Add a note or record dissent/).click()
    await first.getByLabel('Note on the agreed answer (optional)').fill('The room accepted the officers’ evidence.')
    await first.getByLabel('Dissent (optional)').fill('Respondent 2 thinks this is not yet in place.')

    await expectNoAxeViolations(page, 'the workshop view')
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: '/tmp/workshop-top-1280.png' })
    await themes.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: '/tmp/workshop-themes-1280.png' })
    await first.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: '/tmp/workshop-question-1280.png' })

    await page.getByRole('button', { name: 'Use the agreed position' }).click()
    await expect(page.getByText('The agreed position, combined from 5 respondents, is now the assessment in this browser.')).toBeVisible()

    // The workshop survives a reload, and the broken file's message does not.
    await page.reload()
    await expect(page.getByRole('table', { name: 'Files added' }).getByRole('row')).toHaveCount(6)
    await expect(page.getByLabel('Hide names (show Respondent 1, Respondent 2 and so on)')).toBeChecked()

    // Compare the agreed position with one person's answers, as if they were last year's.
    await page.goto('/compare')
    await expect(page.getByRole('heading', { level: 1, name: 'Compare with an earlier assessment' })).toBeVisible()
    await page.getByLabel('Upload the earlier assessment').setInputFiles([files[0]!])
    const changes = page.getByRole('table', { name: /Change in each theme’s score/ })
    await expect(changes.getByRole('row')).toHaveCount(content.themes.length + 2)
    await expect(changes.getByRole('row', { name: /^Overall/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Answers that changed' })).toBeVisible()
    await expectNoAxeViolations(page, 'the compare view')
    await page.screenshot({ path: '/tmp/compare-1280.png' })
    await page.getByLabel('Upload the earlier assessment').setInputFiles([files[5]!])
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('broken.json: The file is not a saved assessment')

    // Present the agreed position.
    await page.goto('/present')
    await expect(page.getByRole('heading', { level: 1, name: 'Library service self-assessment' })).toBeVisible()
    await expect(page.getByText('Combined from 5 respondents')).toBeVisible()
    await expect(page.getByRole('banner')).toHaveCount(0)
    await expectNoAxeViolations(page, 'the title slide')

    const seen: string[] = []
    const total = await stepThroughSlides(page, '1280×720', async (title, i) => {
      seen.push(title)
      if (i === 2 || i === 4 || i === 5 || i === 18) await expectNoAxeViolations(page, `slide ${i} (${title})`)
      if (i === 4) await page.screenshot({ path: '/tmp/slide-theme-1280.png' })
      if (i === 2) await page.screenshot({ path: '/tmp/slide-headline-1280.png' })
      if (i === 3) await page.screenshot({ path: '/tmp/slide-overview-1280.png' })
      if (title === 'Critical risks') await page.screenshot({ path: '/tmp/slide-risks-1280.png' })
    })
    expect(seen.slice(0, 3)).toEqual(['Library service self-assessment', 'Headline', 'All themes at a glance'])
    expect(seen).toEqual(expect.arrayContaining(['Critical risks', 'Top recommendations', 'Governance models', 'Next steps', ...content.themes.map((t) => t.title)]))
    expect(seen).toHaveLength(total)

    // The live region announces the slide; the other keys move as a clicker would.
    await expect(page.locator('[aria-live="polite"]')).toHaveText(`Slide ${total} of ${total}: Next steps`)
    await page.keyboard.press('Home')
    await expect(page.getByText(`Slide 1 of ${total}`, { exact: true })).toBeVisible()
    await page.keyboard.press('End')
    await expect(page.getByText(`Slide ${total} of ${total}`, { exact: true })).toBeVisible()
    await page.keyboard.press('PageUp')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowUp')
    await expect(page.getByText(`Slide ${total - 3} of ${total}`, { exact: true })).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Space')
    await expect(page.getByText(`Slide ${total - 1} of ${total}`, { exact: true })).toBeVisible()

    // At 1920×1080 every slide fits as well.
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.keyboard.press('Home')
    await page.getByRole('heading', { level: 1 }).focus()
    await stepThroughSlides(page, '1920×1080', async (_title, i) => {
      if (i === 4) await page.screenshot({ path: '/tmp/slide-theme-1920.png' })
    })

    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/\/results$/)
  })
})
