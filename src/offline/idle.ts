/**
 * Run background work (the service worker's precache, prefetching the next pages) only after the
 * page has loaded, a little later, and when the browser is idle, so it never competes with what
 * the page in view needs.
 */
export const BACKGROUND_DELAY_MS = 2000

export function afterLoadWhenIdle(fn: () => void, delayMs = BACKGROUND_DELAY_MS): void {
  if (typeof window === 'undefined') return
  const idle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(() => fn(), { timeout: 5000 }) : fn())
  const later = () => setTimeout(idle, delayMs)
  if (document.readyState === 'complete') later()
  else window.addEventListener('load', later, { once: true })
}
