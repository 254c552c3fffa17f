// Shared by the content scripts: load questions/, run `use`, and print a ContentError's list
// of problems (exit code 1) instead of a stack trace.
import { resolve } from 'node:path'
import { loadContentWithWarnings } from '../build/read-content.ts'
import { ContentError, type ContentProblem } from '../src/content/content-error.ts'
import type { Content } from '../src/content/schema.ts'

export function withContent(use: (content: Content, warnings: ContentProblem[]) => void): number {
  try {
    const { content, warnings } = loadContentWithWarnings(resolve('questions'))
    use(content, warnings)
    return 0
  } catch (e) {
    if (e instanceof ContentError) {
      console.error(e.message)
      return 1
    }
    throw e
  }
}
