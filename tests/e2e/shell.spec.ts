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

  test('runs under a Content-Security-Policy that allows only its own scripts, with no violations', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
    })
    await page.goto('/')
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    for (const path of ['/about-your-council', '/tasks', '/results', '/present', '/workshop', '/help']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    }
    expect(violations).toEqual([])
  })

  test('gives every page its own title and moves focus to its heading after navigation', async ({ page }) => {
    await page.goto('/')
    const titles = new Map<string, string>()
    for (const [link, path] of [
      ['Help', '/help'],
      ['Accessibility statement', '/accessibility'],
      ['Privacy notice', '/privacy'],
      ['Cookies and browser storage', '/cookies'],
      ['Your assessment', '/tasks'],
      ['Results', '/results'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).first().click()
      await expect(page).toHaveURL(new RegExp(`${path}$`))
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
      titles.set(path, await page.title())
    }
    for (const path of ['/', '/about-your-council', '/priorities', '/upload', '/check-your-answers', '/workshop', '/compare', '/present']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
      titles.set(path, await page.title())
    }
    const values = [...titles.values()]
    expect(new Set(values).size, values.join('\n')).toBe(values.length)
  })
})
