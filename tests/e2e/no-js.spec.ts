/**
 * The static pages are rendered at build time, so they can be read with JavaScript turned off.
 * (Playwright turns off script execution but not the parser's scripting flag, so <noscript>
 * content is not shown here as it is in a browser with JavaScript off; it is not checked.)
 */
import { test, expect, type Page } from '@playwright/test'

test.use({ javaScriptEnabled: false })

async function expectReadable(page: Page, path: string, heading: string, text: RegExp) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expect(page.getByRole('main')).toContainText(text)
}

test('the start page reads without JavaScript', async ({ page }) => {
  await expectReadable(page, '/', 'Library service self-assessment', /section 7 of the Public Libraries and Museums Act 1964/)
  await expect(page).toHaveTitle('Library service self-assessment')
  await expect(page.getByRole('main')).toContainText(/duty check \(about \d+ minutes\).*full assessment \(about \d+ minutes\)/)
  // "Start now" is a real link in the static page, so it works before (or without) the app.
  await page.getByRole('button', { name: 'Start now' }).click()
  await expect(page).toHaveURL(/\/about-your-council$/)
})

test('the accessibility statement reads without JavaScript, and its footer links are real links', async ({ page }) => {
  await expectReadable(page, '/accessibility', 'Accessibility statement', /WCAG|accessib/i)
  await expect(page).toHaveTitle('Accessibility statement – Library service self-assessment')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible()
})

test('the privacy, cookies and help pages read without JavaScript', async ({ page }) => {
  for (const [path, heading] of [
    ['/privacy', 'Privacy notice'],
    ['/cookies', 'Cookies and browser storage'],
    ['/help', 'Help'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  }
})
