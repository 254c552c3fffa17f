/**
 * Vite plugin: `import content from 'virtual:content'` gives the validated content as JSON.
 * The build fails with the ContentError's list of problems when the content is wrong.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { loadContent, readRawContent } from './read-content.ts'
import { virtualJsonPlugin } from './virtual-json-plugin.ts'

export function contentPlugin(dir = resolve(import.meta.dirname, '..', 'questions')): Plugin {
  return virtualJsonPlugin({ id: 'virtual:content', name: 'library-content', watch: () => readRawContent(dir).files, load: () => loadContent(dir) })
}
