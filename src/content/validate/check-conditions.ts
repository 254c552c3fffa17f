/** Conditions (showWhen, flag `when`, fit and caution `when`) name things that exist and can match. */
import { DONT_KNOW, NOT_APPLICABLE, type Condition, type Question } from '../schema.ts'
import { optionsOf } from '../../engine/core/question-model.ts'
import type { Checker } from './context.ts'
import type { KnownIds } from './check-ids.ts'
import type { Parsed } from './parse-files.ts'

/** Where a condition sits, which limits what it may name. */
export type ConditionUse = 'showWhen' | 'rule'

export interface QuestionIndex {
  /** Each question with its position in assessment order (themeOrder, then file order). */
  byId: Map<string, { q: Question; position: number }>
  /** Themes in assessment order. */
  order: Parsed['okThemes']
}

/** Questions in assessment order, so a showWhen can only look backwards (no cycles). */
export function indexQuestions(p: Parsed): QuestionIndex {
  const order = [...p.okThemes].sort((a, b) => p.framework.themeOrder.indexOf(a.theme.id) - p.framework.themeOrder.indexOf(b.theme.id))
  const byId = new Map<string, { q: Question; position: number }>()
  order
    .flatMap((t) => t.theme.questions)
    .forEach((q, position) => {
      if (!byId.has(q.id)) byId.set(q.id, { q, position })
    })
  return { byId, order }
}

/**
 * A question on an unknown scale is reported once, at its `scale`; its values and points
 * cannot be known, so nothing that depends on them is checked.
 */
export const scaleKnown = (q: Question, known: KnownIds) => q.kind !== 'scale' || known.scales.has(q.scale)

export type CheckCondition = (file: string, path: string, c: Condition, use: ConditionUse, ownPosition?: number) => void

export function conditionChecker(p: Parsed, known: KnownIds, index: QuestionIndex, ck: Checker): CheckCondition {
  function valuesFor(q: Question): Set<string> {
    const values = new Set(optionsOf(q, p.framework).map((o) => o.value))
    if (q.dontKnow) values.add(DONT_KNOW)
    if (q.notApplicable) values.add(NOT_APPLICABLE)
    return values
  }

  function checkCondition(file: string, path: string, c: Condition, use: ConditionUse, ownPosition?: number): void {
    if ('all' in c) return c.all.forEach((x, i) => checkCondition(file, `${path}.all[${i}]`, x, use, ownPosition))
    if ('any' in c) return c.any.forEach((x, i) => checkCondition(file, `${path}.any[${i}]`, x, use, ownPosition))
    if ('not' in c) return checkCondition(file, `${path}.not`, c.not, use, ownPosition)
    if ('priority' in c) {
      if (!known.priorities.has(c.priority)) ck.report(file, `${path}.priority`, `unknown priority id "${c.priority}"`)
      return
    }
    if ('theme' in c) {
      if (!known.themes.has(c.theme) && !ck.inBrokenFile('theme', c.theme)) ck.report(file, `${path}.theme`, `unknown theme id "${c.theme}"`)
      if (use === 'showWhen') ck.report(file, `${path}.theme`, 'a showWhen cannot depend on a theme score')
      return
    }
    if ('profile' in c) {
      const field = p.profile.find((f) => f.id === c.profile)
      if (!field) return ck.report(file, `${path}.profile`, `unknown profile field id "${c.profile}"`)
      const wanted = 'equals' in c ? [c.equals] : c.in
      if (field.kind === 'choice') {
        const allowed = new Set(field.options.map((o) => o.value))
        for (const v of wanted) {
          if (!allowed.has(String(v))) ck.report(file, path, `profile field "${c.profile}" has no option "${v}" (it has ${[...allowed].join(', ')})`)
        }
      }
      return
    }
    // An answer leaf.
    const found = index.byId.get(c.answer)
    if (!found) return ck.inBrokenFile('question', c.answer) ? undefined : ck.report(file, `${path}.answer`, `unknown question id "${c.answer}"`)
    const { q, position } = found
    if (use === 'showWhen' && ownPosition !== undefined && position >= ownPosition) {
      ck.report(file, `${path}.answer`, `a showWhen can only refer to questions earlier in the assessment, and "${c.answer}" is not earlier`)
    }
    if ('answered' in c) return
    if ('atMost' in c || 'atLeast' in c) {
      if (q.kind === 'text') ck.report(file, path, `question "${q.id}" takes free text, so it has no points to compare; use "answered"`)
      return
    }
    const wanted = 'equals' in c ? [c.equals] : c.in
    if (q.kind === 'text') return ck.report(file, path, `question "${q.id}" takes free text; test it with "answered", not "equals" or "in"`)
    if (q.kind === 'number') {
      for (const v of wanted) {
        if (typeof v !== 'number' && v !== DONT_KNOW && v !== NOT_APPLICABLE)
          ck.report(file, path, `question "${q.id}" takes a number, so "${v}" can never match`)
      }
      return
    }
    if (!scaleKnown(q, known)) return
    const allowed = valuesFor(q)
    for (const v of wanted) {
      if (!allowed.has(String(v))) ck.report(file, path, `question "${q.id}" (${q.kind}) cannot have the answer "${v}"; it can be ${[...allowed].join(', ')}`)
    }
  }
  return checkCondition
}
