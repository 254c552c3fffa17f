/**
 * Vite plugin: `import content from 'virtual:content'` gives the validated content as JSON.
 * The build fails with the ContentError's list of problems when the content is wrong.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { loadContent, readRawContent } from './read-content.ts'

const ID = 'virtual:content'
const RESOLVED = '\0' + ID

export function contentPlugin(dir = resolve(import.meta.dirname, '..', 'questions')): Plugin {
  return {
    name: 'library-content',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED) return undefined
      for (const f of readRawContent(dir).files) this.addWatchFile(f)
      const content = loadContent(dir)
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(content))})`
    },
  }
}
