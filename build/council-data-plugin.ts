/**
 * Vite plugin: `await import('virtual:council-data')` gives the checked council data (data/) as
 * JSON, in a chunk of its own that loads only when a page asks for it. The build fails with the
 * CouncilDataError's list of problems when the data are wrong.
 */
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { COUNCIL_DATA_FILES, loadCouncilData } from './read-council-data.ts'

const ID = 'virtual:council-data'
const RESOLVED = '\0' + ID

export function councilDataPlugin(dir = resolve(import.meta.dirname, '..', 'data')): Plugin {
  return {
    name: 'library-council-data',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED) return undefined
      for (const f of COUNCIL_DATA_FILES) this.addWatchFile(join(dir, f))
      const data = loadCouncilData(dir)
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`
    },
  }
}
