/**
 * Which content each page needs before it is shown. The results part (flags, case studies,
 * delivery models, smarter services, legal context) is fetched only for the pages that assess
 * or report, and prefetched when the browser is idle after the first question page.
 */
import type { Router } from 'vue-router'
import { loadContentPart } from 'virtual:content/loader'

/** Pages that never assess: they show without the results part. Every other page waits for it. */
export const WITHOUT_RESULTS: ReadonlySet<string> = new Set(['start', 'profile', 'priorities', 'tasks', 'question', 'accessibility', 'privacy', 'cookies', 'help', 'not-found'])

export function needsResults(name: string | symbol | null | undefined): boolean {
  return typeof name !== 'string' || !WITHOUT_RESULTS.has(name)
}

type Idle = (fn: () => void) => void
const whenIdle: Idle = (fn) => {
  if (typeof window === 'undefined') return
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 5000 })
  else setTimeout(fn, 2000)
}

/** Prefetch what the results page needs, once, when the browser has nothing else to do. */
export function prefetchResults(idle: Idle = whenIdle): void {
  if (prefetched) return
  prefetched = true
  idle(() => {
    // A failed prefetch is not an error: the results page loads the same files when it opens.
    loadContentPart('results').catch(() => undefined)
    import('@/pages/ResultsPage.vue').catch(() => undefined)
  })
}
let prefetched = false

export function installContentGuard(router: Router): void {
  router.beforeEach(async (to) => {
    if (needsResults(to.name)) await loadContentPart('results')
  })
  router.afterEach((to, _from, failure) => {
    if (!failure && to.name === 'question') prefetchResults()
  })
}
