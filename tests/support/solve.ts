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
import type { Assessment } from '../../src/engine/core/assessment'
import { describe as describeCondition, evaluate, type ConditionContext } from '../../src/engine/core/conditions'
import { DONT_KNOW, NOT_APPLICABLE, type Condition, type Content } from '../../src/content/schema'
import type { Result } from '../../src/engine/core/result'
import { optionsOf } from '../../src/engine/core/question-model'
import { allQuestions, visibility } from '../../src/engine/assess/question-results'
import { BRANCH_LIMIT, merge, needValue, plans, questionMap, SolveError, take, type Plan } from './solve-plans'

export { SolveError }

/** How many complete candidates are checked with the engine before giving up. */
const ATTEMPT_LIMIT = 400

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
