/**
 * Vite plugin: delivers the one validated content model (build/read-content.ts `loadContent`) in
 * parts, so a page downloads only the content it shows.
 *
 * - `virtual:content/core`: every top-level key not named in `lazy` (framework, profile,
 *   priorities, the themes and their references today). Part of the app's first load.
 * - `virtual:content/part/<name>`: the keys of one lazy part, in a chunk of its own.
 * - `virtual:content/loader`: `content` (the same object `virtual:content` gives, whose lazy keys
 *   throw until their part is loaded, so a missing load fails loudly instead of giving an empty
 *   list), `loadContentPart(name)` and `isContentPartLoaded(name)`. The router loads the parts a
 *   page needs before it shows the page (src/router/content-guard.ts).
 * - `virtual:content/summary`: counts the start page shows, without the questions themselves.
 *
 * It takes over `virtual:content` (the module build/content-plugin.ts serves) in the app build and
 * the dev server, so `@/content` keeps working unchanged. Under Vitest it does not: tests get the
 * whole content from build/content-plugin.ts, and `loadContentPart` resolves at once.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { loadContent, readRawContent } from './read-content.ts'
import type { Content } from '../src/content/schema.ts'

const PREFIX = 'virtual:content/'
const CORE = `${PREFIX}core`
const LOADER = `${PREFIX}loader`
const SUMMARY = `${PREFIX}summary`
const PART = `${PREFIX}part/`

/**
 * Which top-level content keys come later, and in which part. Results: what only the results,
 * report, presentation and workshop pages use (through `assess()` and the report model).
 */
export const LAZY_PARTS: Record<string, readonly string[]> = {
  results: ['flags', 'caseStudies', 'governanceModels', 'smarterServices', 'legalContext'],
}

/**
 * With the questions lazy too: the start page then needs none of them. Needs `@/content` not to
 * read `content.themes` at import and the start page to use the summary (requests/perf.md 1, 2).
 */
export const LAZY_PARTS_WITH_QUESTIONS: Record<string, readonly string[]> = {
  questions: ['themes', 'references'],
  ...LAZY_PARTS,
}

export interface ContentSplitOptions {
  dir?: string
  lazy?: Record<string, readonly string[]>
  /** Take over `virtual:content`; default: yes, except under Vitest. */
  takeOver?: boolean
}

const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`

/** The core and the lazy parts of one content model. Every key lands in exactly one of them. */
export function splitContent(
  content: Content,
  lazy: Record<string, readonly string[]> = LAZY_PARTS,
): { core: Record<string, unknown>; parts: Record<string, Record<string, unknown>> } {
  const lazyKeys = new Map(Object.entries(lazy).flatMap(([part, keys]) => keys.map((k) => [k, part] as const)))
  const core: Record<string, unknown> = {}
  const parts: Record<string, Record<string, unknown>> = Object.fromEntries(Object.keys(lazy).map((p) => [p, {}]))
  for (const [key, value] of Object.entries(content)) {
    const part = lazyKeys.get(key)
    if (part) parts[part]![key] = value
    else core[key] = value
  }
  return { core, parts }
}

/** What the start page shows: how many sections, and how many questions everyone is asked. */
export function contentSummary(content: Content): { themes: number; questions: number } {
  return { themes: content.themes.length, questions: content.themes.reduce((n, t) => n + t.questions.filter((q) => !q.showWhen).length, 0) }
}

/** Source of `virtual:content/loader` when it takes over `virtual:content`. */
export function loaderSource(lazy: Record<string, readonly string[]>): string {
  const names = Object.keys(lazy)
  return [
    `import core from ${JSON.stringify(CORE)}`,
    `const LAZY = ${JSON.stringify(lazy)}`,
    `const loaders = {${names.map((n) => `${JSON.stringify(n)}: () => import(${JSON.stringify(PART + n)})`).join(', ')}}`,
    'export const content = { ...core }',
    'const loaded = new Set()',
    'const pending = new Map()',
    'for (const [part, keys] of Object.entries(LAZY)) {',
    '  for (const key of keys) {',
    '    Object.defineProperty(content, key, { configurable: true, enumerable: false, get() {',
    '      throw new Error(`The "${part}" content (${key}) was used before it was loaded: add its route to src/router/content-guard.ts.`)',
    '    } })',
    '  }',
    '}',
    `export const contentParts = ${JSON.stringify(names)}`,
    'export function isContentPartLoaded(part) { return loaded.has(part) }',
    'export function loadContentPart(part) {',
    '  if (loaded.has(part)) return Promise.resolve()',
    '  const load = loaders[part]',
    '  if (!load) return Promise.reject(new Error(`No content part "${part}"`))',
    '  let p = pending.get(part)',
    '  if (!p) {',
    '    p = load().then((m) => {',
    '      for (const [key, value] of Object.entries(m.default)) Object.defineProperty(content, key, { value, enumerable: true, writable: false, configurable: false })',
    '      loaded.add(part)',
    '    }, (e) => { pending.delete(part); throw e })',
    '    pending.set(part, p)',
    '  }',
    '  return p',
    '}',
  ].join('\n')
}

/** Source of `virtual:content/loader` when the whole content is already there (tests). */
const WHOLE_LOADER = [
  "import content from 'virtual:content'",
  'export { content }',
  'export const contentParts = []',
  'export function isContentPartLoaded() { return true }',
  'export function loadContentPart() { return Promise.resolve() }',
].join('\n')

export function contentSplitPlugin(options: ContentSplitOptions = {}): Plugin {
  const dir = options.dir ?? resolve(import.meta.dirname, '..', 'questions')
  const lazy = options.lazy ?? LAZY_PARTS
  const takeOver = options.takeOver ?? !process.env.VITEST
  let cached: Content | undefined
  const read = (watch: (f: string) => void): Content => {
    for (const f of readRawContent(dir).files) watch(f)
    return (cached ??= loadContent(dir))
  }
  return {
    name: 'library-content-split',
    enforce: 'pre',
    buildStart() {
      cached = undefined
    },
    watchChange() {
      cached = undefined
    },
    resolveId(id) {
      if (id === 'virtual:content' && takeOver) return '\0' + LOADER + '?default'
      if (id.startsWith(PREFIX)) return '\0' + id
      return undefined
    },
    load(id) {
      if (!id.startsWith('\0' + PREFIX)) return undefined
      const name = id.slice(1)
      const watch = (f: string) => this.addWatchFile(f)
      if (name === LOADER + '?default') return `export { content as default } from ${JSON.stringify(LOADER)}`
      if (name === LOADER) return takeOver ? loaderSource(lazy) : WHOLE_LOADER
      if (name === SUMMARY) return `export default ${JSON.stringify(contentSummary(read(watch)))}`
      const { core, parts } = splitContent(read(watch), lazy)
      if (name === CORE) return `export default ${json(core)}`
      if (name.startsWith(PART)) {
        const part = parts[name.slice(PART.length)]
        if (!part) this.error(`No content part "${name.slice(PART.length)}"`)
        return `export default ${json(part)}`
      }
      return undefined
    },
  }
}
