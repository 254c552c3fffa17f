/**
 * Which content each page needs before it is shown (the parts are made by
 * build/content-split-plugin.ts). The results part (flags, case studies, delivery models, smarter
 * services, legal context) is fetched only for the pages that assess or report, and prefetched
 * when the browser is idle after the first question page. When the questions are a part of their
 * own, the static pages go without them, unless saved answers must be read back first.
 */
import type { Router } from 'vue-router'
import { contentParts, loadContentPart } from 'virtual:content/loader'
import { readStored } from '@/stores/storage'
import { afterLoadWhenIdle } from '@/offline/idle'

/** Pages that never assess: they show without the results part. Every other page waits for it. */
export const WITHOUT_RESULTS: ReadonlySet<string> = new Set([
  'start',
  'profile',
  'priorities',
  'tasks',
  'question',
  'accessibility',
  'privacy',
  'cookies',
  'help',
  'not-found',
])
/** Pages that show no question. Every other page waits for the questions. */
export const WITHOUT_QUESTIONS: ReadonlySet<string> = new Set(['start', 'accessibility', 'privacy', 'cookies', 'help', 'not-found'])

export function partsFor(name: string | symbol | null | undefined, hasSavedAnswers: boolean, parts: readonly string[] = contentParts): string[] {
  const page = typeof name === 'string' ? name : ''
  const wanted: string[] = []
  // Reading saved answers back checks them against the questions, so they come first.
  if (hasSavedAnswers || !WITHOUT_QUESTIONS.has(page)) wanted.push('questions')
  if (!WITHOUT_RESULTS.has(page)) wanted.push('results')
  return wanted.filter((p) => parts.includes(p))
}

type Idle = (fn: () => void) => void
const whenIdle: Idle = (fn) => afterLoadWhenIdle(fn)

const prefetched = new Set<string>()
/**
 * Fetch the files of the next pages, once, when the browser is idle (after the page has loaded and
 * a little later, src/offline/idle.ts), without running them: the
 * build lists them in `<meta name="app-prefetch-<name>">` (build/offline-plugin.ts). Running them
 * waits until the page that needs them opens, so the page in front of the user is not held up.
 */
export function prefetch(name: string, idle: Idle = whenIdle, doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (prefetched.has(name) || !doc) return
  prefetched.add(name)
  const files = doc.querySelector<HTMLMetaElement>(`meta[name="app-prefetch-${name}"]`)?.content.split(' ').filter(Boolean) ?? []
  if (files.length === 0) return
  idle(() => {
    const present = new Set([...doc.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.getAttribute('href')))
    for (const href of files.filter((f) => !present.has(f))) {
      const link = doc.createElement('link')
      link.rel = 'modulepreload'
      link.href = href
      link.crossOrigin = ''
      doc.head.appendChild(link)
    }
  })
}

export function installContentGuard(router: Router): void {
  router.beforeEach(async (to) => {
    await Promise.all(partsFor(to.name, readStored() !== null).map(loadContentPart))
  })
  router.afterEach((to, _from, failure) => {
    if (failure) return
    if (to.name === 'question') prefetch('results')
    else if (to.name === 'start') prefetch('journey')
  })
}
