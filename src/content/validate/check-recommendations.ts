/** Pass 4: priorities, report paragraphs, flags, case studies, models and approaches name known ids. */
import type { OptionModel } from '../schema.ts'
import type { Checker, RawContent } from './context.ts'
import type { KnownIds } from './check-ids.ts'
import type { CheckCondition } from './check-conditions.ts'
import type { Parsed } from './parse-files.ts'

export function checkRecommendations(raw: RawContent, p: Parsed, known: KnownIds, checkCondition: CheckCondition, ck: Checker): void {
  p.priorities.forEach((pr, i) => ck.checkIds(raw.priorities.file, `priorities[${i}].refs`, pr.refs, known.refs, 'reference'))
  p.legalContext?.forEach((para, i) => ck.checkIds(raw.report.file, `legalContext[${i}].refs`, para.refs, known.refs, 'reference'))
  for (const { file, i, flag } of p.okRules) {
    ck.checkIds(file, `flags[${i}].refs`, flag.refs, known.refs, 'reference')
    checkCondition(file, `flags[${i}].when`, flag.when, 'rule')
  }
  p.okCases.forEach(({ file: f, i, study: c }) => {
    const path = `caseStudies[${i}].tags`
    ck.checkIds(f, `${path}.priorities`, c.tags.priorities, known.priorities, 'priority')
    ck.checkIds(f, `${path}.themes`, c.tags.themes, known.themes, 'theme')
    ck.checkIds(f, `${path}.governance`, c.tags.governance, known.models, 'governance model')
    ck.checkIds(f, `${path}.smarter`, c.tags.smarter, known.approaches, 'smarter-services approach')
    ck.checkIds(f, `${path}.audiences`, c.tags.audiences, known.audiences, 'audience')
    ck.checkIds(f, `${path}.flags`, c.tags.flags, known.flags, 'flag')
    if (c.kind === 'lesson' && c.tags.flags.length === 0) ck.report(f, `${path}.flags`, 'a lesson needs at least one flag, or it can never be recommended')
  })
  const modelFiles: [string, 'models' | 'approaches', OptionModel[]][] = [
    [raw.governanceModels.file, 'models', p.governanceModels],
    [raw.smarterServices.file, 'approaches', p.smarterServices],
  ]
  for (const [file, key, list] of modelFiles) {
    list.forEach((m, i) => {
      ck.checkIds(file, `${key}[${i}].refs`, m.refs, known.refs, 'reference')
      ck.checkIds(file, `${key}[${i}].examples`, m.examples, known.caseStudies, 'case study')
      m.fit.forEach((fit, j) => checkCondition(file, `${key}[${i}].fit[${j}].when`, fit.when, 'rule'))
      m.cautions.forEach((c, j) => c.when && checkCondition(file, `${key}[${i}].cautions[${j}].when`, c.when, 'rule'))
    })
  }
}
