/**
 * For end-to-end tests: make the page's browser storage throw on every use, as a browser with
 * storage (cookies and site data) disabled does. Call before `page.goto`.
 */
import type { Page } from '@playwright/test'

export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
}
