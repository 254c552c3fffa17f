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

export async function renderPage(url: string): Promise<{ html: string; title: string }> {
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
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim() ?? ''
  return h1
}
