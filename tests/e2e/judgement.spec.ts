/**
 * The judgement in a real browser (issue 10): reference councils from questions/CALIBRATION.md,
 * loaded as saved answers, get the verdict a specialist expects on the results page and in the
 * printable report, with no accessibility violations.
 */
import { test, expect, type Page } from '@playwright/test'
import { STORAGE_KEY } from '@/stores/storage'
import { newSavedAssessment } from '@/engine/files/saved-file'
import { realContent } from '../support/content'
import { referenceCouncils } from '../content/calibration/councils'
import { assess } from '@/engine/assess/assess'
import { completenessText } from '@/engine/assess/officer-questions'
import { expectNoAxeViolations } from './support'

async function openAs(page: Page, councilId: string, path = '/results') {
  const council = referenceCouncils.find((c) => c.id === councilId)
  if (!council) throw new Error(`No reference council ${councilId}`)
  const file = newSavedAssessment(realContent(), '2026-11-30T09:00:00.000Z')
  file.assessment = structuredClone(council.assessment)
  await page.addInitScript(([key, text]) => window.localStorage.setItem(key!, text!), [STORAGE_KEY, JSON.stringify(file)])
  await page.goto(path)
}

test.describe('the judgement on the results page', () => {
  test('a Northamptonshire-like council is High legal risk and Red, the most serious risk first', async ({ page }) => {
    await openAs(page, 'northamptonshire-like')
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Legal position: High legal risk' })).toBeVisible()
    await expectNoAxeViolations(page, 'the results page for a Northamptonshire-like council')
    await page.getByRole('link', { name: 'Why', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Risks and statutory essentials' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: 'Legal position: High legal risk' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: /^Overall rating: Red/ })).toBeVisible()
    await expect(page.getByText(/^High legal risk: \d+ critical risks/).first()).toBeVisible()
    const risks = page.getByRole('heading', { level: 2, name: 'Risks to act on' }).locator('xpath=following-sibling::ol[1]')
    await expect(risks.getByRole('heading', { level: 3 }).first()).toContainText('Critical')
    await expect(page.getByRole('table', { name: /Each statutory essential/ })).toContainText('Not met')
    await expectNoAxeViolations(page, 'the risks page for a Northamptonshire-like council')
  })

  test('a councillor who does not know lists the questions to ask officers, and counts no "Don\'t know" as answered', async ({ page }) => {
    await openAs(page, 'dont-know-councillor', '/results/risks')
    await expect(page.getByRole('heading', { level: 3, name: 'Legal position: High legal risk' })).toBeVisible()
    const expected = assess(realContent(), referenceCouncils.find((c) => c.id === 'dont-know-councillor')!.assessment).completeness
    expect(expected.dontKnow).toBeGreaterThan(40)
    await expect(page.getByText(completenessText(expected))).toBeVisible()
    await expect(page.getByText(/^1 of \d+ questions answered \(1%\); \d+ answered “Don't know”/)).toBeVisible()
    await page.getByRole('link', { name: 'See the questions to ask your officers' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Questions to ask your officers' })).toBeVisible()
    const list = page.getByRole('main').getByRole('list').first()
    expect(await list.getByRole('listitem').count()).toBeGreaterThanOrEqual(40)
    await expect(list.getByRole('listitem').first()).toContainText('Statutory essential')
    await expectNoAxeViolations(page, 'the questions for officers of a councillor who does not know')
  })

  test('a strong steady-state council is Low legal risk and Green', async ({ page }) => {
    await openAs(page, 'strong-steady-state')
    await expect(page.getByRole('heading', { level: 2, name: 'Legal position: Low legal risk' })).toBeVisible()
    await page.getByRole('link', { name: 'Why', exact: true }).click()
    await expect(page.getByRole('heading', { level: 3, name: /^Overall rating: Green/ })).toBeVisible()
    // With no "Don't know", the page of questions for officers is not listed, and opened directly says why.
    await expect(page.getByRole('link', { name: 'Questions to ask your officers' })).toHaveCount(0)
    await page.goto('/results/questions-for-officers')
    await expect(page.getByText('You did not answer any question “Don’t know”.')).toBeVisible()
  })
})

test.describe('the judgement in the printable report', () => {
  test('leads the summary with the legal position and lists the questions for officers', async ({ page }) => {
    await openAs(page, 'dont-know-councillor', '/report')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: 'Legal position: High legal risk' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Questions to ask your officers' })).toBeVisible()
    await expectNoAxeViolations(page, 'the printable report for a councillor who does not know')
    await page.emulateMedia({ media: 'print' })
    await expectNoAxeViolations(page, 'the printable report as printed')
  })

  test('is axe clean for a Northamptonshire-like council', async ({ page }) => {
    await openAs(page, 'northamptonshire-like', '/report')
    await expect(page.getByRole('heading', { level: 3, name: 'Legal position: High legal risk' })).toBeVisible()
    await expectNoAxeViolations(page, 'the printable report for a Northamptonshire-like council')
  })
})

test.describe('the results first screen', () => {
  test('at 1280 x 800 it holds the legal position, three risks with their actions, three recommendations and the links to the detail', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await openAs(page, 'northamptonshire-like')
    await expect(page.getByRole('heading', { level: 2, name: 'Legal position: High legal risk' })).toBeInViewport()
    const risks = page.getByRole('heading', { level: 2, name: 'Most serious risks' }).locator('xpath=following-sibling::ol[1]').getByRole('listitem')
    await expect(risks).toHaveCount(3)
    for (let i = 0; i < 3; i++) {
      await expect(risks.nth(i)).toContainText('Do this:')
      await expect(risks.nth(i)).toBeInViewport({ ratio: 1 })
    }
    await expect(risks.first()).toContainText('Critical')
    const recs = page.getByRole('heading', { level: 2, name: 'Most useful to read' }).locator('xpath=following-sibling::ul[1]').getByRole('listitem')
    await expect(recs).toHaveCount(3)
    for (let i = 0; i < 3; i++) await expect(recs.nth(i)).toBeInViewport({ ratio: 1 })
    await expect(page.getByRole('link', { name: /^See all \d+ risks/ })).toBeInViewport({ ratio: 1 })
    // The list of detail pages begins on the first screen, with the page of all the risks.
    const detail = page.getByRole('navigation', { name: 'The detail' })
    await expect(detail.getByRole('heading', { name: 'The detail' })).toBeInViewport({ ratio: 1 })
    await expect(detail.getByRole('link', { name: 'Risks and statutory essentials' })).toBeInViewport({ ratio: 1 })
  })

  test('before any answer, the results say there is nothing to show yet', async ({ page }) => {
    await page.goto('/results')
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
    await expect(page.getByText('There is nothing to show yet.')).toBeVisible()
    await expect(page.getByRole('heading', { name: /Legal position/ })).toHaveCount(0)
    await expectNoAxeViolations(page, 'the results page before any answer')
  })
})
