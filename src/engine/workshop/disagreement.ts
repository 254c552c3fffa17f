/**
 * How far a room disagrees on one question.
 *
 * - **Disagreement** is the average difference between every pair of respondents who answered
 *   the question, from 0 (everyone gave the same answer) to 1 (the room is split between the
 *   lowest and the highest answer). Two answers differ by the gap between their points as a share
 *   of the question's maximum; answers without points ("Don't know", "Not applicable", choices
 *   that score nothing) differ by 1 when they are different answers. Unscored numbers differ by
 *   their difference as a share of the larger; unscored multiple choices by the share of chosen
 *   options they do not have in common. Free-text questions have no disagreement score.
 * - The **level** puts the score in words: 0 is "agree", under 0.25 "close", under 0.5 "some",
 *   otherwise "strong".
 * - A **split on a statutory essential** is always a real disagreement, whatever the score: when
 *   some respondents' answers make an essential "not met" and others' make it met or partly met,
 *   the level is at least "strong", because the legal position turns on that line.
 */
import type { Content, Question } from '../../content/schema'
import type { AnswerValue } from '../core/assessment'
import type { EssentialStatus } from '../core/result'
import type { DisagreementLevel } from '../files/format'
import { isScored, maxPointsOf } from '../core/question-model'
import { pointsFor } from '../assess/answer-points'

export type { DisagreementLevel } from '../files/format'

/** What kind of answer a respondent gave. */
export type AnswerKind = 'answer' | 'dont-know' | 'not-applicable'

/** The least an answer needs for the distance between two answers. */
export interface ComparableAnswer {
  key: string
  kind: AnswerKind
  value: AnswerValue
}

/** An answer and how many gave it. */
export interface CountedAnswer extends ComparableAnswer {
  count: number
}

/** A key that is the same for equal answers: sets of choices are compared without order. */
export function answerKey(value: AnswerValue): string {
  if (Array.isArray(value)) return `m:${[...value].sort().join('|')}`
  return typeof value === 'number' ? `n:${value}` : `s:${value}`
}

/** Words for a disagreement score. */
export function disagreementLevel(score: number): DisagreementLevel {
  if (score === 0) return 'agree'
  if (score < 0.25) return 'close'
  if (score < 0.5) return 'some'
  return 'strong'
}

/** Words for each disagreement level, for every renderer. */
export const DISAGREEMENT_LABELS: Record<DisagreementLevel, string> = {
  agree: 'Everyone agrees',
  close: 'Close',
  some: 'Some disagreement',
  strong: 'Strong disagreement',
}

/** The label of a question whose answers fall either side of the met / not-met line. */
export const ESSENTIAL_SPLIT_LABEL = 'Real disagreement: met for some, not met for others'

/** How far apart two answers to one question are, from 0 to 1 (rules at the top of this file). */
export function answerDistance(question: Question, content: Content, a: ComparableAnswer, b: ComparableAnswer): number {
  if (a.key === b.key) return 0
  if (a.kind !== 'answer' || b.kind !== 'answer') return 1
  const max = maxPointsOf(question, content.framework)
  if (isScored(question, content.framework)) {
    const pa = pointsFor(question, a.value, content.framework) ?? 0
    const pb = pointsFor(question, b.value, content.framework) ?? 0
    return Math.abs(pa - pb) / max
  }
  if (question.kind === 'number' && typeof a.value === 'number' && typeof b.value === 'number') {
    const larger = Math.max(Math.abs(a.value), Math.abs(b.value))
    return larger === 0 ? 0 : Math.min(1, Math.abs(a.value - b.value) / larger)
  }
  if (question.kind === 'multiple') {
    const sa = new Set(Array.isArray(a.value) ? a.value : [a.value])
    const sb = new Set(Array.isArray(b.value) ? b.value : [b.value])
    const union = new Set([...sa, ...sb])
    const shared = [...sa].filter((v) => sb.has(v)).length
    return union.size === 0 ? 0 : 1 - shared / union.size
  }
  return 1
}

/**
 * The room's disagreement on a question: the average distance over every pair of respondents
 * who answered, rounded to 3 decimals. Null for free text.
 */
export function disagreementScore(question: Question, content: Content, present: readonly CountedAnswer[]): number | null {
  if (question.kind === 'text') return null
  const given = present.reduce((sum, c) => sum + c.count, 0)
  const pairs = (given * (given - 1)) / 2
  let total = 0
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) total += present[i]!.count * present[j]!.count * answerDistance(question, content, present[i]!, present[j]!)
  }
  return pairs === 0 ? 0 : Math.round((total / pairs) * 1000) / 1000
}

/**
 * Whether the respondents' answers to one essential fall either side of the not-met line: at
 * least one makes it "not met" and at least one makes it met or partly met. "Don't know" and no
 * answer are on neither side (they already count as a full difference in the score).
 */
export function crossesNotMetLine(statuses: readonly EssentialStatus[]): boolean {
  return statuses.includes('not-met') && (statuses.includes('met') || statuses.includes('partly-met'))
}

const ORDER: readonly DisagreementLevel[] = ['agree', 'close', 'some', 'strong']

/** The level shown for a question: its score's level, at least "strong" when it splits an essential. */
export function levelFor(score: number | null, essentialSplit: boolean): DisagreementLevel | null {
  if (score === null) return null
  const level = disagreementLevel(score)
  return essentialSplit && ORDER.indexOf(level) < ORDER.indexOf('strong') ? 'strong' : level
}
