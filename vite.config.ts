import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import type { AcceptedPlugin } from 'postcss'
import { contentPlugin } from './build/content-plugin.ts'
import { councilDataPlugin } from './build/council-data-plugin.ts'

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

export default defineConfig({
  plugins: [vue(), contentPlugin(), councilDataPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  css: {
    preprocessorOptions: { scss: { quietDeps: true } },
    postcss: { plugins: [dropIeHacks] },
  },
  build: {
    // Preloading would fetch the lazy PDF chunk on first load; it is fetched only when asked for.
    modulePreload: { resolveDependencies: (_file, deps) => deps.filter((d) => !/report|jspdf|html2canvas|purify|index\.es/.test(d)) },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
