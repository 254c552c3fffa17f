/**
 * Never lose an answer (issue 12), in a real browser: the review's defects D1, D5, D8 and D12.
 * Two tabs (D3) are in tabs.spec.ts.
 */
import { test, expect } from '@playwright/test'
import { BACKUP_KEY, STORAGE_KEY, expectNoAxeViolations, savedFile, seedStorage, storedFile } from './support'
import { blockStorage } from '../support/blocked-storage'

const SHOTS = process.env.E2E_SHOTS

test.describe('limits where people type (D1)', () => {
  test('a long target date is counted, kept after a reload, and no answer is lost', async ({ page }) => {
    await seedStorage(page, { [STORAGE_KEY]: JSON.stringify(savedFile()) })
    await page.goto('/results/action-plan')
    await page.getByText('Change the action plan').click()
    const date = page.getByRole('textbox', { name: 'Target date' }).first()
    const long = 'By the end of the 2027/28 financial year, after cabinet'
    await date.fill(long)
    await expect(date).toHaveAttribute('maxlength', '200')
    await expect(page.getByText(`You have ${200 - long.length} characters remaining`).first()).toBeVisible()
    if (SHOTS) await date.scrollIntoViewIfNeeded().then(() => page.screenshot({ path: `${SHOTS}/character-count.png` }))
    await expectNoAxeViolations(page, 'the action plan with a character count')
    await page.reload()
    await expect(page.getByRole('region', { name: 'Important' })).toHaveCount(0)
    const stored = await storedFile(page)
    expect(stored?.assessment.answers['duty-understood']).toEqual({ value: 'started', note: 'Briefing planned' })
    expect(stored?.actionPlan[0]?.targetDate).toBe(long)
  })

  test('a name stops at its limit and says how many characters are left', async ({ page }) => {
    await page.goto('/about-your-council')
    const name = page.getByLabel('What is the name of your council?')
    await name.fill('x'.repeat(150))
    await expect(name).toHaveValue('x'.repeat(120))
    await expect(page.getByText('You have 0 characters remaining')).toBeVisible()
  })
})

test.describe('saved answers that cannot all be read (D1, D8)', () => {
  test('keeps every readable answer, sets the bad field aside and keeps a copy', async ({ page }) => {
    const file = savedFile({
      actionPlan: [{ id: 'a1', action: 'Brief the portfolio holder', lead: 'x'.repeat(501), targetDate: 'March 2027', measure: 'Done', source: 'user' }],
    })
    await seedStorage(page, { [STORAGE_KEY]: JSON.stringify(file) })
    await page.goto('/')
    await expect(page.getByRole('region', { name: 'Important' })).toContainText(
      'One part of your saved answers could not be read and was left out. Every other answer is kept.',
    )
    await expect(page.getByRole('region', { name: 'Saved answers that could not be read' })).toContainText(
      'In action 1, the lead is longer than 500 characters.',
    )
    await page.goto('/tasks')
    const stored = await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)
    expect(stored).toBe(JSON.stringify(file))
  })

  test('offers each unreadable copy to download and to recover, and never overwrites a copy', async ({ page }) => {
    const older = JSON.stringify(savedFile({ council: 'Recovered Council' })).replace('"partly"', '"partly","note":' + JSON.stringify('n'.repeat(20_001)))
    await seedStorage(page, { [STORAGE_KEY]: '{ "format": "library-self-assessment", truncated', [BACKUP_KEY]: older })
    await page.goto('/')
    const banner = page.getByRole('region', { name: 'Important' })
    await expect(banner).toContainText('Your saved answers could not be read.')
    const copies = page.getByRole('region', { name: 'Saved answers that could not be read' })
    await expect(copies.getByRole('heading', { name: /^Copy \d/ })).toHaveCount(2)
    await expect(copies.getByRole('heading', { name: 'Copy 1: Recovered Council' })).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/start-unreadable.png`, fullPage: true })
    await expectNoAxeViolations(page, 'the start page with unreadable copies')
    const downloading = page.waitForEvent('download')
    await copies.getByRole('button', { name: 'Download the unreadable copy 2' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^library-self-assessment-unreadable-copy-2-\d{4}-\d{2}-\d{2}\.json$/)
    expect(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8')).toBe('{ "format": "library-self-assessment", truncated')
    await copies.getByRole('button', { name: 'Try to recover copy 1' }).click()
    const success = page.getByRole('alert').filter({ hasText: 'Answers recovered from copy 1' })
    await expect(success).toContainText('Your note on “Everyone the duty covers” is longer than 20,000 characters.')
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/start-recovered.png`, fullPage: true })
    const stored = await storedFile(page)
    expect(stored?.assessment.profile['council-name']).toBe('Recovered Council')
    expect(stored?.assessment.answers['duty-who-is-covered']).toEqual({ value: 'partly' })
    expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)).toBe(older)
    // A second unreadable load later adds a copy; the first two stay as they were.
    await page.evaluate((k) => localStorage.setItem(k, '{ second corruption'), STORAGE_KEY)
    await page.reload()
    await expect(copies.getByRole('heading', { name: /^Copy \d/ })).toHaveCount(3)
    expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)).toBe(older)
  })
})

test.describe('the action plan (D4)', () => {
  test('removed actions stay removed after a reload', async ({ page }) => {
    await seedStorage(page, { [STORAGE_KEY]: JSON.stringify(savedFile()) })
    await page.goto('/results/action-plan')
    const caption = page.getByText(/^Action plan \(\d+ actions?\)$/)
    await expect(caption).not.toHaveText('Action plan (0 actions)')
    await page.getByText('Change the action plan').click()
    while ((await page.getByRole('button', { name: /^Remove action 1(?!\d)/ }).count()) > 0)
      await page.getByRole('button', { name: /^Remove action 1(?!\d)/ }).click()
    await expect(caption).toHaveText('Action plan (0 actions)')
    await page.reload()
    await expect(caption).toHaveText('Action plan (0 actions)')
  })
})

test.describe('warnings when the page loads (D12) and on upload (D5)', () => {
  test('says answers are not being saved as soon as the page loads when storage is off', async ({ page }) => {
    await blockStorage(page)
    await page.goto('/')
    await expect(page.getByRole('region', { name: 'Important' })).toContainText('Your answers are not being saved in this browser')
  })

  test('says which uploaded answers are not valid for their question', async ({ page }) => {
    await page.goto('/upload')
    const file = savedFile({ answers: { 'duty-understood': { value: -1e308 }, 'duty-who-is-covered': { value: [] } } })
    await page.getByLabel('Upload a file').setInputFiles({ name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })
    await page.getByRole('button', { name: 'Upload answers' }).click()
    const success = page.getByRole('alert').filter({ hasText: 'Answers uploaded from odd.json' })
    await expect(success).toContainText('2 answers are not valid for their questions')
    await expect(success).toContainText('Duty understood by leaders, Everyone the duty covers')
  })
})
