/**
 * Build step (called by build/offline-plugin.ts after the client build): renders the pages that
 * need no saved answers to static HTML, dist/<route>/index.html, from the built dist/index.html.
 * The page is readable with JavaScript off; with JavaScript on, the app replaces it as it mounts.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createServer } from 'vite'

export const SERVICE_NAME = 'Library service self-assessment'

/** Route path → file under dist. `/` is index.html itself. */
export const STATIC_PAGES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/accessibility': 'accessibility/index.html',
  '/privacy': 'privacy/index.html',
  '/cookies': 'cookies/index.html',
  '/help': 'help/index.html',
}

const NOSCRIPT = /<noscript>[\s\S]*?<\/noscript>/

/** What a reader without JavaScript is told on a static page (the page itself has the h1). */
export const STATIC_NOSCRIPT =
  '<noscript><div class="govuk-inset-text">You can read this page without JavaScript. To answer the questions and see your results, turn on JavaScript: the tool runs in your browser and your answers stay on this device.</div></noscript>'

/**
 * Put a rendered page into the built index.html: the markup, its title and, at the top of the
 * main content, the no-JavaScript note (instead of the app's "needs JavaScript" page).
 */
export function fillTemplate(template: string, page: { html: string; title: string }): string {
  if (!template.includes('<div id="app"></div>')) throw new Error('prerender: index.html has no empty <div id="app"></div>')
  const title = page.title && page.title !== SERVICE_NAME ? `${page.title} – ${SERVICE_NAME}` : SERVICE_NAME
  return template
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${title}</title>`)
    .replace(NOSCRIPT, '')
    .replace('<div id="app"></div>', `<div id="app" data-prerendered>${withNote(page.html)}</div>`)
}

function withNote(html: string): string {
  const main = /<main\b[^>]*>/.exec(html)
  if (!main) return STATIC_NOSCRIPT + html
  const at = main.index + main[0].length
  return html.slice(0, at) + STATIC_NOSCRIPT + html.slice(at)
}

/** Render every static page with the project's own Vite config (SSR) and write it into outDir. */
export async function prerender(root: string, outDir: string, template: string): Promise<string[]> {
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  const written: string[] = []
  try {
    const { renderPage } = (await server.ssrLoadModule('/src/offline/render-page.ts')) as typeof import('../src/offline/render-page.ts')
    for (const [url, file] of Object.entries(STATIC_PAGES)) {
      const page = await renderPage(url)
      if (!page.html.includes('<h1')) throw new Error(`prerender: ${url} rendered no h1`)
      const path = join(outDir, file)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, fillTemplate(template, page))
      written.push(file)
    }
  } finally {
    await server.close()
  }
  return written
}
