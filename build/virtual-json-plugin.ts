/**
 * A Vite plugin for a virtual module whose default export is data read and checked at build time
 * (the content, the council data), sent as JSON. The build fails with the loader's error.
 *
 * Exported API: `virtualJsonPlugin({ id, name, watch, load }): Plugin` — `watch()` lists the files
 * to rebuild on, `load()` reads and checks them
 */
import type { Plugin } from 'vite'

export function virtualJsonPlugin(options: { id: string; name: string; watch: () => string[]; load: () => unknown }): Plugin {
  const resolved = '\0' + options.id
  return {
    name: options.name,
    resolveId(id) {
      return id === options.id ? resolved : undefined
    },
    load(id) {
      if (id !== resolved) return undefined
      for (const f of options.watch()) this.addWatchFile(f)
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(options.load()))})`
    },
  }
}
