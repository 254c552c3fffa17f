/**
 * A small condition solver for the content tests. Given the content and a condition, it builds
 * an assessment (profile, priorities, answers) that makes the condition true, or one that makes
 * it false, so a test can show that a flag can be raised and cleared, or that a model can be
 * recommended.
 *
 * How it works: `not` is pushed down to the leaves (not(all) = any of nots, not(any) = all of
 * nots). Each leaf offers a few candidate "needs" (set this answer, choose this priority, leave
 * that question unanswered, fill this theme with its lowest or highest answers). `all` merges one
 * candidate from each branch; `any` tries the branches in turn. Every answer the solver sets must
 * be to a visible question, so each answered question's showWhen is solved too. Each candidate is
 * checked with the real engine (assess, then evaluate) and the first that works is returned. The
 * solver throws a SolveError when no candidate works, or when its answer is not a clean one.
 */
import { assess } from '../../src/engine/assess/assess'
import type { AnswerValue, Assessment } from '../../src/engine/core/assessment'
import { describe as describeCondition, evaluate, type ConditionContext } from '../../src/engine/core/conditions'
import { DONT_KNOW, NOT_APPLICABLE, type Condition, type Content, type Question, type Scalar } from '../../src/content/schema'
import { isScored, optionsOf } from '../../src/engine/core/question-model'
import type { Result } from '../../src/engine/core/result'
import { pointsFor } from '../../src/engine/assess/answer-points'
import { allQuestions, visibility } from '../../src/engine/assess/question-results'

/** Thrown when no assessment can be found, or when the solver's own answer is not clean. */
export class SolveError extends Error {
  override name = 'SolveError'
}

/** How many candidates of one branch of an `all` are combined with the other branches. */
const BRANCH_LIMIT = 8
/** How many complete candidates are checked with the engine before giving up. */
const ATTEMPT_LIMIT = 400

type Need = { kind: 'value'; value: string | number } | { kind: 'options'; chosen: string[]; excluded: string[] } | { kind: 'unanswered' }

interface Plan {
  profile: Record<string, Scalar>
  /** true: must be chosen; false: must not be chosen. */
  priorities: Record<string, boolean>
  answers: Record<string, Need>
  /** Answers that fill a theme. A need on the same question wins over them. */
  fill: Record<string, AnswerValue>
}

const emptyPlan = (): Plan => ({ profile: {}, priorities: {}, answers: {}, fill: {} })

const questionMaps = new WeakMap<Content, Map<string, Question>>()
function questionMap(content: Content): Map<string, Question> {
  let map = questionMaps.get(content)
  if (!map) {
    map = new Map(allQuestions(content).map(({ question }) => [question.id, question]))
    questionMaps.set(content, map)
  }
  return map
}

function questionOf(content: Content, id: string): Question {
  const question = questionMap(content).get(id)
  if (!question) throw new SolveError(`The condition names a question that does not exist: ${id}`)
  return question
}

/**
 * The condition context the engine uses inside assess(), rebuilt from a Result: visibility,
 * points and theme scores all come from the engine.
 */
export function contextFor(content: Content, assessment: Assessment, result: Result = assess(content, assessment)): ConditionContext {
  const byId = new Map(result.questions.map((q) => [q.id, q]))
  const scores = new Map(result.themes.map((t) => [t.id, t.score]))
  return {
    content,
    assessment,
    questions: questionMap(content),
    isVisible: (id) => byId.get(id)?.visible === true,
    pointsOf: (id) => {
      const q = byId.get(id)
      return q && q.status === 'answered' ? q.points : undefined
    },
    themeScore: (id) => scores.get(id) ?? undefined,
  }
}

/** Whether a condition holds for an assessment, as the engine evaluates it. */
export function holds(content: Content, assessment: Assessment, condition: Condition): boolean {
  return evaluate(condition, contextFor(content, assessment))
}

/**
 * What is wrong with an assessment as a saved answer file: unknown ids, values a question cannot
 * have, "None of these" mixed with other options, answers to hidden questions, unknown
 * priorities or profile values. An empty list means it is clean.
 */
export function answerProblems(content: Content, assessment: Assessment): string[] {
  const problems: string[] = []
  const questions = questionMap(content)
  const visible = visibility(content, assessment)
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const question = questions.get(id)
    if (!question) {
      problems.push(`${id}: no such question`)
      continue
    }
    if (!visible.get(id)) problems.push(`${id}: answered but hidden`)
    const value = answer.value
    if (value === DONT_KNOW) {
      if (!question.dontKnow) problems.push(`${id}: does not offer "Don't know"`)
      continue
    }
    if (value === NOT_APPLICABLE) {
      if (!question.notApplicable) problems.push(`${id}: does not offer "Not applicable"`)
      continue
    }
    if (question.kind === 'multiple') {
      const chosen = Array.isArray(value) ? value : [String(value)]
      const options = new Map(question.options.map((o) => [o.value, o]))
      const unknown = chosen.filter((v) => !options.has(v))
      if (chosen.length === 0 || unknown.length > 0) problems.push(`${id}: not an option: ${unknown.join(', ') || '(nothing chosen)'}`)
      if (chosen.length > 1 && chosen.some((v) => options.get(v)?.exclusive)) problems.push(`${id}: "None of these" is mixed with other options`)
    } else if (question.kind === 'number') {
      if (typeof value !== 'number' || value < question.min || (question.max !== undefined && value > question.max))
        problems.push(`${id}: ${String(value)} is not a number in range`)
    } else if (question.kind === 'text') {
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${id}: empty text`)
    } else if (!optionsOf(question, content.framework).some((o) => o.value === value)) {
      problems.push(`${id}: ${String(value)} is not an option`)
    }
  }
  const priorityIds = new Set(content.priorities.map((p) => p.id))
  for (const p of assessment.priorities) if (!priorityIds.has(p)) problems.push(`priority ${p}: no such priority`)
  if (assessment.priorities.length > content.framework.maxPriorities) problems.push(`more than ${content.framework.maxPriorities} priorities`)
  for (const [id, value] of Object.entries(assessment.profile)) {
    const field = content.profile.find((f) => f.id === id)
    if (!field) problems.push(`profile ${id}: no such field`)
    else if (field.kind === 'choice' && !field.options.some((o) => o.value === value)) problems.push(`profile ${id}: ${String(value)} is not an option`)
  }
  return problems
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

function merge(content: Content, a: Plan, b: Plan): Plan | null {
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

function needValue(need: Need): AnswerValue | undefined {
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

function* take<T>(items: Iterable<T>, limit: number): Generator<T> {
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
function* plans(content: Content, c: Condition, want: boolean): Generator<Plan> {
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

/** The assessment a plan describes, on top of `base`, before hidden answers are dropped. */
function rawAssessment(plan: Plan, base: Assessment | undefined): Assessment {
  const profile = { ...(base?.profile ?? {}), ...plan.profile }
  const chosen = [...(base?.priorities ?? []), ...Object.keys(plan.priorities).filter((p) => plan.priorities[p])]
  const priorities = [...new Set(chosen)].filter((p) => plan.priorities[p] !== false)
  const answers: Assessment['answers'] = { ...(base?.answers ?? {}) }
  for (const [id, value] of Object.entries(plan.fill)) answers[id] = { value }
  for (const [id, need] of Object.entries(plan.answers)) {
    const value = needValue(need)
    if (value === undefined) delete answers[id]
    else answers[id] = { value }
  }
  return { profile, priorities, answers }
}

/** The assessment a plan describes. Answers to hidden questions never count: they are left out. */
function toAssessment(content: Content, plan: Plan, base: Assessment | undefined): Assessment {
  const assessment = rawAssessment(plan, base)
  const visible = visibility(content, assessment)
  for (const id of Object.keys(assessment.answers)) if (!visible.get(id)) delete assessment.answers[id]
  return assessment
}

/** Extend a plan so every question it needs answered is visible, solving each showWhen in turn. */
function* withVisibility(content: Content, plan: Plan, base: Assessment | undefined): Generator<Plan> {
  const visible = visibility(content, rawAssessment(plan, base))
  // In assessment order: a showWhen only looks at earlier questions, so solving the first hidden
  // one may hide or show only questions before it, which the next round checks again.
  const hidden = allQuestions(content)
    .map(({ question }) => question)
    .find((q) => q.showWhen && plan.answers[q.id] && plan.answers[q.id]?.kind !== 'unanswered' && !visible.get(q.id))
  if (!hidden?.showWhen) {
    yield plan
    return
  }
  for (const shown of take(plans(content, hidden.showWhen, true), BRANCH_LIMIT)) {
    const merged = merge(content, plan, shown)
    if (merged) yield* withVisibility(content, merged, base)
  }
}

/**
 * An assessment for which `condition` evaluates to `want` (true by default), checked with the
 * engine. With a `base`, its answers are kept wherever the condition does not need others, so
 * "what would clear this flag for this council" reads as a small change.
 * @throws SolveError when no assessment is found or the one found is not clean.
 */
export function solve(content: Content, condition: Condition, want = true, base?: Assessment): Assessment {
  let attempts = 0
  for (const plan of plans(content, condition, want)) {
    for (const shown of withVisibility(content, plan, base)) {
      if (++attempts > ATTEMPT_LIMIT) break
      const assessment = toAssessment(content, shown, base)
      if (holds(content, assessment, condition) !== want) continue
      const problems = answerProblems(content, assessment)
      if (problems.length > 0)
        throw new SolveError(`The solver built an unclean assessment for ${describeCondition(condition, content)}: ${problems.join('; ')}`)
      return assessment
    }
    if (attempts > ATTEMPT_LIMIT) break
  }
  throw new SolveError(`No answers make this ${want ? 'true' : 'false'}: ${describeCondition(condition, content)}`)
}
