// Shared by the content scripts: load questions/, run `use`, and print a ContentError's list
// of problems (exit code 1) instead of a stack trace.
import { resolve } from 'node:path'
import { loadContent } from '../build/read-content.ts'
import { ContentError } from '../src/content/content-error.ts'
import type { Content } from '../src/content/schema.ts'

export function withContent(use: (content: Content) => void): number {
  try {
    use(loadContent(resolve('questions')))
    return 0
  } catch (e) {
    if (e instanceof ContentError) {
      console.error(e.message)
      return 1
    }
    throw e
  }
}
