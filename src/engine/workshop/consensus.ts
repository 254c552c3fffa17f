/**
 * The room's agreed position, as a normal saved assessment marked "combined from N respondents".
 *
 * - Each question's agreed answer starts as the room's most common answer (see aggregate.ts)
 *   and the facilitator can change it, clear it, add a note and record dissent.
 * - A question is **agreed** when everyone gave the same answer, or when the facilitator has
 *   recorded the agreed answer (even if it is the most common one). Every other question is
 *   "not yet agreed": the workshop page can show just those.
 * - The profile takes each field's most common value (numbers: the median), leaves out the
 *   respondent's own name and sets the role to "Workshop facilitator" where the content has it.
 * - Priorities are those chosen by at least half of the respondents, most chosen first, up to
 *   the framework's maximum.
 * - The file keeps how the room answered each question (room-spread.ts), so its report and
 *   slides can show it without the workshop.
 */
import type { AnswerValue, Answer, Assessment } from '../core/assessment'
import type { Content } from '../../content/schema'
import { newSavedAssessment, type SavedAssessment } from '../files/saved-file'
import { median, sortRespondents } from './aggregate'
import type { Respondent, WorkshopAggregate } from './workshop-model'
import { roomSpread } from './room-spread'

// Kept here too so older imports keep working: the form helpers, labels and the room's spread
// now live in their own files.
export { answerChoices, multipleChoiceValue, numberValue, type AnswerChoice } from './answer-form'
export { combinedLabel } from './words'
export { MAX_SPREAD_TEXT, roomSpread, spreadAppendix, type SpreadRow } from './room-spread'

import { FACILITATOR_ROLE, RESPONDENT_NAME_FIELD, RESPONDENT_ROLE_FIELD } from './profile-fields'

export { FACILITATOR_ROLE, RESPONDENT_NAME_FIELD, RESPONDENT_ROLE_FIELD } from './profile-fields'

/** What the facilitator has recorded. Questions not listed keep the most common answer. */
export interface ConsensusDecisions {
  /** The agreed answer where the facilitator recorded it; null means "no agreed answer". */
  agreed: Record<string, AnswerValue | null>
  notes: Record<string, string>
  dissent: Record<string, string>
}

export function emptyDecisions(): ConsensusDecisions {
  return { agreed: {}, notes: {}, dissent: {} }
}

export interface AgreedAnswer {
  questionId: string
  value: AnswerValue | null
  /** True when the facilitator recorded it rather than it being the most common answer. */
  changed: boolean
  /** True when everyone gave the same answer or the facilitator recorded one. */
  settled: boolean
  note: string
  dissent: string
}

const own = <T>(record: Record<string, T>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined)

/**
 * The agreed answer for every question, in assessment order. Reads `decisions` as plain data:
 * a store passes a new object when it changes, so nothing here depends on how it is tracked.
 */
export function agreedAnswers(aggregate: WorkshopAggregate, decisions: ConsensusDecisions): AgreedAnswer[] {
  return aggregate.questions.map((q) => {
    const changed = Object.hasOwn(decisions.agreed, q.id)
    return {
      questionId: q.id,
      value: changed ? (decisions.agreed[q.id] ?? null) : q.mostCommon,
      changed,
      settled: changed || (q.answered > 0 && q.level === 'agree'),
      note: own(decisions.notes, q.id) ?? '',
      dissent: own(decisions.dissent, q.id) ?? '',
    }
  })
}

function mostCommon<T extends string | number>(values: T[], order: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts.entries()].sort(([a, ca], [b, cb]) => cb - ca || order(a, b))[0]?.[0]
}

const byText = (a: string | number, b: string | number) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)

/** The combined profile and priorities (rules at the top of this file). */
export function combinedProfile(content: Content, respondents: readonly Respondent[]): { profile: Record<string, string | number>; priorities: string[] } {
  const ordered = sortRespondents(respondents)
  const profile: Record<string, string | number> = {}
  for (const field of content.profile) {
    if (field.id === RESPONDENT_NAME_FIELD) continue
    if (field.id === RESPONDENT_ROLE_FIELD && field.kind === 'choice' && field.options.some((o) => o.value === FACILITATOR_ROLE)) {
      profile[field.id] = FACILITATOR_ROLE
      continue
    }
    const values = ordered.flatMap((r) => {
      const v = r.file.assessment.profile[field.id]
      return v === undefined || v === '' ? [] : [v]
    })
    if (values.length === 0) continue
    if (field.kind === 'number') {
      const mid = median(values.filter((v): v is number => typeof v === 'number'))
      if (mid !== null) profile[field.id] = Math.round(mid)
      continue
    }
    const optionIndex = field.kind === 'choice' ? new Map(field.options.map((o, i) => [o.value, i])) : null
    const order = optionIndex
      ? (a: string | number, b: string | number) => (optionIndex.get(String(a)) ?? 999) - (optionIndex.get(String(b)) ?? 999) || byText(a, b)
      : byText
    const value = mostCommon(values, order)
    if (value !== undefined) profile[field.id] = value
  }

  const chosen = new Map<string, number>()
  for (const r of ordered) for (const p of new Set(r.file.assessment.priorities)) chosen.set(p, (chosen.get(p) ?? 0) + 1)
  const position = new Map(content.priorities.map((p, i) => [p.id, i]))
  const priorities = [...chosen.entries()]
    .filter(([, count]) => count * 2 >= ordered.length)
    .sort(([a, ca], [b, cb]) => cb - ca || (position.get(a) ?? 999) - (position.get(b) ?? 999) || byText(a, b))
    .slice(0, content.framework.maxPriorities)
    .map(([id]) => id)
  return { profile, priorities }
}

/**
 * The agreed answers, notes, profile and priorities as an assessment (without the file around
 * it): what the combined file holds, and what its legal position is worked out from.
 */
export function agreedAssessment(
  content: Content,
  respondents: readonly Respondent[],
  aggregate: WorkshopAggregate,
  decisions: ConsensusDecisions,
): { assessment: Assessment; dissent: Record<string, string> } {
  const answers: Record<string, Answer> = {}
  const dissent: Record<string, string> = {}
  for (const agreed of agreedAnswers(aggregate, decisions)) {
    const note = agreed.note.trim()
    if (agreed.value !== null) answers[agreed.questionId] = note ? { value: agreed.value, note } : { value: agreed.value }
    else if (note) answers[agreed.questionId] = { value: '', note }
    if (agreed.dissent.trim()) dissent[agreed.questionId] = agreed.dissent.trim()
  }
  const { profile, priorities } = combinedProfile(content, respondents)
  return { assessment: { profile, priorities, answers }, dissent }
}

/**
 * The agreed position as a saved assessment, marked `combined: { respondents, dissent, spread }`.
 * A question with a note but no agreed answer keeps the note with an empty answer, which the
 * engine reads as "not answered". `now` is an ISO date-time passed in by the caller. Needs at
 * least one respondent: a file "combined from 0 respondents" would not read back.
 */
export function buildCombinedAssessment(
  content: Content,
  respondents: readonly Respondent[],
  aggregate: WorkshopAggregate,
  decisions: ConsensusDecisions,
  now: string,
): SavedAssessment {
  const { assessment, dissent } = agreedAssessment(content, respondents, aggregate, decisions)
  return {
    ...newSavedAssessment(content, now),
    assessment,
    completedThemes: content.themes.map((t) => t.id),
    combined: { respondents: respondents.length, dissent, spread: roomSpread(aggregate) },
  }
}
