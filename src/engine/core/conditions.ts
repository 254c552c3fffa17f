/**
 * The condition language used by content for show-when, flags and recommendation fit.
 * Conditions are plain data: this module evaluates them and describes them in words.
 */
import { DONT_KNOW, NOT_APPLICABLE } from './answer-values'
import type { Condition, Content, Question, Scalar } from '../../content/schema'
import type { Assessment, AnswerValue } from './assessment'
import { optionsOf } from './question-model'

/** What a condition can look at. Answers to hidden questions are treated as unanswered. */
export interface ConditionContext {
  content: Content
  assessment: Assessment
  questions: ReadonlyMap<string, Question>
  isVisible: (questionId: string) => boolean
  /** Points for an answered question, or undefined when it has none (unanswered, "Don't know", "Not applicable"). */
  pointsOf: (questionId: string) => number | undefined
  /** A theme's score, or undefined when it has nothing counted (or is not known yet). */
  themeScore: (themeId: string) => number | undefined
}

function visibleValue(ctx: ConditionContext, questionId: string): AnswerValue | undefined {
  if (!ctx.isVisible(questionId)) return undefined
  return ctx.assessment.answers[questionId]?.value
}

/**
 * Whether a visible question has an answer it can have: "Don't know" or "Not applicable" where
 * offered, or a value that earns points (0 included). An empty text, no options chosen or a
 * value the question does not offer is no answer, as the scoring treats it.
 */
function hasAnswer(ctx: ConditionContext, questionId: string, value: AnswerValue): boolean {
  const question = ctx.questions.get(questionId)
  if (value === DONT_KNOW) return question?.dontKnow === true
  if (value === NOT_APPLICABLE) return question?.notApplicable === true
  return ctx.pointsOf(questionId) !== undefined
}

function matches(value: AnswerValue, wanted: Scalar): boolean {
  if (Array.isArray(value)) return value.includes(String(wanted))
  return value === wanted
}

/** Whether a condition holds for these answers. */
export function evaluate(condition: Condition, ctx: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, ctx))
  if ('any' in condition) return condition.any.some((c) => evaluate(c, ctx))
  if ('not' in condition) return !evaluate(condition.not, ctx)
  if ('priority' in condition) return ctx.assessment.priorities.includes(condition.priority)
  if ('theme' in condition) {
    const score = ctx.themeScore(condition.theme)
    if (score === undefined) return false
    return 'below' in condition ? score < condition.below : score >= condition.atLeast
  }
  if ('profile' in condition) {
    const value = ctx.assessment.profile[condition.profile]
    if (value === undefined) return false
    return 'equals' in condition ? value === condition.equals : condition.in.includes(value)
  }
  const value = visibleValue(ctx, condition.answer)
  if ('answered' in condition) return (value !== undefined && hasAnswer(ctx, condition.answer, value)) === condition.answered
  if (value === undefined) return false
  if ('equals' in condition) return matches(value, condition.equals)
  if ('in' in condition) return condition.in.some((w) => matches(value, w))
  const question = ctx.questions.get(condition.answer)
  const measure = question?.kind === 'number' ? (typeof value === 'number' ? value : undefined) : ctx.pointsOf(condition.answer)
  if (measure === undefined) return false
  return 'atMost' in condition ? measure <= condition.atMost : measure >= condition.atLeast
}

function quote(text: string): string {
  return `“${text}”`
}

function valueLabel(question: Question | undefined, value: Scalar, content: Content): string {
  if (value === DONT_KNOW) return quote("Don't know")
  if (value === NOT_APPLICABLE) return quote('Not applicable')
  if (!question) return quote(String(value))
  const option = optionsOf(question, content.framework).find((o) => o.value === value)
  if (option) return quote(option.label)
  if (question.kind === 'number') return `${value} ${question.unit}`
  return quote(String(value))
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

/**
 * A condition in plain English, for explanations: for example
 * `“Changes planned” is “Yes, reductions” and “Current needs assessment” is “Not in place” or “Started”`.
 */
export function describe(condition: Condition, content: Content): string {
  if ('all' in condition) return condition.all.map((c) => describe(c, content)).join(' and ')
  if ('any' in condition) {
    const parts = condition.any.map((c) => describe(c, content))
    return parts.length === 1 ? (parts[0] ?? '') : `at least one of: ${parts.join('; ')}`
  }
  if ('not' in condition) return `it is not the case that ${describe(condition.not, content)}`
  if ('priority' in condition) {
    const title = content.priorities.find((p) => p.id === condition.priority)?.title ?? condition.priority
    return `you chose the priority ${quote(title)}`
  }
  if ('theme' in condition) {
    const title = content.themes.find((t) => t.id === condition.theme)?.title ?? condition.theme
    return 'below' in condition ? `the score for ${quote(title)} is below ${condition.below}` : `the score for ${quote(title)} is ${condition.atLeast} or more`
  }
  if ('profile' in condition) {
    const field = content.profile.find((f) => f.id === condition.profile)
    const label = (v: Scalar) => {
      const option = field?.kind === 'choice' ? field.options.find((o) => o.value === v) : undefined
      return quote(option ? option.label : String(v))
    }
    const wanted = 'equals' in condition ? [condition.equals] : condition.in
    return `${quote(field?.short ?? condition.profile)} is ${orList(wanted.map(label))}`
  }
  const question = content.themes.flatMap((t) => t.questions).find((q) => q.id === condition.answer)
  const name = quote(question?.short ?? condition.answer)
  if ('answered' in condition) return condition.answered ? `${name} has been answered` : `${name} has not been answered`
  if ('equals' in condition) return `${name} is ${valueLabel(question, condition.equals, content)}`
  if ('in' in condition) return `${name} is ${orList(condition.in.map((v) => valueLabel(question, v, content)))}`
  const isNumber = question?.kind === 'number'
  const amount = 'atMost' in condition ? condition.atMost : condition.atLeast
  const what = isNumber ? `${amount} ${question.unit}` : `${amount} ${amount === 1 ? 'point' : 'points'}`
  if (isNumber) return 'atMost' in condition ? `${name} is at most ${what}` : `${name} is at least ${what}`
  return 'atMost' in condition ? `${name} scores at most ${what}` : `${name} scores at least ${what}`
}
