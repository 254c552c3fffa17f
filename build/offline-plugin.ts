/**
 * Vite plugin for the first visit and for no connection. After the client build it:
 * 1. keeps the built index.html as app.html, the shell for every route that is not prerendered,
 *    with the question pages' chunks preloaded (a deep link mostly lands on a question);
 * 2. prerenders the static pages (build/prerender.ts) into index.html and <route>/index.html;
 * 3. writes sw.js, the service worker, with every file it must precache (build/sw-source.ts).
 * `vite preview` serves the same files a static host would (see public/_redirects).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { Connect, Plugin, ResolvedConfig } from 'vite'
import { prerender, STATIC_PAGES } from './prerender.ts'
import { buildVersion, serviceWorkerSource } from './sw-source.ts'

export const SHELL = 'app.html'

/**
 * Routes that need saved answers (so cannot be prerendered) but load much more than a question
 * page: each gets a copy of the shell that preloads its own chunks, so a link to it does not
 * wait for the entry to discover them.
 */
export const ROUTE_SHELLS: Readonly<Record<string, { file: string; modules: RegExp }>> = {
  '/results': { file: 'results/index.html', modules: /\/src\/pages\/ResultsPage\.vue$|virtual:content\/part\/(questions|results)$/ },
}

/**
 * Never precached: jsPDF's optional chunks for features this app does not use (HTML to PDF, SVG),
 * build bookkeeping and host configuration.
 */
export const NOT_PRECACHED = [/^assets\/(html2canvas|purify\.es|index\.es)-/, /^\.vite\//, /^sw\.js$/, /^_headers$/, /^_redirects$/, /\.map$/]

/** Every file under dir, as paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.push(relative(dir, path).split(sep).join('/'))
    }
  }
  walk(dir)
  return out.sort()
}

export function precacheList(files: readonly string[]): string[] {
  return files.filter((f) => !NOT_PRECACHED.some((re) => re.test(f))).map((f) => '/' + f)
}

interface ChunkInfo {
  type: 'chunk' | 'asset'
  fileName: string
  isEntry?: boolean
  imports?: string[]
  moduleIds?: string[]
}

/**
 * Chunks to preload in the shell: those holding the given modules and their static imports, less
 * what the entry already preloads.
 */
export function preloadsFor(bundle: Record<string, ChunkInfo>, modules: RegExp): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk')
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = (start: ChunkInfo[]) => {
    const seen = new Set<string>()
    const visit = (c: ChunkInfo | undefined) => {
      if (!c || seen.has(c.fileName)) return
      seen.add(c.fileName)
      for (const i of c.imports ?? []) visit(byFile.get(i))
    }
    start.forEach(visit)
    return seen
  }
  const entry = closure(chunks.filter((c) => c.isEntry))
  return [...closure(chunks.filter((c) => (c.moduleIds ?? []).some((id) => modules.test(id))))].filter((f) => !entry.has(f))
}

/** Preview routing, as on a static host: a file, a prerendered page, or else the app shell. */
export function previewRouter(outDir: string): Connect.NextHandleFunction {
  return (req, _res, next) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const path = decodeURIComponent(url.pathname)
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const clean = path.replace(/\/+$/, '') || '/'
    const page = STATIC_PAGES[clean] ?? ROUTE_SHELLS[clean]?.file
    if (page) req.url = '/' + page + url.search
    else if (!/\.[a-z0-9]+$/i.test(path) && !existsSync(join(outDir, path))) req.url = '/' + SHELL + url.search
    next()
  }
}

/**
 * The question page and its content: preloaded by the shell so a deep link does not discover them
 * after the entry has run.
 */
const SHELL_PRELOAD = /\/src\/pages\/QuestionPage\.vue$|virtual:content\/part\/questions$/

/**
 * What the app fetches (without running it) when the browser is idle: the journey after the start
 * page, the results after the first question. The lists go into the HTML as meta tags, read by
 * src/router/content-guard.ts, because chunk names are known only after the build.
 */
const PREFETCH: Record<string, RegExp> = {
  journey: SHELL_PRELOAD,
  results: /\/src\/pages\/ResultsPage\.vue$|virtual:content\/part\/results$/,
}

export function withPrefetchLists(html: string, lists: Record<string, string[]>, base = '/'): string {
  const metas = Object.entries(lists).map(([name, files]) => `<meta name="app-prefetch-${name}" content="${files.map((f) => base + f).join(' ')}" />`)
  return html.replace('</head>', `  ${metas.join('\n    ')}\n  </head>`)
}

export function offlinePlugin(): Plugin {
  let config: ResolvedConfig
  let shellPreload: string[] = []
  let prefetch: Record<string, string[]> = {}
  let routePreloads: Record<string, string[]> = {}
  return {
    name: 'library-offline',
    configResolved(c) {
      config = c
    },
    configurePreviewServer(server) {
      server.middlewares.use(previewRouter(resolve(server.config.root, server.config.build.outDir)))
    },
    generateBundle(_options, bundle) {
      const chunks = bundle as unknown as Record<string, ChunkInfo>
      shellPreload = preloadsFor(chunks, SHELL_PRELOAD)
      routePreloads = Object.fromEntries(Object.values(ROUTE_SHELLS).map(({ file, modules }) => [file, preloadsFor(chunks, modules)]))
      prefetch = Object.fromEntries(Object.entries(PREFETCH).map(([name, re]) => [name, preloadsFor(chunks, re)]))
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (config.command !== 'build' || config.build.ssr) return
        const outDir = resolve(config.root, config.build.outDir)
        const template = withPrefetchLists(readFileSync(join(outDir, 'index.html'), 'utf8'), prefetch, config.base)
        writeFileSync(join(outDir, 'index.html'), template)
        const withPreloads = (files: string[]) =>
          template.replace('</head>', `  ${files.map((f) => `<link rel="modulepreload" crossorigin href="${config.base}${f}">`).join('\n    ')}\n  </head>`)
        writeFileSync(join(outDir, SHELL), withPreloads(shellPreload))
        for (const [file, files] of Object.entries(routePreloads)) {
          mkdirSync(dirname(join(outDir, file)), { recursive: true })
          writeFileSync(join(outDir, file), withPreloads(files))
        }
        await prerender(config.root, outDir, template)
        const files = precacheList(listFiles(outDir))
        const version = buildVersion(files.map((url) => ({ url, body: readFileSync(join(outDir, url.slice(1))) })))
        const pages = Object.fromEntries(
          [...Object.entries(STATIC_PAGES), ...Object.entries(ROUTE_SHELLS).map(([route, { file }]) => [route, file] as const)].map(([route, file]) => [
            route,
            '/' + file,
          ]),
        )
        writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource({ files, pages, shell: '/' + SHELL, version }))
      },
    },
  }
}
