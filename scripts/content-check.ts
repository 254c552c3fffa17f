// npm run content:check: validates questions/ and prints every problem, or a one-line summary.
import { resolve } from 'node:path'
import { loadContent } from '../build/read-content.ts'
import { ContentError } from '../src/engine/content-error.ts'

export function main(): number {
  try {
    const content = loadContent(resolve('questions'))
    const questions = content.themes.reduce((n, t) => n + t.questions.length, 0)
    console.log(`Content ${content.framework.contentVersion} is valid: ${content.themes.length} themes, ${questions} questions, ${content.flags.length} flags, ${content.caseStudies.length} case studies.`)
    return 0
  } catch (e) {
    if (e instanceof ContentError) {
      console.error(e.message)
      return 1
    }
    throw e
  }
}
