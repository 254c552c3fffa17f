/**
 * One answer on its own: the points it earns, its status (answered, "Don't know", "Not
 * applicable" or none) and its words.
 *
 * - "Don't know" and "Not applicable" count only on a question that offers them.
 * - A multiple-choice answer earns the sum of its options' points, at most the question's maximum.
 * - A number earns the points of the highest threshold it reaches.
 */
import { DONT_KNOW, NOT_APPLICABLE } from '../core/answer-values'
import type { Framework, Question } from '../../content/schema'
import type { Answer, AnswerValue } from '../core/assessment'
import { maxPointsOf, optionsOf } from '../core/question-model'
import type { AnswerStatus } from '../core/result'

/** Points an answer earns, or undefined when it earns none (not a valid answer for the question). */
export function pointsFor(question: Question, value: AnswerValue, framework: Framework): number | undefined {
  switch (question.kind) {
    case 'scale':
    case 'yes-partly-no':
      return optionsOf(question, framework).find((o) => o.value === value)?.points
    case 'multiple': {
      const chosen = Array.isArray(value) ? value : [value]
      const options = question.options.filter((o) => chosen.includes(o.value))
      if (options.length === 0) return undefined
      const sum = options.reduce((total, o) => total + o.points, 0)
      return Math.min(sum, maxPointsOf(question, framework))
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
      const reached = (question.thresholds ?? []).filter((t) => value >= t.atLeast)
      return Math.max(0, ...reached.map((t) => t.points))
    }
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? 0 : undefined
  }
}

/** The status of an answer: a real answer, "Don't know", "Not applicable" or none. */
export function statusOf(question: Question, answer: Answer | undefined, framework: Framework): AnswerStatus {
  if (!answer) return 'unanswered'
  if (answer.value === DONT_KNOW && question.dontKnow) return 'dont-know'
  if (answer.value === NOT_APPLICABLE && question.notApplicable) return 'not-applicable'
  return pointsFor(question, answer.value, framework) === undefined ? 'unanswered' : 'answered'
}

/** An answer in words, as the summary lists and the report show it. */
export function answerText(question: Question, answer: Answer | undefined, framework: Framework): string {
  const status = statusOf(question, answer, framework)
  if (status === 'unanswered' || !answer) return 'Not provided'
  if (status === 'dont-know') return "Don't know"
  if (status === 'not-applicable') return 'Not applicable'
  const value = answer.value
  if (question.kind === 'number') return `${value} ${question.unit}`
  if (question.kind === 'text') return String(value)
  const options = optionsOf(question, framework)
  const chosen = Array.isArray(value) ? value : [String(value)]
  return options
    .filter((o) => chosen.includes(o.value))
    .map((o) => o.label)
    .join('; ')
}
