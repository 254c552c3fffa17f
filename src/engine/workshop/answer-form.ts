/**
 * The agreed-answer form of the workshop: which choices a question offers, and turning what the
 * facilitator ticked or typed into an answer value. The choices come from the question page's
 * own model (journey/question-form.ts), so both forms offer the same answers with the same words.
 */
import { DONT_KNOW, NOT_APPLICABLE } from '../core/answer-values'
import type { Content, Framework, Question } from '../../content/schema'
import type { AnswerValue } from '../core/assessment'
import { choicesFor } from '../journey/question-form'

/** A choice the facilitator can pick as the agreed answer. */
export interface AnswerChoice {
  value: string
  label: string
  /** Picking it clears the other choices of a multiple-choice question. */
  exclusive?: boolean
}

/**
 * The answers a question offers, for the agreed-answer form: its options, then "Not applicable"
 * and "Don't know" where the question allows them. Number and text questions offer only those
 * two (the number or text itself is typed).
 */
export function answerChoices(question: Question, framework: Framework): AnswerChoice[] {
  const all = choicesFor(question, { framework } as Pick<Content, 'framework'> as Content).flatMap((c): AnswerChoice[] =>
    'value' in c ? [c.exclusive ? { value: c.value, label: c.text, exclusive: true } : { value: c.value, label: c.text }] : [],
  )
  if (question.kind === 'number' || question.kind === 'text') return all.filter((c) => c.value === DONT_KNOW || c.value === NOT_APPLICABLE)
  return all
}

/**
 * The agreed answer for a multiple-choice question from the boxes ticked: "Don't know" and
 * "Not applicable" are single values, other choices a list, and nothing ticked is no answer.
 */
export function multipleChoiceValue(ticked: readonly string[]): AnswerValue | null {
  if (ticked.includes(DONT_KNOW)) return DONT_KNOW
  if (ticked.includes(NOT_APPLICABLE)) return NOT_APPLICABLE
  return ticked.length === 0 ? null : [...ticked]
}

/** The agreed answer for a number question from what was typed: null when blank or not a number. */
export function numberValue(typed: string): number | null {
  const trimmed = typed.trim().replace(/,/g, '')
  if (trimmed === '') return null
  const n = Number(trimmed)
  return Number.isFinite(n) ? n : null
}

/**
 * What the typing box of a number or text question shows for an agreed answer: the number or
 * the text, and nothing for "Don't know" or "Not applicable" (those are ticked, never typed),
 * so a code such as `dont-know` never appears in the box.
 */
export function typedText(value: AnswerValue | null): string {
  if (value === null || value === DONT_KNOW || value === NOT_APPLICABLE || Array.isArray(value)) return ''
  return String(value)
}
