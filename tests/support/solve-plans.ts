/**
 * The condition solver's planner (solve.ts explains the method): the needs each leaf of a
 * condition offers, plans that merge them, and the branches of `all` and `any` in turn. Nothing
 * here runs the engine's assess(); solve.ts checks every plan with it.
 */
import type { AnswerValue } from '../../src/engine/core/assessment'
import { DONT_KNOW, NOT_APPLICABLE, type Condition, type Content, type Question, type Scalar } from '../../src/content/schema'
import { isScored, optionsOf } from '../../src/engine/core/question-model'
import { pointsFor } from '../../src/engine/assess/answer-points'
import { allQuestions } from '../../src/engine/assess/question-results'

/** Thrown when no assessment can be found, or when the solver's own answer is not clean. */
export class SolveError extends Error {
  override name = 'SolveError'
}

/** How many candidates of one branch of an `all` are combined with the other branches. */
export const BRANCH_LIMIT = 8

export type Need = { kind: 'value'; value: string | number } | { kind: 'options'; chosen: string[]; excluded: string[] } | { kind: 'unanswered' }

export interface Plan {
  profile: Record<string, Scalar>
  /** true: must be chosen; false: must not be chosen. */
  priorities: Record<string, boolean>
  answers: Record<string, Need>
  /** Answers that fill a theme. A need on the same question wins over them. */
  fill: Record<string, AnswerValue>
}

export const emptyPlan = (): Plan => ({ profile: {}, priorities: {}, answers: {}, fill: {} })

const questionMaps = new WeakMap<Content, Map<string, Question>>()
export function questionMap(content: Content): Map<string, Question> {
  let map = questionMaps.get(content)
  if (!map) {
    map = new Map(allQuestions(content).map(({ question }) => [question.id, question]))
    questionMaps.set(content, map)
  }
  return map
}

export function questionOf(content: Content, id: string): Question {
  const question = questionMap(content).get(id)
  if (!question) throw new SolveError(`The condition names a question that does not exist: ${id}`)
  return question
}

// ---------------------------------------------------------------------------------------
// Plans: merging needs
// ---------------------------------------------------------------------------------------

function mergeNeed(question: Question | undefined, a: Need, b: Need): Need | null {
  if (a.kind === 'unanswered' || b.kind === 'unanswered') return a.kind === b.kind ? a : null
  if (a.kind === 'value' && b.kind === 'value') return a.value === b.value ? a : null
  if (a.kind === 'options' && b.kind === 'options') {
    const chosen = [...new Set([...a.chosen, ...b.chosen])]
    const excluded = [...new Set([...a.excluded, ...b.excluded])]
    if (chosen.some((v) => excluded.includes(v))) return null
    const exclusive = question?.kind === 'multiple' ? question.options.filter((o) => o.exclusive).map((o) => o.value) : []
    if (chosen.length > 1 && chosen.some((v) => exclusive.includes(v))) return null
    return { kind: 'options', chosen, excluded }
  }
  return null
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, same: (x: T, y: T, key: string) => T | null): Record<string, T> | null {
  const out = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const existing = out[key]
    if (existing === undefined) {
      out[key] = value
      continue
    }
    const merged = same(existing, value, key)
    if (merged === null) return null
    out[key] = merged
  }
  return out
}

export function merge(content: Content, a: Plan, b: Plan): Plan | null {
  const questions = questionMap(content)
  const profile = mergeRecords(a.profile, b.profile, (x, y) => (x === y ? x : null))
  const priorities = mergeRecords(a.priorities, b.priorities, (x, y) => (x === y ? x : null))
  const answers = mergeRecords(a.answers, b.answers, (x, y, id) => mergeNeed(questions.get(id), x, y))
  const fill = mergeRecords(a.fill, b.fill, (x, y) => (JSON.stringify(x) === JSON.stringify(y) ? x : null))
  if (!profile || !priorities || !answers || !fill) return null
  return { profile, priorities, answers, fill }
}

const withNeed = (id: string, need: Need): Plan => ({ ...emptyPlan(), answers: { [id]: need } })

// ---------------------------------------------------------------------------------------
// Leaves: candidate needs
// ---------------------------------------------------------------------------------------

/** Every value a one-choice question accepts, including "Don't know" and "Not applicable" where offered. */
function singleValues(content: Content, q: Question): string[] {
  const values = optionsOf(q, content.framework).map((o) => o.value)
  if (q.dontKnow) values.push(DONT_KNOW)
  if (q.notApplicable) values.push(NOT_APPLICABLE)
  return values
}

/**
 * Needs that give a question an answer matching `accept`, one candidate per value. `mentioned`
 * are the values the condition names: extra candidates for number and text questions, and, when
 * `exclude` is set, options a multiple-choice answer must leave out.
 */
function answerNeeds(content: Content, q: Question, accept: (v: Scalar) => boolean, mentioned: Scalar[], exclude: boolean): Need[] {
  if (q.kind === 'multiple') {
    const excluded = exclude ? mentioned.map(String).filter((v) => q.options.some((o) => o.value === v)) : []
    const needs: Need[] = q.options.filter((o) => accept(o.value)).map((o) => ({ kind: 'options', chosen: [o.value], excluded }))
    if (q.dontKnow && accept(DONT_KNOW)) needs.push({ kind: 'value', value: DONT_KNOW })
    if (q.notApplicable && accept(NOT_APPLICABLE)) needs.push({ kind: 'value', value: NOT_APPLICABLE })
    return needs
  }
  if (q.kind === 'number' || q.kind === 'text') {
    const defaults: Scalar[] = q.kind === 'number' ? [q.min, q.min + 1] : ['Answered in the test', 'Answered differently in the test']
    const values = [...new Set([...mentioned, ...defaults])].filter((v) => typeof v === (q.kind === 'number' ? 'number' : 'string'))
    return values.filter(accept).map((value) => ({ kind: 'value', value }))
  }
  return singleValues(content, q)
    .filter(accept)
    .map((value) => ({ kind: 'value', value }))
}

/** Candidate answers to a question, as values, with the points or number each gives. */
function measuredCandidates(content: Content, q: Question, bound: number | undefined): { need: Need; measure: number }[] {
  if (q.kind === 'number') {
    const near = bound === undefined ? [] : [bound, bound - 1, bound + 1]
    const values = [q.min, ...(q.thresholds ?? []).map((t) => t.atLeast), ...near, q.max ?? q.min + 1000]
    return [...new Set(values)]
      .filter((v) => v >= q.min && (q.max === undefined || v <= q.max))
      .map((value) => ({ need: { kind: 'value', value }, measure: value }))
  }
  if (q.kind === 'multiple') {
    const sets: string[][] = q.options.map((o) => [o.value])
    const byPoints = q.options.filter((o) => !o.exclusive).sort((a, b) => b.points - a.points)
    for (let n = 2; n <= byPoints.length; n++) sets.push(byPoints.slice(0, n).map((o) => o.value))
    return sets.map((chosen) => ({ need: { kind: 'options', chosen, excluded: [] }, measure: pointsFor(q, chosen, content.framework) ?? 0 }))
  }
  if (q.kind === 'text') return []
  return optionsOf(q, content.framework).map((o) => ({ need: { kind: 'value', value: o.value }, measure: o.points }))
}

/** The lowest- or highest-scoring answer to a question, for filling a theme. */
function extremeAnswer(content: Content, q: Question, high: boolean): AnswerValue | undefined {
  if (!isScored(q, content.framework)) return undefined
  let best: { value: AnswerValue; points: number } | undefined
  for (const { need } of measuredCandidates(content, q, undefined)) {
    const value = needValue(need)
    if (value === undefined) continue
    const points = pointsFor(q, value, content.framework) ?? 0
    if (!best || (high ? points > best.points : points < best.points)) best = { value, points }
  }
  return best?.value
}

export function needValue(need: Need): AnswerValue | undefined {
  if (need.kind === 'value') return need.value
  if (need.kind === 'options') return need.chosen
  return undefined
}

function themePlans(content: Content, themeId: string, high: boolean): Plan[] {
  const theme = content.themes.find((t) => t.id === themeId)
  if (!theme) throw new SolveError(`The condition names a theme that does not exist: ${themeId}`)
  const fill: Record<string, AnswerValue> = {}
  for (const q of theme.questions) {
    const value = extremeAnswer(content, q, high)
    if (value !== undefined) fill[q.id] = value
  }
  const plans: Plan[] = [{ ...emptyPlan(), fill }]
  // A theme whose questions all depend on a showWhen has no score until one is shown: anchor
  // each scored question in turn as a need, so its showWhen gets solved.
  for (const q of theme.questions) {
    const value = fill[q.id]
    if (q.showWhen && value !== undefined) {
      const need: Need = Array.isArray(value) ? { kind: 'options', chosen: value, excluded: [] } : { kind: 'value', value }
      plans.push({ ...emptyPlan(), fill, answers: { [q.id]: need } })
    }
  }
  return plans
}

function leafPlans(content: Content, c: Condition, want: boolean): Plan[] {
  if ('priority' in c) return [{ ...emptyPlan(), priorities: { [c.priority]: want } }]
  if ('theme' in c) {
    const high = 'below' in c ? !want : want
    return themePlans(content, c.theme, high)
  }
  if ('profile' in c) {
    const field = content.profile.find((f) => f.id === c.profile)
    if (!field) throw new SolveError(`The condition names a profile field that does not exist: ${c.profile}`)
    const wanted = 'equals' in c ? [c.equals] : c.in
    const values: Scalar[] =
      field.kind === 'choice'
        ? field.options.map((o) => o.value)
        : field.kind === 'number'
          ? [...wanted, ...wanted.map((v) => Number(v) + 1)]
          : [...wanted, ...wanted.map((v) => `${String(v)} (another)`)]
    return [...new Set(values)].filter((v) => wanted.includes(v) === want).map((v) => ({ ...emptyPlan(), profile: { [c.profile]: v } }))
  }
  if ('all' in c || 'any' in c || 'not' in c) throw new SolveError('not a leaf')
  const q = questionOf(content, c.answer)
  const unanswered = withNeed(q.id, { kind: 'unanswered' })
  if ('answered' in c) {
    if (c.answered !== want) return [unanswered]
    return answerNeeds(content, q, () => true, [], false).map((need) => withNeed(q.id, need))
  }
  if ('equals' in c || 'in' in c) {
    const wanted = 'equals' in c ? [c.equals] : c.in
    const needs = answerNeeds(content, q, (v) => wanted.includes(v) === want, wanted, !want)
    const plans = needs.map((need) => withNeed(q.id, need))
    return want ? plans : [...plans, unanswered]
  }
  const bound = 'atMost' in c ? c.atMost : c.atLeast
  const ok = (measure: number) => ('atMost' in c ? measure <= bound : measure >= bound) === want
  const plans = measuredCandidates(content, q, bound)
    .filter(({ measure }) => ok(measure))
    .map(({ need }) => withNeed(q.id, need))
  // "Don't know", "Not applicable" and no answer never match atMost or atLeast.
  return want ? plans : [...plans, unanswered]
}

// ---------------------------------------------------------------------------------------
// Branches and visibility
// ---------------------------------------------------------------------------------------

export function* take<T>(items: Iterable<T>, limit: number): Generator<T> {
  let n = 0
  for (const item of items) {
    if (n++ >= limit) return
    yield item
  }
}

function* product(content: Content, children: Condition[], want: boolean, acc: Plan): Generator<Plan> {
  const [first, ...rest] = children
  if (!first) {
    yield acc
    return
  }
  for (const plan of take(plans(content, first, want), BRANCH_LIMIT)) {
    const merged = merge(content, acc, plan)
    if (merged) yield* product(content, rest, want, merged)
  }
}

/** 0: the branch looks at answer values; 1: only at whether questions are answered; 2: neither. */
function branchRank(c: Condition): number {
  if ('all' in c) return Math.min(...c.all.map(branchRank))
  if ('any' in c) return Math.min(...c.any.map(branchRank))
  if ('not' in c) return branchRank(c.not)
  if (!('answer' in c)) return 2
  return 'answered' in c ? 1 : 0
}

/** Candidate plans that should make `c` evaluate to `want`, most direct first. */
export function* plans(content: Content, c: Condition, want: boolean): Generator<Plan> {
  if ('not' in c) {
    yield* plans(content, c.not, !want)
    return
  }
  if ('all' in c || 'any' in c) {
    const children = 'all' in c ? c.all : c.any
    // all true and any false need every branch; any true and all false need one.
    const every = 'all' in c === want
    if (every) yield* product(content, children, want, emptyPlan())
    // Try branches about the answers given before branches about leaving questions unanswered,
    // and both before the profile or priorities: a flag is cleared by better answers first,
    // not by "no changes planned".
    else for (const child of [...children].sort((a, b) => branchRank(a) - branchRank(b))) yield* plans(content, child, want)
    return
  }
  yield* leafPlans(content, c, want)
}
