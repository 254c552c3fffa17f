/** Two tabs of one browser (review D3): neither silently undoes the other. */
import { test, expect, type Page } from '@playwright/test'
import { STORAGE_KEY, expectNoAxeViolations, savedFile, seedStorage, storedFile } from './support'

const SHOTS = process.env.E2E_SHOTS
const QUESTION_A = '/themes/duty/duty-understood'
const QUESTION_B = '/themes/duty/duty-who-is-covered'

function conflictBanner(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'Your answers were changed in another tab or window' })
}

test('an answer in one tab is never lost to an answer in another', async ({ context }) => {
  const a = await context.newPage()
  await seedStorage(a, { [STORAGE_KEY]: JSON.stringify(savedFile({ answers: {} })) })
  await a.goto(QUESTION_A)
  const b = await context.newPage()
  await b.goto(QUESTION_B)

  await a.getByLabel('They have all had a written briefing on the whole of section 7.').check()
  await b.getByLabel('Plans mention these groups, but data covers residents only.').check()
  await expect(conflictBanner(b)).toBeVisible()
  if (SHOTS) await b.screenshot({ path: `${SHOTS}/two-tabs.png` })
  await expectNoAxeViolations(b, 'the two-tab message')
  // B did not save over A.
  expect((await storedFile(a))?.assessment.answers['duty-understood']).toEqual({ value: 'in-place' })
  expect((await storedFile(a))?.assessment.answers['duty-who-is-covered']).toBeUndefined()

  await conflictBanner(b).getByRole('button', { name: 'Reload the latest answers' }).click()
  await expect(conflictBanner(b)).toHaveCount(0)
  await b.getByLabel('Plans mention these groups, but data covers residents only.').check()
  const stored = await storedFile(b)
  expect(stored?.assessment.answers['duty-understood']).toEqual({ value: 'in-place' })
  expect(stored?.assessment.answers['duty-who-is-covered']).toEqual({ value: 'partly' })
  // And A now knows B saved.
  await expect(conflictBanner(a)).toBeVisible()
})

test('an upload in one tab is not undone by a keystroke in another', async ({ context }) => {
  const a = await context.newPage()
  await seedStorage(a, { [STORAGE_KEY]: JSON.stringify(savedFile()) })
  await a.goto('/about-your-council')
  const b = await context.newPage()
  await b.goto('/upload')
  const uploaded = savedFile({ council: 'Uploaded in tab B', answers: { 'duty-understood': { value: 'reviewed', note: 'From the file' } } })
  await b.getByLabel('Upload a file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(uploaded)) })
  await b.getByRole('button', { name: 'Upload answers' }).click()
  await expect(b.getByRole('alert').filter({ hasText: 'Answers uploaded from b.json' })).toBeVisible()

  await a.getByLabel('What is the name of your council?').press('End')
  await a.keyboard.type('x')
  await expect(conflictBanner(a)).toBeVisible()
  const stored = await storedFile(a)
  expect(stored?.assessment.profile['council-name']).toBe('Uploaded in tab B')
  expect(stored?.assessment.answers['duty-understood']).toEqual({ value: 'reviewed', note: 'From the file' })
})
