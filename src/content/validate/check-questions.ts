/** Pass 3: themes and their questions: references, essentials, scale labels, options, showWhen. */
import { DONT_KNOW, NOT_APPLICABLE, type Framework, type Question } from '../schema.ts'
import { isScored, optionsOf } from '../../engine/core/question-model.ts'
import type { Checker } from './context.ts'
import type { KnownIds } from './check-ids.ts'
import { scaleKnown, type CheckCondition, type QuestionIndex } from './check-conditions.ts'
import type { Parsed } from './parse-files.ts'

export function checkQuestions(p: Parsed, known: KnownIds, index: QuestionIndex, checkCondition: CheckCondition, ck: Checker): void {
  const { framework } = p
  for (const { file, theme } of p.okThemes) {
    ck.checkIds(file, 'refs', theme.refs, known.refs, 'reference')
    theme.questions.forEach((q, i) => {
      const path = `questions[${i}]`
      ck.checkIds(file, `${path}.refs`, q.refs, known.refs, 'reference')
      if (q.essential && q.notApplicable) ck.report(file, `${path}.notApplicable`, 'a statutory essential cannot offer "Not applicable"')
      if (q.essential && scaleKnown(q, known) && !isScored(q, framework))
        ck.report(file, `${path}.essential`, 'a statutory essential must be a scored question')
      if (q.kind === 'scale') {
        const scale = framework.scales.find((s) => s.id === q.scale)
        if (!scale) ck.report(file, `${path}.scale`, `unknown scale id "${q.scale}"`)
        else {
          for (const o of scale.options) if (!(o.value in q.labels)) ck.report(file, `${path}.labels`, `needs a label for "${o.value}"`)
          for (const key of Object.keys(q.labels)) {
            if (!scale.options.some((o) => o.value === key)) ck.report(file, `${path}.labels.${key}`, `scale "${q.scale}" has no value "${key}"`)
          }
        }
      }
      if (q.kind === 'multiple') {
        const seen = new Set<string>()
        q.options.forEach((o, j) => {
          if (seen.has(o.value)) ck.report(file, `${path}.options[${j}].value`, `option value "${o.value}" is used twice`)
          seen.add(o.value)
        })
      }
      if (q.kind === 'multiple' || q.kind === 'scale') {
        for (const o of optionsOf(q, framework)) {
          if (o.value === DONT_KNOW || o.value === NOT_APPLICABLE) ck.report(file, path, `option value "${o.value}" is reserved`)
        }
      }
      if (q.lines) checkLines(file, path, q, known, ck, framework)
      if (q.showWhen) checkCondition(file, `${path}.showWhen`, q.showWhen, 'showWhen', index.byId.get(q.id)?.position)
    })
  }
}

/** An essential's lines: only on essentials, naming answers the question offers, points only where points vary. */
function checkLines(file: string, path: string, q: Question, known: KnownIds, ck: Checker, framework: Framework): void {
  if (!q.essential) ck.report(file, `${path}.lines`, 'only a statutory essential (essential: true) can have lines')
  const offered = scaleKnown(q, known) ? new Set(optionsOf(q, framework).map((o) => o.value)) : undefined
  if (offered && q.dontKnow) offered.add(DONT_KNOW)
  q.lines?.forEach((line, j) => {
    line.values?.forEach((v, k) => {
      if (offered && !offered.has(v))
        ck.report(file, `${path}.lines[${j}].values[${k}]`, `question "${q.id}" cannot have the answer "${v}"; it can be ${[...offered].join(', ')}`)
    })
    if (line.atLeastPoints !== undefined && q.kind !== 'multiple' && q.kind !== 'number') {
      ck.report(file, `${path}.lines[${j}].atLeastPoints`, '"atLeastPoints" is only for multiple-choice and number questions: use "values"')
    }
  })
}
