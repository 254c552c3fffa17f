/**
 * Routes. Each has a name; `RouteNamedMap` below makes a mistyped name or param a compile error.
 * Pages set their own title and move focus to their h1 (see usePage).
 */
import { createRouter, createWebHistory, START_LOCATION, type RouteRecordInfo, type RouteRecordRaw } from 'vue-router'
import { installContentGuard } from './content-guard'

export interface RouteNamedMap {
  start: RouteRecordInfo<'start', '/', Record<never, never>, Record<never, never>>
  'duty-check': RouteRecordInfo<'duty-check', '/duty-check', Record<never, never>, Record<never, never>>
  profile: RouteRecordInfo<'profile', '/about-your-council', Record<never, never>, Record<never, never>>
  priorities: RouteRecordInfo<'priorities', '/priorities', Record<never, never>, Record<never, never>>
  tasks: RouteRecordInfo<'tasks', '/tasks', Record<never, never>, Record<never, never>>
  question: RouteRecordInfo<'question', '/themes/:themeId/:questionId', { themeId: string; questionId: string }, { themeId: string; questionId: string }>
  'theme-check': RouteRecordInfo<'theme-check', '/themes/:themeId/check', { themeId: string }, { themeId: string }>
  check: RouteRecordInfo<'check', '/check-your-answers', Record<never, never>, Record<never, never>>
  results: RouteRecordInfo<'results', '/results', Record<never, never>, Record<never, never>>
  report: RouteRecordInfo<'report', '/report', Record<never, never>, Record<never, never>>
  upload: RouteRecordInfo<'upload', '/upload', Record<never, never>, Record<never, never>>
  workshop: RouteRecordInfo<'workshop', '/workshop', Record<never, never>, Record<never, never>>
  compare: RouteRecordInfo<'compare', '/compare', Record<never, never>, Record<never, never>>
  present: RouteRecordInfo<'present', '/present', Record<never, never>, Record<never, never>>
  accessibility: RouteRecordInfo<'accessibility', '/accessibility', Record<never, never>, Record<never, never>>
  privacy: RouteRecordInfo<'privacy', '/privacy', Record<never, never>, Record<never, never>>
  cookies: RouteRecordInfo<'cookies', '/cookies', Record<never, never>, Record<never, never>>
  help: RouteRecordInfo<'help', '/help', Record<never, never>, Record<never, never>>
  'not-found': RouteRecordInfo<'not-found', '/:pathMatch(.*)*', { pathMatch: string | string[] }, { pathMatch: string | string[] }>
}

declare module 'vue-router' {
  interface TypesConfig {
    RouteNamedMap: RouteNamedMap
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'start', component: () => import('@/pages/StartPage.vue') },
  { path: '/duty-check', name: 'duty-check', component: () => import('@/pages/DutyCheckPage.vue') },
  { path: '/about-your-council', name: 'profile', component: () => import('@/pages/ProfilePage.vue') },
  { path: '/priorities', name: 'priorities', component: () => import('@/pages/PrioritiesPage.vue') },
  { path: '/tasks', name: 'tasks', component: () => import('@/pages/TaskListPage.vue') },
  { path: '/themes/:themeId/check', name: 'theme-check', component: () => import('@/pages/ThemeCheckPage.vue') },
  { path: '/themes/:themeId/:questionId', name: 'question', component: () => import('@/pages/QuestionPage.vue') },
  { path: '/check-your-answers', name: 'check', component: () => import('@/pages/CheckAnswersPage.vue') },
  { path: '/results', name: 'results', component: () => import('@/pages/ResultsPage.vue') },
  { path: '/report', name: 'report', component: () => import('@/pages/ReportPage.vue') },
  { path: '/upload', name: 'upload', component: () => import('@/pages/UploadPage.vue') },
  { path: '/workshop', name: 'workshop', component: () => import('@/pages/WorkshopPage.vue') },
  { path: '/compare', name: 'compare', component: () => import('@/pages/ComparePage.vue') },
  { path: '/present', name: 'present', component: () => import('@/pages/PresentPage.vue'), meta: { layout: 'bare' } },
  { path: '/accessibility', name: 'accessibility', component: () => import('@/pages/AccessibilityPage.vue') },
  { path: '/privacy', name: 'privacy', component: () => import('@/pages/PrivacyPage.vue') },
  { path: '/cookies', name: 'cookies', component: () => import('@/pages/CookiesPage.vue') },
  { path: '/help', name: 'help', component: () => import('@/pages/HelpPage.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue') },
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
  return router
}
