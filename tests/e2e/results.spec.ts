import { test, expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { completeAssessment, expectNoAxeViolations } from './support'

/** Follow a link in "The detail" on the results page to the detail page it names. */
async function openDetail(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'The detail' }).getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

/** Read a download into a Buffer. */
async function downloadBytes(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download')
  await click()
  const download = await downloading
  const path = await download.path()
  return { name: download.suggestedFilename(), bytes: readFileSync(path) }
}

test.describe('the results page', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(120_000)
    await completeAssessment(page)
  })

  test('explains the result, with no accessibility violations on screen or in print', async ({ page }) => {
    await expect(page.getByText('This is a self-assessment, not legal advice.')).toBeVisible()
    await expectNoAxeViolations(page, 'the results page')
    await page.emulateMedia({ media: 'print' })
    await expectNoAxeViolations(page, 'the results page as printed')
    await expect(page.getByRole('button', { name: 'Download PDF report' })).toBeHidden()
    await page.emulateMedia({ media: 'screen' })
    await openDetail(page, 'Risks and statutory essentials')
    await expect(page.getByRole('heading', { level: 3, name: /^Overall rating: (Red|Amber|Green)/ })).toBeVisible()
    await page.getByRole('link', { name: 'Back to your results' }).click()
    await openDetail(page, 'Scores and findings by theme')
    await expect(page.getByRole('img', { name: /Score out of 100 for each theme/ })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Score and level for each theme' }).getByRole('row')).toHaveCount(15)
    await page.getByText('Answers that moved this score').first().click()
    await expectNoAxeViolations(page, 'the scores and findings by theme')
    await page.emulateMedia({ media: 'print' })
    await expectNoAxeViolations(page, 'the scores and findings by theme as printed')
  })

  test('downloads the PDF report, fetching jsPDF only when asked', async ({ page }) => {
    const fetched: string[] = []
    page.on('request', (r) => fetched.push(r.url()))
    expect(fetched.some((u) => /render-pdf/.test(u))).toBe(false)
    const { name, bytes } = await downloadBytes(page, () => page.getByRole('button', { name: 'Download PDF report' }).click())
    expect(name).toMatch(/^library-self-assessment-anytown-borough-council-\d{4}-\d{2}-\d{2}\.pdf$/)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = bytes.toString('latin1')
    expect(text).toContain('/Lang (en-GB)')
    expect(text).toMatch(/\/Count \d+/)
    expect(fetched.some((u) => /render-pdf/.test(u))).toBe(true)
    // jsPDF's optional chunks are never needed.
    expect(fetched.filter((u) => /html2canvas|purify|index\.es/.test(u))).toEqual([])
  })

  test('downloads a CSV that a spreadsheet reads correctly', async ({ page }) => {
    const { name, bytes } = await downloadBytes(page, () => page.getByRole('button', { name: 'Download table (CSV)' }).click())
    expect(name).toMatch(/^library-self-assessment-table-anytown-borough-council-\d{4}-\d{2}-\d{2}\.csv$/)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text).toContain('"Row type","Theme","Question id"')
    expect(text).toContain('"Theme score"')
  })

  test('shows risks critical first, and case studies with their reasons', async ({ page }) => {
    await page.getByRole('link', { name: /^See all \d+ risks/ }).click()
    const risks = page.getByRole('heading', { level: 2, name: 'Risks to act on' }).locator('xpath=following-sibling::ol[1]')
    const first = risks.getByRole('heading', { level: 3 }).first()
    await expect(first).toContainText('Critical')
    await expect(page.getByText(/Raised because/).first()).toBeHidden()
    await risks.getByText('How this was worked out').first().click()
    await expect(page.getByText(/Raised because/).first()).toBeVisible()
    await page.getByRole('link', { name: 'Back to your results' }).click()
    await openDetail(page, 'Case studies for you')
    await expect(page.getByText('Why we suggest it:').first()).toBeVisible()
    const more = page.getByRole('button', { name: /Show \d+ more case studies/ })
    if (await more.isVisible()) {
      const before = await page.getByText('Why we suggest it:').count()
      await more.click()
      expect(await page.getByText('Why we suggest it:').count()).toBeGreaterThan(before)
    }
  })

  test('keeps an edited action plan after a reload', async ({ page }) => {
    await openDetail(page, 'Action plan')
    await page.getByText('Change the action plan').click()
    const lead = page.getByLabel("Lead (a role, not a person's name)").first()
    await lead.fill('Head of libraries')
    await page.getByRole('button', { name: 'Add an action' }).click()
    await page.getByLabel('What will be done').last().fill('Publish the library strategy')
    await page.reload()
    await expect(page.getByRole('table', { name: /^Action plan/ })).toContainText('Head of libraries')
    await page.getByText('Change the action plan').click()
    await expect(page.getByLabel("Lead (a role, not a person's name)").first()).toHaveValue('Head of libraries')
    await expect(page.getByLabel('What will be done').last()).toHaveValue('Publish the library strategy')
  })

  test('tries another answer and shows what would change before keeping or discarding it', async ({ page }) => {
    const rating = () => page.getByRole('heading', { level: 3, name: /^Overall rating:/ }).textContent()
    await openDetail(page, 'Risks and statutory essentials')
    const headline = await rating()
    await page.getByRole('link', { name: 'Back to your results' }).click()
    await openDetail(page, 'Try a different answer')
    await page.getByLabel('Choose a question').selectOption({ label: 'Current needs assessment' })
    const trial = page.getByRole('group', { name: /^Try another answer/ })
    const options = trial.getByRole('radio')
    await options.last().check()
    await options.first().check()
    await expect(page.getByRole('heading', { name: 'With this answer' })).toBeVisible()
    await page.getByRole('button', { name: 'Discard' }).click()
    // Through the app's own links, so nothing is reloaded: the discarded answer changed nothing.
    await page.getByRole('link', { name: 'Back to your results' }).click()
    await openDetail(page, 'Risks and statutory essentials')
    expect(await rating()).toBe(headline)
    await page.getByRole('link', { name: 'Back to your results' }).click()
    await openDetail(page, 'Try a different answer')
    await page.getByLabel('Choose a question').selectOption({ label: 'Current needs assessment' })
    await page
      .getByRole('group', { name: /^Try another answer/ })
      .getByRole('radio')
      .nth(3)
      .check()
    await page.getByRole('button', { name: 'Keep this answer' }).click()
    await page.goto('/check-your-answers')
    const row = page.locator('.govuk-summary-list__row').filter({ hasText: 'Current needs assessment' })
    await expect(row).toContainText(/reviewed|refreshed|every/i)
  })
})
