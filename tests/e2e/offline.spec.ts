/**
 * After one visit the service worker has every file the app needs, so with the network cut the
 * app still opens, takes an answer, shows the results and makes the PDF.
 */
import { test, expect } from '@playwright/test'
import { visibleQuestionIds } from '@/engine/journey/navigation'
import { STORAGE_KEY } from '@/stores/storage'
import { realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'

test('works offline after the first visit: reload, answer, results and PDF', async ({ page, context }) => {
  test.setTimeout(120_000)
  const content = realContent()
  const file = fullyAnswered(content)
  const theme = content.themes[0]!
  const questionId = visibleQuestionIds(content, file.assessment, theme.id)[0]!
  delete file.assessment.answers[questionId]

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The worker installs on the first visit and takes control of the page without a reload.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated' && navigator.serviceWorker.controller !== null)
  await page.evaluate(([key, text]) => window.localStorage.setItem(key!, text!), [STORAGE_KEY, JSON.stringify(file, null, 2)])

  await context.setOffline(true)
  const failed: string[] = []
  // A prefetch cut short by the next navigation is aborted, not failed: leave those out.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${r.url()} ${r.failure()?.errorText}`))
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Library service self-assessment' })).toBeVisible()

  await page.goto(`/themes/${theme.id}/${questionId}`)
  const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim()
  await page.getByRole('group', { name: heading }).getByRole('radio').first().check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect.poll(() => page.evaluate(([key, id]) => JSON.parse(window.localStorage.getItem(key!) ?? '{}').assessment?.answers?.[id!]?.value, [STORAGE_KEY, questionId])).toBeTruthy()

  await page.goto('/results')
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF report' }).click()])
  const path = await download.path()
  const { readFileSync } = await import('node:fs')
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
  expect(failed).toEqual([])
})
