/**
 * The room's agreed position, as a normal saved assessment marked "combined from N respondents".
 *
 * - Each question's agreed answer starts as the room's most common answer (see aggregate.ts)
 *   and the facilitator can change it, clear it, add a note and record dissent.
 * - The profile takes each field's most common value (numbers: the median), leaves out the
 *   respondent's own name and sets the role to "Workshop facilitator" where the content has it.
 * - Priorities are those chosen by at least half of the respondents, most chosen first, up to
 *   the framework's maximum.
 * - The file keeps how the room answered each question (the spread), so its report can show it
 *   without the workshop. Free-text answers longer than 300 characters are shortened there, and
 *   a question with more than 200 different answers has the least given folded into one
 *   "Other answers" count.
 */
import type { AnswerValue, Answer } from '../core/assessment'
import { DONT_KNOW, NOT_APPLICABLE } from '../core/answer-values'
import type { Content, Framework, Question } from '../../content/schema'
import { optionsOf } from '../core/question-model'
import { MAX_SPREAD_ANSWERS, MAX_SPREAD_LABEL, newSavedAssessment, type QuestionSpread, type SavedAssessment } from '../files/saved-file'
import { DISAGREEMENT_LABELS, median, sortRespondents, type AnswerCount, type Respondent, type WorkshopAggregate } from './aggregate'
import { allQuestions, answerText, statusOf } from '../assess/scoring'

/** Profile fields about the person, not the council. */
export const RESPONDENT_NAME_FIELD = 'respondent-name'
export const RESPONDENT_ROLE_FIELD = 'respondent-role'
export const FACILITATOR_ROLE = 'facilitator'

/** What the facilitator has changed. Questions not listed keep the most common answer. */
export interface ConsensusDecisions {
  /** The agreed answer where the facilitator changed it; null means "no agreed answer". */
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
  /** True when the facilitator chose it rather than it being the most common answer. */
  changed: boolean
  note: string
  dissent: string
}

/** A choice the facilitator can pick as the agreed answer. */
export interface AnswerChoice {
  value: string
  label: string
  /** Picking it clears the other choices of a multiple-choice question. */
  exclusive?: boolean
}

/**
 * The answers a question offers, for the agreed-answer form: its options, then "Don't know" and
 * "Not applicable" where the question allows them. Number and text questions have none.
 */
export function answerChoices(question: Question, framework: Framework): AnswerChoice[] {
  if (question.kind === 'number' || question.kind === 'text') return []
  const choices: AnswerChoice[] = optionsOf(question, framework).map((o) => (o.exclusive ? { value: o.value, label: o.label, exclusive: true } : { value: o.value, label: o.label }))
  if (question.dontKnow) choices.push({ value: DONT_KNOW, label: "Don't know", exclusive: true })
  if (question.notApplicable) choices.push({ value: NOT_APPLICABLE, label: 'Not applicable', exclusive: true })
  return choices
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

/** The agreed answer for every question, in assessment order. */
export function agreedAnswers(aggregate: WorkshopAggregate, decisions: ConsensusDecisions): AgreedAnswer[] {
  return aggregate.questions.map((q) => {
    // `in` first: reactive stores see that read, and Object.hasOwn keeps out inherited names.
    const changed = q.id in decisions.agreed && Object.hasOwn(decisions.agreed, q.id)
    return {
      questionId: q.id,
      value: changed ? (decisions.agreed[q.id] ?? null) : q.mostCommon,
      changed,
      note: decisions.notes[q.id] ?? '',
      dissent: decisions.dissent[q.id] ?? '',
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
    const order = optionIndex ? (a: string | number, b: string | number) => (optionIndex.get(String(a)) ?? 999) - (optionIndex.get(String(b)) ?? 999) || byText(a, b) : byText
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

/** The longest free-text answer a spread keeps; longer ones end in "…". */
export const MAX_SPREAD_TEXT = 300

// Cut between whole characters, never through an emoji, and mark the cut with "…".
function shortLabel(label: string, max: number): string {
  if (label.length <= max) return label
  let out = ''
  for (const ch of label) {
    if (out.length + ch.length > max - 1) break
    out += ch
  }
  return `${out.trimEnd()}…`
}

function spreadAnswers(given: readonly AnswerCount[], kind: Question['kind']): QuestionSpread['answers'] {
  const max = kind === 'text' ? MAX_SPREAD_TEXT : MAX_SPREAD_LABEL
  const answers = given.filter((s) => s.count > 0).map((s) => ({ label: shortLabel(s.label, max), count: s.count }))
  if (answers.length <= MAX_SPREAD_ANSWERS) return answers
  // The most given answers stay, in spread order; the rest are folded into one count.
  const byCount = [...answers].sort((a, b) => b.count - a.count)
  const kept = new Set(byCount.slice(0, MAX_SPREAD_ANSWERS - 1))
  const other = byCount.slice(MAX_SPREAD_ANSWERS - 1).reduce((sum, a) => sum + a.count, 0)
  return [...answers.filter((a) => kept.has(a)), { label: 'Other answers', count: other }]
}

/**
 * How the room answered, as the combined file keeps it: for each question at least one
 * respondent answered, the answers given with their counts (in the question's option order),
 * how many were asked but did not answer, how many it did not apply to, and how far the room
 * disagreed.
 */
export function roomSpread(aggregate: WorkshopAggregate): Record<string, QuestionSpread> {
  const spread: Record<string, QuestionSpread> = {}
  for (const q of aggregate.questions) {
    if (q.answered === 0) continue
    const answers = spreadAnswers(q.spread, q.kind)
    spread[q.id] = q.level ? { answers, notAnswered: q.notAnswered, notAsked: q.notAsked, disagreement: q.level } : { answers, notAnswered: q.notAnswered, notAsked: q.notAsked }
  }
  return spread
}

/**
 * The agreed position as a saved assessment, marked `combined: { respondents, dissent, spread }`.
 * A question with a note but no agreed answer keeps the note with an empty answer, which the
 * engine reads as "not answered". `now` is an ISO date-time passed in by the caller. Needs at
 * least one respondent: a file "combined from 0 respondents" would not read back.
 */
export function buildCombinedAssessment(content: Content, respondents: readonly Respondent[], aggregate: WorkshopAggregate, decisions: ConsensusDecisions, now: string): SavedAssessment {
  const answers: Record<string, Answer> = {}
  const dissent: Record<string, string> = {}
  for (const agreed of agreedAnswers(aggregate, decisions)) {
    const note = agreed.note.trim()
    if (agreed.value !== null) answers[agreed.questionId] = note ? { value: agreed.value, note } : { value: agreed.value }
    else if (note) answers[agreed.questionId] = { value: '', note }
    if (agreed.dissent.trim()) dissent[agreed.questionId] = agreed.dissent.trim()
  }
  const { profile, priorities } = combinedProfile(content, respondents)
  return {
    ...newSavedAssessment(content, now),
    assessment: { profile, priorities, answers },
    completedThemes: content.themes.map((t) => t.id),
    combined: { respondents: respondents.length, dissent, spread: roomSpread(aggregate) },
  }
}

/** "Combined from 5 respondents", for every renderer. */
export function combinedLabel(file: Pick<SavedAssessment, 'combined'>): string | null {
  const n = file.combined?.respondents
  if (n === undefined) return null
  return `Combined from ${n} ${n === 1 ? 'respondent' : 'respondents'}`
}

/** One row of the report's appendix: how the room answered a question, and what it agreed. */
export interface SpreadRow {
  questionId: string
  themeId: string
  themeTitle: string
  short: string
  /**
   * The answers given with how many gave each, in the question's option order, then how many
   * were asked but did not answer ("Not answered") and how many it did not apply to ("Not asked").
   */
  spread: { label: string; count: number }[]
  /** Such as "Strong disagreement", or "Not scored" for free text. */
  disagreement: string
  agreed: string
  note: string
  dissent: string
}

/**
 * The appendix of a combined assessment's report, read from the file alone: for every question
 * the room answered, in assessment order, the spread of answers, the disagreement, the agreed
 * answer (the file's answer) with its note, and any dissent. Empty for a file that is not
 * combined or was combined before the spread was kept. Questions the content no longer has are
 * left out, as in the rest of the report.
 */
export function spreadAppendix(content: Content, file: Pick<SavedAssessment, 'assessment' | 'combined'>): SpreadRow[] {
  const spread = file.combined?.spread
  if (!spread) return []
  const dissent = file.combined?.dissent ?? {}
  const own = <T>(record: Record<string, T>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined)
  const themeTitles = new Map(content.themes.map((t) => [t.id, t.title]))
  return allQuestions(content).flatMap(({ question, themeId }): SpreadRow[] => {
    const room = own(spread, question.id)
    if (!room) return []
    const answer = own(file.assessment.answers, question.id)
    return [
      {
        questionId: question.id,
        themeId,
        themeTitle: themeTitles.get(themeId) ?? themeId,
        short: question.short,
        spread: [
          ...room.answers.map((a) => ({ ...a })),
          ...(room.notAnswered > 0 ? [{ label: 'Not answered', count: room.notAnswered }] : []),
          ...(room.notAsked > 0 ? [{ label: 'Not asked', count: room.notAsked }] : []),
        ],
        disagreement: room.disagreement ? DISAGREEMENT_LABELS[room.disagreement] : 'Not scored',
        agreed: statusOf(question, answer, content.framework) === 'unanswered' ? 'No agreed answer' : answerText(question, answer, content.framework),
        note: answer?.note?.trim() ?? '',
        dissent: own(dissent, question.id)?.trim() ?? '',
      },
    ]
  })
}
