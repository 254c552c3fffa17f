/**
 * Know your council (issue 14) in a real browser: choose the council by keyboard on "About your
 * council", correct one figure, and see the council's numbers (with the correction) in the
 * printable report, on the results page and in the PDF's text. axe-clean with the list of councils open.
 */
import { test, expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { extractText, getDocumentProxy } from 'unpdf'
import { STORAGE_KEY } from '@/stores/storage'
import { andWaitForNewPage, expectNoAxeViolations } from './support'

const squash = (s: string) => s.replace(/\s+/g, '')

async function chooseHampshireAndCorrect(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start now' }).click()
  const box = page.getByRole('combobox', { name: 'Which council is it?' })
  await box.focus()
  await page.keyboard.type('hamp')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('option', { name: 'Hampshire County Council' })).toHaveAttribute('aria-selected', 'true')
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  await expectNoAxeViolations(page, 'About your council with the list of councils open')
  await page.keyboard.press('Enter')
  await expect(box).toHaveValue('Hampshire County Council')
  await expect(page.getByRole('option')).toHaveCount(0)
  return box
}

test.describe('choose your council', () => {
  test.beforeEach(() => test.setTimeout(120_000))

  test('by keyboard: fills the figures with their sources; a correction is the council’s own; the report, PDF and slides show it', async ({ page }) => {
    await chooseHampshireAndCorrect(page)
    const libraries = page.getByLabel("How many static libraries are there in your council's area? (optional)")
    await expect(libraries).toHaveValue('51')
    await expect(page.locator('#profile-static-libraries-origin')).toHaveText('From Arts Council England, Libraries Basic Dataset 2023')
    await expect(page.getByLabel("What is the population of your council's area? (optional)")).toHaveValue('1447214')
    await expect(page.locator('#profile-population-origin')).toHaveText('From ONS mid-2024 population estimates')
    await expect(page.getByRole('group', { name: 'What type of council is it?' }).getByLabel('County council')).toBeChecked()

    await libraries.fill('49')
    await expect(page.locator('#profile-static-libraries-origin')).toContainText('Your council’s own figure')
    await expect(page.locator('#profile-static-libraries-origin')).toContainText('Arts Council England, Libraries Basic Dataset 2023 gives 51')

    await page.getByRole('group', { name: 'What is your role?' }).getByLabel('Portfolio holder for libraries').check()
    await page
      .getByRole('group', { name: /changes.*next 2 years/ })
      .getByLabel('No changes are planned', { exact: true })
      .check()
    await andWaitForNewPage(page, () => page.getByRole('button', { name: 'Continue' }).click())
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('About your council')

    // The printable report: the section, the corrected figure marked, sources and years.
    await page.goto('/report')
    const section = page.locator('#report-council-numbers')
    await expect(section.getByRole('heading', { level: 2, name: 'Your service in numbers' })).toBeVisible()
    const table = section.getByRole('table', { name: 'Figures for Hampshire County Council and its neighbours' })
    await expect(table.getByRole('row', { name: /Static libraries per 100,000 residents/ })).toContainText('3.4')
    await expect(table.getByRole('row', { name: /Physical visits per 1,000 residents/ })).toContainText('2,323.5')
    await expect(section).toContainText('Includes your council’s own figure, not the published one.')
    await expect(section).toContainText('Source: Arts Council England, Libraries Activity Data 2023-24')
    await expect(section.getByRole('img', { name: 'Hampshire County Council against its nearest neighbours' })).toBeVisible()

    // The results' page of numbers, then the PDF from the results page (both need one answer to show).
    await page.evaluate((key) => {
      const file = JSON.parse(localStorage.getItem(key)!)
      file.assessment.answers['duty-understood'] = { value: 'started' }
      localStorage.setItem(key, JSON.stringify(file))
    }, STORAGE_KEY)
    await page.goto('/results/council-numbers')
    await expect(page.getByRole('heading', { level: 1, name: 'Your service in numbers' })).toBeVisible()
    await expectNoAxeViolations(page, 'the results page of the council’s numbers')
    // The page's h1 names the section, so the section is labelled by name and does not repeat it as an h2.
    const onResults = page.getByRole('region', { name: 'Your service in numbers' })
    await expect(onResults).toHaveAttribute('id', 'council-numbers')
    await expect(page.getByRole('heading', { name: 'Your service in numbers' })).toHaveCount(1)
    await expect(onResults.locator('tr[data-measure="static_libraries"]')).toContainText('3.4')
    await expect(onResults).toContainText('Includes your council’s own figure, not the published one.')
    await page.getByRole('link', { name: 'Back to your results' }).click()
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download PDF report' }).click()
    const bytes = readFileSync(await (await downloading).path())
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    const text = squash((await extractText(pdf, { mergePages: true })).text)
    for (const s of [
      'Your service in numbers',
      'Static libraries per 100,000 residents',
      '2,323.5',
      'Includes your council’s own figure, not the published one.',
      'Source: Arts Council England, Libraries Basic Dataset 2023',
    ]) {
      expect(text, s).toContain(squash(s))
    }

    // The slides: "Your service in numbers" with the same figures, including the correction.
    await page.goto('/present')
    const numbersTitle = page.getByRole('heading', { name: 'Your service in numbers' })
    for (let i = 0; i < 40 && !(await numbersTitle.isVisible()); i++) await page.keyboard.press('ArrowRight')
    await expect(numbersTitle).toBeVisible()
    await expect(page.locator('body')).toContainText('2,323.5')
    await expect(page.locator('body')).toContainText('3.4')
  })

  test('"My council is not listed" asks for the name and fills nothing', async ({ page }) => {
    const box = await chooseHampshireAndCorrect(page)
    await page.getByLabel('My council is not listed').check()
    await expect(page.locator('#profile-static-libraries-origin')).toHaveCount(0)
    await expect(box).toBeVisible()
    await page.getByLabel('What is the name of your council?').fill('Anytown Borough Council')
    await expectNoAxeViolations(page, 'About your council, not listed')
  })
})
