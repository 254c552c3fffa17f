/**
 * Vite plugin: `await import('virtual:council-data')` gives the checked council data (data/) as
 * JSON, in a chunk of its own that loads only when a page asks for it. The build fails with the
 * CouncilDataError's list of problems when the data are wrong.
 */
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { COUNCIL_DATA_FILES, loadCouncilData } from './read-council-data.ts'
import { virtualJsonPlugin } from './virtual-json-plugin.ts'

export function councilDataPlugin(dir = resolve(import.meta.dirname, '..', 'data')): Plugin {
  return virtualJsonPlugin({
    id: 'virtual:council-data',
    name: 'library-council-data',
    watch: () => COUNCIL_DATA_FILES.map((f) => join(dir, f)),
    load: () => loadCouncilData(dir),
  })
}
