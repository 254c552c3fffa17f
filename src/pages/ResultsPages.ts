/**
 * The results page and its detail pages, in one chunk: loaded together the first time one of
 * them opens, so going between them fetches nothing more. The detail pages' routes come with
 * them (src/router/results-routes.ts adds them), so their names and paths stay out of the first
 * load of every other page (the start page's JavaScript budget).
 */
import type { RouteComponent, RouteRecordRaw } from 'vue-router'
import { RESULTS_DETAIL } from '@/components/results/detail-parts'

const pages = import.meta.glob<RouteComponent>('./Results*Page.vue', { eager: true, import: 'default' })

/** `ResultsPage.vue` for "", else `Results<Part>Page.vue` with the part in PascalCase ("action-plan" is ActionPlan). */
export function resultsPage(part: string): RouteComponent {
  const file = `./Results${part.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase())}Page.vue`
  const page = pages[file]
  if (!page) throw new Error(`No page src/pages/${file.slice(2)}`)
  return page
}

/** `results-<part>` at `/results/<part>`, for each detail page. */
export const detailRoutes: RouteRecordRaw[] = RESULTS_DETAIL.map((part) => ({
  name: `results-${part}`,
  path: `/results/${part}`,
  component: resultsPage(part),
}))
