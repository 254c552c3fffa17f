/**
 * Routes. Each has a name; `RouteNamedMap` below makes a mistyped name or param a compile error.
 * Pages set their own title and move focus to their h1 (see usePage).
 *
 * Most pages follow one convention, so adding one is adding its name to a list:
 * - `PLAIN`: the name is the path (`help` is `/help`) and the page is `<Name>Page.vue` (`HelpPage.vue`);
 * - `RESULTS_DETAIL`: the results' detail pages, `results-<part>` at `/results/<part>`, page
 *   `Results<Part>Page.vue` (`results-risks` is `/results/risks`, `ResultsRisksPage.vue`); they and
 *   the results page load as one chunk, src/pages/ResultsPages.ts, which brings their routes.
 * The routes that break the convention are written out in `OTHER`.
 */
import {
  createRouter,
  createWebHistory,
  START_LOCATION,
  type RouteComponent,
  type RouteParamsGeneric,
  type RouteParamsRawGeneric,
  type RouteRecordInfo,
  type RouteRecordRaw,
} from 'vue-router'
import { installContentGuard } from './content-guard'
import type { ResultsDetail } from '@/components/results/detail-parts'
import { installResultsRoutes, loadResultsPages } from './results-routes'

export const PLAIN = ['duty-check', 'priorities', 'report', 'upload', 'workshop', 'compare', 'present'] as const
/** Static pages: prerendered, and readable without the questions. */
export const STATIC = ['accessibility', 'privacy', 'cookies', 'help'] as const

type NoParams = Record<never, never>
type Plain = (typeof PLAIN)[number] | (typeof STATIC)[number]
type Info<N extends string, P extends string, Params extends RouteParamsRawGeneric & RouteParamsGeneric = NoParams> = RouteRecordInfo<N, P, Params, Params>

export type RouteNamedMap = { [N in Plain]: Info<N, `/${N}`> } & { [D in ResultsDetail as `results-${D}`]: Info<`results-${D}`, `/results/${D}`> } & {
  start: Info<'start', '/'>
  results: Info<'results', '/results'>
  profile: Info<'profile', '/about-your-council'>
  tasks: Info<'tasks', '/tasks'>
  question: Info<'question', '/themes/:themeId/:questionId', { themeId: string; questionId: string }>
  'theme-check': Info<'theme-check', '/themes/:themeId/check', { themeId: string }>
  check: Info<'check', '/check-your-answers'>
  'not-found': Info<'not-found', '/:pathMatch(.*)*', { pathMatch: string | string[] }>
}

declare module 'vue-router' {
  interface TypesConfig {
    RouteNamedMap: RouteNamedMap
  }
}

// The results pages load as one chunk (src/pages/ResultsPages.ts).
const pages = import.meta.glob<RouteComponent>(['../pages/*Page.vue', '!../pages/Results*Page.vue'])
const results = () => loadResultsPages().then((m) => m.resultsPage(''))
const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase())
function page(file: string): () => Promise<RouteComponent> {
  const load = pages[`../pages/${file}Page.vue`]
  if (!load) throw new Error(`No page src/pages/${file}Page.vue`)
  return load
}

/** The routes outside the convention: [name, path, page file without "Page.vue"]. */
const OTHER: ReadonlyArray<readonly [name: keyof RouteNamedMap, path: string, file: string]> = [
  ['start', '/', 'Start'],
  ['profile', '/about-your-council', 'Profile'],
  ['tasks', '/tasks', 'TaskList'],
  ['theme-check', '/themes/:themeId/check', 'ThemeCheck'],
  ['question', '/themes/:themeId/:questionId', 'Question'],
  ['check', '/check-your-answers', 'CheckAnswers'],
]
const LAYOUT: Partial<Record<keyof RouteNamedMap, string>> = { present: 'bare' }

export const routes: RouteRecordRaw[] = [
  ...OTHER.map(([name, path, file]) => ({ name, path, component: page(file) })),
  { name: 'results', path: '/results', component: results },
  ...[...PLAIN, ...STATIC].map((name) => ({ name, path: `/${name}`, component: page(pascal(name)), meta: LAYOUT[name] ? { layout: LAYOUT[name] } : {} })),
  // The detail pages (results-<part> at /results/<part>) are added with the results chunk: ./results-routes.ts.
  // Last, so it matches only what no other route does.
  { path: '/:pathMatch(.*)*', name: 'not-found', component: page('NotFound') },
]

export function makeRouter(history = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    // The first page of a visit is already at the top (or where the browser put it back on a
    // reload): scrolling there would force a layout before the page is painted.
    scrollBehavior: (_to, from, saved) => saved ?? (from === START_LOCATION ? false : { top: 0 }),
  })
  installContentGuard(router)
  installResultsRoutes(router)
  return router
}
