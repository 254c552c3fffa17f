import { test, expect } from '@playwright/test'
import { expectNoAxeViolations } from './support'

test.describe('the app shell', () => {
  test('opens the start page with no accessibility violations', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Library service self-assessment' })).toBeVisible()
    await expect(page).toHaveTitle('Library service self-assessment')
    await expectNoAxeViolations(page, 'the start page')
  })

  test('shows a not-found page for an unknown address', async ({ page }) => {
    await page.goto('/no-such-page')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page).toHaveTitle(/^Page not found – /)
    await expectNoAxeViolations(page, 'the not-found page')
  })

  test('carries no GOV.UK branding: no crown, no GDS Transport font, no Crown copyright', async ({ page }) => {
    const fonts: string[] = []
    page.on('request', (r) => {
      if (/\.woff2?$/.test(r.url())) fonts.push(r.url())
    })
    await page.goto('/')
    await expect(page.locator('svg.govuk-header__logotype, .govuk-footer__crown, .govuk-footer__copyright-logo')).toHaveCount(0)
    await expect(page.getByText('Crown copyright')).toHaveCount(0)
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
    expect(family).not.toContain('GDS Transport')
    expect(fonts).toEqual([])
  })
})
