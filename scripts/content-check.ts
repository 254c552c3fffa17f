// npm run content:check: validates questions/ and prints every problem, or a one-line summary
// followed by any warnings (figures not yet declared in files still being brought up to the rule).
import { withContent } from './with-content.ts'
import { FACT_RULE_PENDING } from '../src/content/validate/check-facts.ts'

export function main(): number {
  return withContent((content, warnings) => {
    const questions = content.themes.reduce((n, t) => n + t.questions.length, 0)
    console.log(
      `Content ${content.framework.contentVersion} is valid: ${content.themes.length} themes, ${questions} questions, ${content.flags.length} flags, ${content.caseStudies.length} case studies.`,
    )
    if (warnings.length === 0) return
    const files = [...new Set(warnings.map((w) => w.file))]
    console.warn(
      `\nWarning: ${warnings.length} figures or declarations break the figure rule in ${files.length} files still being brought up to it (${FACT_RULE_PENDING.join(', ')}):`,
    )
    for (const w of warnings) console.warn(`- ${w.file}${w.path ? ` at ${w.path}` : ''}: ${w.message}`)
  })
}
