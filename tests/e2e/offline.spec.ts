/**
 * After one visit the service worker has every file the app needs, so with the network cut the
 * app still opens, takes an answer, shows the results and their detail pages, and makes the PDF.
 * A new version is announced and applied only when the user chooses: the page never reloads by
 * itself.
 */
import { test, expect, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { visibleQuestionIds } from '@/engine/journey/navigation'
import { STORAGE_KEY } from '@/stores/storage'
import { realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'

test('works offline after the first visit: reload, answer, results, PDF and the detail pages', async ({ page, context }) => {
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
  await expect
    .poll(() =>
      page.evaluate(([key, id]) => JSON.parse(window.localStorage.getItem(key!) ?? '{}').assessment?.answers?.[id!]?.value, [STORAGE_KEY, questionId]),
    )
    .toBeTruthy()

  await page.goto('/results')
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF report' }).click()])
  const path = await download.path()
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
  // A detail page of the results, opened and reloaded with no connection.
  await page.getByRole('link', { name: 'Risks and statutory essentials' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Risks and statutory essentials' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 3, name: /^Overall rating:/ })).toBeVisible()
  await page.goto('/results/action-plan')
  await expect(page.getByRole('table', { name: /^Action plan/ })).toBeVisible()
  expect(failed).toEqual([])
})

const SW = join(process.env.E2E_DIST ?? 'dist', 'sw.js')

/**
 * Deploy a new version while the page is open: the built worker with one byte more, as a new
 * build's would differ; the original is put back afterwards.
 */
async function withNewVersion(page: Page, run: () => Promise<void>): Promise<void> {
  const original = readFileSync(SW, 'utf8')
  try {
    writeFileSync(SW, `${original}\n// next version\n`)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await run()
  } finally {
    writeFileSync(SW, original)
  }
}

const controlled = (page: Page) =>
  page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated' && navigator.serviceWorker.controller !== null)

test('says a new version is ready and reloads only when asked', async ({ page }) => {
  await page.goto('/privacy')
  await controlled(page)
  const banner = page.getByRole('region', { name: 'New version' })
  await expect(banner).toHaveCount(0)
  let loads = 0
  page.on('load', () => loads++)
  await withNewVersion(page, async () => {
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('A new version of this tool is ready.')
    await page.waitForTimeout(1000)
    expect(loads).toBe(0)
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload to update' }).click()])
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'New version' })).toHaveCount(0)
})

test('"Not now" puts the message away without reloading', async ({ page }) => {
  await page.goto('/help')
  await controlled(page)
  let loads = 0
  page.on('load', () => loads++)
  await withNewVersion(page, async () => {
    const banner = page.getByRole('region', { name: 'New version' })
    await banner.getByRole('button', { name: 'Not now' }).click()
    await expect(banner).toHaveCount(0)
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible()
  expect(loads).toBe(0)
})
