/**
 * Issue 16: the duty check from the start page to its result, and the full journey, counted in
 * page views, clicks and words on screen. Counts are printed (JOURNEY_COUNTS lines) for the note.
 */
import { test, expect, type Page } from '@playwright/test'
import { andWaitForNewPage, answerQuestion, completeProfile, expectNoAxeViolations } from './support'
import { DUTY_CHECK_TIME_TEXT, STATED_TIMES } from '@/config/service'

interface Counter {
  views: number
  clicks: number
  words: number
}

async function countView(page: Page, c: Counter) {
  c.views++
  c.words += await page.evaluate(() => (document.querySelector('main')?.innerText ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length)
}

/** Open the start page and start counting there. */
async function fromTheStartPage(page: Page): Promise<Counter> {
  const c: Counter = { views: 0, clicks: 0, words: 0 }
  await page.goto('/')
  await countView(page, c)
  return c
}

/** Click, wait for the next page and count it. */
async function go(page: Page, c: Counter, act: () => Promise<unknown>, clicks = 1) {
  c.clicks += clicks
  await andWaitForNewPage(page, act)
  await countView(page, c)
}

test.describe('the duty check', () => {
  test('goes from the start page to the legal position and its top risks, under the stated number of clicks', async ({ page }) => {
    test.setTimeout(180_000)
    const c = await fromTheStartPage(page)
    await expect(page.getByText(DUTY_CHECK_TIME_TEXT)).toBeVisible()
    await go(page, c, () => page.getByRole('link', { name: 'Start the duty check' }).click())
    await expect(page.getByRole('heading', { level: 1, name: 'The duty check' })).toBeVisible()
    await expectNoAxeViolations(page, 'the duty check start')
    await page.getByLabel('Yes, reductions').check()
    c.clicks++
    await go(page, c, () => page.getByRole('button', { name: 'Continue' }).click())
    let questions = 0
    while (!page.url().includes('/results')) {
      await expect(page.getByText(/^Duty check: question \d+ of \d+$/)).toBeVisible()
      await answerQuestion(page, 1)
      c.clicks++
      await go(page, c, () => page.getByRole('button', { name: 'Continue' }).click())
      questions++
      if (questions > STATED_TIMES.dutyUpTo.questions) throw new Error('The duty check asked more questions than the start page states')
    }
    await expect(page.getByRole('heading', { level: 2, name: /^Legal position: (High|Medium|Low) legal risk$/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Most serious risks' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'What the full assessment would add' })).toBeVisible()
    await expectNoAxeViolations(page, 'the duty check result')
    // Each question is one choice and one Continue; two clicks more to start and say what is planned.
    expect(c.clicks).toBeLessThanOrEqual(2 * STATED_TIMES.dutyUpTo.questions + 3)
    console.log(`JOURNEY_COUNTS duty questions=${questions} views=${c.views} clicks=${c.clicks} words=${c.words}`)
  })
})

test.describe('the full assessment', () => {
  test('goes from section to section without a check page between them, and the task list stays', async ({ page }) => {
    test.setTimeout(300_000)
    const c = await fromTheStartPage(page)
    await go(page, c, () => page.getByRole('button', { name: 'Start now' }).click())
    await completeProfile(page)
    c.clicks += 5
    await countView(page, c)
    await page.getByRole('group', { name: 'Choose your local priorities' }).getByLabel('Healthier and happier lives').check()
    c.clicks++
    await go(page, c, () => page.getByRole('button', { name: 'Continue' }).click())
    await go(page, c, () => page.getByRole('link', { name: /Understand the duty/ }).click())
    let questions = 0
    let sectionChecks = 0
    while (!(await page.getByRole('heading', { level: 1, name: 'Check your answers before you see your results' }).isVisible())) {
      if (page.url().endsWith('/check')) sectionChecks++
      await answerQuestion(page, questions % 3)
      c.clicks++
      await go(page, c, () => page.getByRole('button', { name: 'Continue' }).click())
      questions++
      if (questions > STATED_TIMES.full.questions) throw new Error('More questions than the start page states')
    }
    expect(sectionChecks).toBe(0)
    await go(page, c, () => page.getByRole('link', { name: 'See your results' }).click())
    await expect(page.getByRole('heading', { level: 2, name: /^Legal position:/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'What the full assessment would add' })).toHaveCount(0)
    await page.goto('/tasks')
    await expect(page.getByText('Completed').first()).toBeVisible()
    console.log(`JOURNEY_COUNTS full questions=${questions} views=${c.views} clicks=${c.clicks} words=${c.words}`)
  })
})
