/**
 * What a question page offers and checks: the choices it shows (with "Don't know" and "Not
 * applicable" where allowed) and the error when an answer is missing or not valid.
 */
import { DONT_KNOW, NOT_APPLICABLE } from '../core/answer-values'
import type { Content, Question } from '../../content/schema'
import type { AnswerValue } from '../core/assessment'
import { optionsOf } from '../core/question-model'

export type Choice = { value: string; text: string; hint?: string; exclusive?: boolean } | { divider: string }

export const DONT_KNOW_LABEL = "Don't know"
export const NOT_APPLICABLE_LABEL = 'Not applicable'

/** The choices for a choice question, ending with "or", then "Don't know" / "Not applicable". */
export function choicesFor(question: Question, content: Content): Choice[] {
  const options: Choice[] = optionsOf(question, content.framework).map((o) => ({
    value: o.value,
    text: o.label,
    ...(o.hint ? { hint: o.hint } : {}),
    ...(o.exclusive ? { exclusive: true } : {}),
  }))
  const extras: Choice[] = []
  if (question.notApplicable) extras.push({ value: NOT_APPLICABLE, text: NOT_APPLICABLE_LABEL, exclusive: true })
  if (question.dontKnow) extras.push({ value: DONT_KNOW, text: DONT_KNOW_LABEL, exclusive: true })
  return extras.length > 0 ? [...options, { divider: 'or' }, ...extras] : options
}

/** Turn typed number text into an answer value, or an error message. */
export function parseNumberAnswer(question: Question & { kind: 'number' }, text: string): { value: number } | { error: string } {
  const trimmed = text.trim().replace(/,/g, '')
  // Offer "Don't know" in the error only where the question offers it.
  if (trimmed === '') return { error: question.dontKnow ? `Enter a number, or select “${DONT_KNOW_LABEL}”` : 'Enter a number' }
  const n = Number(trimmed)
  if (!Number.isFinite(n)) return { error: `Enter a number, like 40` }
  if (n < question.min) return { error: `The number must be ${question.min} or more` }
  if (question.max !== undefined && n > question.max) return { error: `The number must be ${question.max} or less` }
  return { value: n }
}

/** The error for a missing answer, or null when the answer will do. Free text is optional. */
export function missingAnswerError(question: Question, value: AnswerValue | undefined): string | null {
  if (question.kind === 'text') return null
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  if (!empty) return null
  const extra = question.dontKnow ? `, or select “${DONT_KNOW_LABEL}”` : ''
  if (question.kind === 'multiple') return `Select all that apply${extra}`
  if (question.kind === 'number') return `Enter a number${extra}`
  return `Select an answer${extra}`
}
