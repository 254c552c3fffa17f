/**
 * The results pages load as one chunk (src/pages/ResultsPages.ts), which brings the detail pages'
 * routes: the first navigation to a path under /results loads it and adds them, then goes on to the
 * page it was heading for. Only the results pages link to the detail pages, and they are in it.
 */
import type { Router } from 'vue-router'

export const loadResultsPages = () => import('@/pages/ResultsPages')

export function installResultsRoutes(router: Router): void {
  let added: Promise<unknown> | undefined
  router.beforeEach(async (to) => {
    if (!added && !to.path.startsWith('/results')) return
    await (added ??= loadResultsPages().then((m) => m.detailRoutes.forEach((r) => router.addRoute(r))))
    // A detail page opened before its route was there: go again, now that it is.
    if (to.name === 'not-found' && router.resolve(to.fullPath).name !== 'not-found') return to.fullPath
  })
}
