import { test, expect, type Page } from '@playwright/test'
import { buildReport } from '@/outputs/report/build-report'
import { assess } from '@/engine/assess/assess'
import { parseSavedAssessment } from '@/engine/files/saved-file'
import { STORAGE_KEY } from '@/stores/storage'
import { realContent } from '../support/content'
import { completeAssessment, expectNoAxeViolations } from './support'

/** The report model for the assessment saved in this browser, built as the page builds it. */
async function modelInBrowser(page: Page) {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)
  if (text === null) throw new Error('No assessment saved in the browser')
  const content = realContent()
  const parsed = parseSavedAssessment(text, content)
  if (!parsed.ok) throw new Error(parsed.message)
  return buildReport(content, parsed.file, assess(content, parsed.file.assessment), { generatedOn: new Date().toISOString() })
}

async function openReport(page: Page) {
  await page.goto('/report')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

test.describe('the printable report', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(180_000)
    await completeAssessment(page)
  })

  test('shows the report title and every section of the model, in order', async ({ page }) => {
    const report = await modelInBrowser(page)
    await openReport(page)
    await expect(page).toHaveTitle(/^Printable report/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library service self-assessment: Anytown Borough Council')
    const sectionTitles = report.sections.filter((s) => s.id !== 'cover').map((s) => s.title)
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(sectionTitles)
    await expect(page.getByRole('table', { name: 'Score and RAG rating for each theme' })).toBeVisible()
    await expect(page.getByRole('img', { name: /Score out of 100 for each theme/ })).toBeVisible()
  })

  test('has no accessibility violations on screen or as printed', async ({ page }) => {
    await openReport(page)
    await expectNoAxeViolations(page, 'the report')
    await page.emulateMedia({ media: 'print' })
    await expectNoAxeViolations(page, 'the report as printed')
  })

  test('prints from its own button, and the bar at the top is not printed', async ({ page }) => {
    await openReport(page)
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes')
    })
    await page.getByRole('button', { name: 'Print this report' }).click()
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: 'Print this report' })).toBeHidden()
    await expect(page.getByRole('link', { name: 'Back to your results' })).toBeHidden()
    await page.emulateMedia({ media: 'screen' })
    await page.getByRole('link', { name: 'Back to your results' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  })

  test('runs under the Content-Security-Policy with no violations', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
    })
    await openReport(page)
    await expect(page.getByRole('table', { name: 'Score and RAG rating for each theme' })).toBeVisible()
    expect(violations).toEqual([])
  })

  test('does not scroll sideways at 320 pixels wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await openReport(page)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, `the report is ${width}px wide`).toBeLessThanOrEqual(320)
  })
})
