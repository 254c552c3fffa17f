/**
 * Build-time only (build/prerender.ts): renders one route of the app to HTML with Vue's server
 * renderer, so the start, help, accessibility, privacy and cookies pages can be read with
 * JavaScript turned off. In the browser, src/main.ts mounts the app over this HTML.
 */
import { createSSRApp } from 'vue'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { renderToString } from 'vue/server-renderer'
import App from '@/App.vue'
import { makeRouter } from '@/router'

/** Browser storage as a first-time visitor has it: working and empty. */
function emptyStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  }
}

/**
 * Render as a first visit looks: storage that works and holds nothing. (With no storage at all the
 * page would warn that answers cannot be saved, which is not true for most readers.)
 */
export async function renderPage(url: string): Promise<{ html: string; title: string }> {
  const g = globalThis as { window?: unknown }
  const hadWindow = 'window' in g
  // Only what the app reads at setup: storage, and listeners it adds (never fired here).
  if (!hadWindow) g.window = { localStorage: emptyStorage(), addEventListener() {}, removeEventListener() {} }
  try {
    return await render(url)
  } finally {
    if (!hadWindow) delete g.window
  }
}

async function render(url: string): Promise<{ html: string; title: string }> {
  const router = makeRouter(createMemoryHistory())
  const app = createSSRApp(App)
  app.use(createPinia())
  app.use(router)
  await router.push(url)
  await router.isReady()
  const html = await renderToString(app)
  return { html, title: pageTitle(html) }
}

/** The document title the page sets in the browser (usePage): its h1, then the service name. */
function pageTitle(html: string): string {
  const h1 =
    /<h1[^>]*>([\s\S]*?)<\/h1>/
      .exec(html)?.[1]
      ?.replace(/<[^>]+>/g, '')
      .trim() ?? ''
  return h1
}
