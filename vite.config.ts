import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import type { AcceptedPlugin } from 'postcss'
import { contentPlugin } from './build/content-plugin.ts'
import { councilDataPlugin } from './build/council-data-plugin.ts'
import { contentSplitPlugin, LAZY_PARTS_WITH_QUESTIONS } from './build/content-split-plugin.ts'
import { offlinePlugin } from './build/offline-plugin.ts'

// govuk-frontend ships IE-only hacks such as `@media screen and (min-width: 0\0)`. Sass turns the
// `\0` into U+FFFD and Vite's CSS minifier rejects the query, so drop those IE-only blocks.
const dropIeHacks: AcceptedPlugin = {
  postcssPlugin: 'drop-ie-media-hacks',
  AtRule: {
    media(rule) {
      if (/\uFFFD|\\0/.test(rule.params)) rule.remove()
    },
  },
}

const JOURNEY = /\/src\/(pages\/(Profile|Priorities|TaskList|Question|ThemeCheck|CheckAnswers|NotFound)Page\.vue|components\/gov\/|engine\/journey\/)/
const APP_CORE =
  /\/node_modules\/(@vue|vue|vue-router|pinia|zod)\/|\/src\/(App\.vue|main\.ts|router|stores\/(?!workshop)|content|composables|components\/layout|components\/offline|offline|engine\/(core|files|assess|compare))\/?|^\0?virtual:content\/(core|loader)/

function contentChunkName(id: string): string | null {
  const part = /virtual:content\/part\/(\w+)/.exec(id)?.[1]
  return part ? `content-${part}` : null
}

export default defineConfig({
  plugins: [vue(), contentSplitPlugin({ lazy: LAZY_PARTS_WITH_QUESTIONS }), contentPlugin(), offlinePlugin(), councilDataPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  css: {
    preprocessorOptions: { scss: { quietDeps: true } },
    postcss: { plugins: [dropIeHacks] },
  },
  build: {
    rolldownOptions: {
      output: {
        // Fewer, larger files on first load: the framework and app core in one chunk, the pages
        // of the question journey in another. Results, workshop and exporters stay separate.
        codeSplitting: {
          groups: [
            // One chunk per lazy content part: content-results (and content-questions when enabled).
            { name: contentChunkName, test: /virtual:content\/part\//, priority: 3 },
            { name: 'app', test: APP_CORE, priority: 2 },
            { name: 'journey', test: JOURNEY, priority: 1 },
          ],
        },
      },
    },
    // Preloading would fetch the lazy PDF chunk on first load; it is fetched only when asked for.
    modulePreload: { resolveDependencies: (_file, deps) => deps.filter((d) => !/report|jspdf|html2canvas|purify|index\.es/.test(d)) },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
