// npm run content:check: validates questions/ and prints every problem, or a one-line summary.
import { withContent } from './with-content.ts'

export function main(): number {
  return withContent((content) => {
    const questions = content.themes.reduce((n, t) => n + t.questions.length, 0)
    console.log(`Content ${content.framework.contentVersion} is valid: ${content.themes.length} themes, ${questions} questions, ${content.flags.length} flags, ${content.caseStudies.length} case studies.`)
  })
}
