/**
 * A workshop: several people's assessments of the same council, side by side.
 *
 * - **Per theme**: each respondent's score and band, the median score and the range (lowest to
 *   highest). The median's band is the band that score reaches; it is not held back by
 *   essentials, because it is not one council's set of answers.
 * - **Per question**: how many people gave each answer (the spread), and a disagreement score.
 * - **Disagreement** is the average difference between every pair of respondents who answered
 *   the question, from 0 (everyone gave the same answer) to 1 (the room is split between the
 *   lowest and the highest answer). Two answers differ by the gap between their points as a share
 *   of the question's maximum; answers without points ("Don't know", "Not applicable", choices
 *   that score nothing) differ by 1 when they are different answers. Unscored numbers differ by
 *   their difference as a share of the larger; unscored multiple choices by the share of chosen
 *   options they do not have in common. Free-text questions have no disagreement score.
 * - Questions are discussed in order of disagreement, highest first; ties go to the larger points
 *   range, then to the order of the assessment.
 * - The **most common answer** pre-fills the agreed answer. On a tie a real answer wins over
 *   "Don't know" and "Not applicable", then the answer with fewer points (the cautious choice),
 *   then the one that comes first in the question's options.
 *
 * Respondents are put in order by name (then id) first, so the order in which files were added
 * never changes the result.
 */
import { DONT_KNOW, NOT_APPLICABLE } from '../core/answer-values'
import type { Content, Question } from '../../content/schema'
import type { AnswerValue, Assessment } from '../core/assessment'
import type { BandResult, QuestionResult } from '../core/result'
import type { SavedAssessment } from '../files/saved-file'
import type { DisagreementLevel } from '../files/format'
import { isScored, maxPointsOf, optionsOf } from '../core/question-model'
import { allQuestions, answerText, bandFor, overallScore, pointsFor, questionResults, scoreTheme, essentialsOf } from '../assess/scoring'

/** One person's assessment, as added to the workshop. */
export interface Respondent {
  /** Unique within the workshop. */
  id: string
  /** The person's name from their profile, or the file name. */
  name: string
  file: SavedAssessment
}

export interface RespondentLevel {
  respondentId: string
  score: number | null
  band: BandResult | null
}

export interface RangeSummary {
  /** The median score, or null when nobody has a score. May end in .5 with an even count. */
  median: number | null
  medianBand: BandResult | null
  min: number | null
  max: number | null
  /** max − min. */
  range: number | null
  /** How many respondents have a score. */
  scored: number
}

export interface ThemeAggregate extends RangeSummary {
  id: string
  title: string
  /** One per respondent, in respondent order. */
  levels: RespondentLevel[]
}

export type AnswerKind = 'answer' | 'dont-know' | 'not-applicable'

/** How many respondents gave one answer. */
export interface AnswerCount {
  /** A canonical key for the answer, the same for equal answers. */
  key: string
  kind: AnswerKind
  value: AnswerValue
  label: string
  count: number
  /** Percentage of the respondents who answered the question, rounded. */
  percent: number
  /** Who gave it, in respondent order. */
  respondentIds: string[]
}

export type { DisagreementLevel } from '../files/format'

export interface QuestionAggregate {
  id: string
  themeId: string
  themeTitle: string
  short: string
  prompt: string
  kind: Question['kind']
  /** Position in the assessment, from 0. */
  position: number
  spread: AnswerCount[]
  /** Respondents who answered (including "Don't know" and "Not applicable"). */
  answered: number
  /** Respondents who were asked but gave no answer. */
  notAnswered: number
  /** Respondents for whom the question did not apply (hidden by their profile or priorities). */
  notAsked: number
  /** 0 to 1, or null for free-text questions. */
  disagreement: number | null
  level: DisagreementLevel | null
  /** Highest minus lowest points as a share of the maximum (0 to 1), or null when unscored. */
  pointsRange: number | null
  /** The most common answer, or null when nobody answered. */
  mostCommon: AnswerValue | null
}

export interface UnknownAnswers {
  questionId: string
  respondentIds: string[]
}

export interface WorkshopAggregate {
  /** In the order used everywhere in the workshop: by name, then id. */
  respondents: { id: string; name: string }[]
  overall: RangeSummary & { levels: RespondentLevel[] }
  themes: ThemeAggregate[]
  /** In assessment order. */
  questions: QuestionAggregate[]
  /** Question ids, most disagreement first. */
  byDisagreement: string[]
  /** Answers to questions this content does not have: kept in the files, listed here. */
  unknownAnswers: UnknownAnswers[]
}

/** Respondents in workshop order: by name, then id. */
export function sortRespondents<T extends { id: string; name: string }>(respondents: readonly T[]): T[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return [...respondents].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id))
}

/** The median of some numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function summarise(levels: RespondentLevel[], content: Content): RangeSummary {
  const scores = levels.flatMap((l) => (l.score === null ? [] : [l.score]))
  const mid = median(scores)
  const min = scores.length ? Math.min(...scores) : null
  const max = scores.length ? Math.max(...scores) : null
  const band = mid === null ? null : bandFor(Math.round(mid), content.framework.bands)
  return {
    median: mid,
    medianBand: band ? { id: band.id, name: band.name, rag: band.rag, min: band.min } : null,
    min,
    max,
    range: min === null || max === null ? null : max - min,
    scored: scores.length,
  }
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

interface Given {
  respondentId: string
  value: AnswerValue
  kind: AnswerKind
  points: number | undefined
}

function kindOf(q: QuestionResult): AnswerKind | null {
  if (q.status === 'dont-know') return 'dont-know'
  if (q.status === 'not-applicable') return 'not-applicable'
  return q.status === 'answered' ? 'answer' : null
}

function distance(question: Question, content: Content, a: AnswerCount, b: AnswerCount): number {
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

const rankOf = (c: AnswerCount) => (c.kind === 'answer' ? 0 : c.kind === 'dont-know' ? 1 : 2)

// Spread order: answers in the question's own option order (other answers by points, lowest
// first, then by value); then "Don't know", then "Not applicable".
function spreadOrder(question: Question, content: Content): (a: AnswerCount, b: AnswerCount) => number {
  const optionIndex = new Map(optionsOf(question, content.framework).map((o, i) => [o.value, i]))
  const points = (c: AnswerCount) => (c.kind === 'answer' ? (pointsFor(question, c.value, content.framework) ?? 0) : 0)
  const index = (c: AnswerCount) => (typeof c.value === 'string' ? (optionIndex.get(c.value) ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER)
  return (a, b) => {
    const byRank = rankOf(a) - rankOf(b)
    if (byRank !== 0) return byRank
    const byIndex = index(a) - index(b)
    if (byIndex !== 0) return byIndex
    const byPoints = points(a) - points(b)
    if (byPoints !== 0) return byPoints
    if (typeof a.value === 'number' && typeof b.value === 'number') return a.value - b.value
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
  }
}

// The most common answer; on a tie a real answer before "Don't know" and "Not applicable", then
// the fewest points (the cautious choice), then spread order.
function mostCommonOf(present: AnswerCount[], question: Question, content: Content): AnswerCount | null {
  const points = (c: AnswerCount) => (c.kind === 'answer' ? (pointsFor(question, c.value, content.framework) ?? 0) : 0)
  let best: AnswerCount | null = null
  for (const c of present) {
    if (best === null || c.count > best.count) best = c
    else if (c.count === best.count && (rankOf(c) - rankOf(best) || points(c) - points(best)) < 0) best = c
  }
  return best
}

function aggregateQuestion(question: Question, themeId: string, themeTitle: string, position: number, content: Content, perRespondent: { id: string; assessment: Assessment; results: Map<string, QuestionResult> }[]): QuestionAggregate {
  const given: Given[] = []
  let notAnswered = 0
  let notAsked = 0
  for (const r of perRespondent) {
    const q = r.results.get(question.id)
    const answer = r.assessment.answers[question.id]
    if (!q || !q.visible) {
      notAsked++
      continue
    }
    const kind = kindOf(q)
    if (!kind || !answer) {
      notAnswered++
      continue
    }
    given.push({ respondentId: r.id, value: answer.value, kind, points: kind === 'answer' ? q.points : undefined })
  }
  const groups = new Map<string, AnswerCount>()
  const add = (key: string, kind: AnswerKind, value: AnswerValue) => {
    if (!groups.has(key)) groups.set(key, { key, kind, value, label: answerText(question, { value }, content.framework), count: 0, percent: 0, respondentIds: [] })
    return groups.get(key)!
  }
  // Choice questions list every option, so an answer nobody gave still shows as 0.
  if (question.kind === 'scale' || question.kind === 'yes-partly-no') {
    for (const o of optionsOf(question, content.framework)) add(answerKey(o.value), 'answer', o.value)
    if (question.dontKnow) add(answerKey(DONT_KNOW), 'dont-know', DONT_KNOW)
    if (question.notApplicable) add(answerKey(NOT_APPLICABLE), 'not-applicable', NOT_APPLICABLE)
  }
  for (const g of given) {
    const value = Array.isArray(g.value) ? [...g.value].sort() : g.value
    const group = add(answerKey(value), g.kind, value)
    group.count++
    group.respondentIds.push(g.respondentId)
  }
  const spread = [...groups.values()].sort(spreadOrder(question, content))
  for (const s of spread) s.percent = given.length === 0 ? 0 : Math.round((100 * s.count) / given.length)

  const present = spread.filter((s) => s.count > 0)
  let disagreement: number | null = null
  if (question.kind !== 'text') {
    const pairs = (given.length * (given.length - 1)) / 2
    let total = 0
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) total += present[i]!.count * present[j]!.count * distance(question, content, present[i]!, present[j]!)
    }
    disagreement = pairs === 0 ? 0 : Math.round((total / pairs) * 1000) / 1000
  }
  const max = maxPointsOf(question, content.framework)
  const points = given.flatMap((g) => (g.points === undefined ? [] : [g.points]))
  const pointsRange = isScored(question, content.framework) && points.length > 0 ? (Math.max(...points) - Math.min(...points)) / max : null
  const top = mostCommonOf(present, question, content)

  return {
    id: question.id,
    themeId,
    themeTitle,
    short: question.short,
    prompt: question.prompt,
    kind: question.kind,
    position,
    spread,
    answered: given.length,
    notAnswered,
    notAsked,
    disagreement,
    level: disagreement === null ? null : disagreementLevel(disagreement),
    pointsRange,
    mostCommon: top ? top.value : null,
  }
}

/** Questions in discussion order: most disagreement first (see the top of this file). */
export function orderByDisagreement(questions: readonly QuestionAggregate[]): string[] {
  const score = (q: QuestionAggregate) => (q.answered === 0 || q.disagreement === null ? -1 : q.disagreement)
  return [...questions]
    .sort((a, b) => score(b) - score(a) || (b.pointsRange ?? -1) - (a.pointsRange ?? -1) || a.position - b.position)
    .map((q) => q.id)
}

/**
 * Combine several assessments into the workshop view: per theme and overall, each respondent's
 * level, the median and the range; per question, the spread of answers, the disagreement and
 * the most common answer. Pure and deterministic, whatever the order of `respondents`.
 */
export function aggregate(content: Content, respondents: readonly Respondent[]): WorkshopAggregate {
  const ordered = sortRespondents(respondents)
  const known = new Set(allQuestions(content).map(({ question }) => question.id))
  const perRespondent = ordered.map((r) => {
    const questions = questionResults(content, r.file.assessment)
    const themes = content.themes.map((t) => scoreTheme(t.id, t.title, questions, content.framework.bands))
    const overall = overallScore(themes, content.framework.bands, essentialsOf(questions))
    return { id: r.id, assessment: r.file.assessment, results: new Map(questions.map((q) => [q.id, q])), themes, overall }
  })

  const themes: ThemeAggregate[] = content.themes.map((theme, index) => {
    const levels = perRespondent.map((r) => ({ respondentId: r.id, score: r.themes[index]!.score, band: r.themes[index]!.band }))
    return { id: theme.id, title: theme.title, levels, ...summarise(levels, content) }
  })
  const overallLevels = perRespondent.map((r) => ({ respondentId: r.id, score: r.overall.score, band: r.overall.band }))

  const themeTitles = new Map(content.themes.map((t) => [t.id, t.title]))
  const questions = allQuestions(content).map(({ question, themeId }, position) => aggregateQuestion(question, themeId, themeTitles.get(themeId) ?? themeId, position, content, perRespondent))

  const unknown = new Map<string, string[]>()
  for (const r of ordered) {
    for (const id of Object.keys(r.file.assessment.answers).sort()) {
      if (known.has(id)) continue
      unknown.set(id, [...(unknown.get(id) ?? []), r.id])
    }
  }

  return {
    respondents: ordered.map((r) => ({ id: r.id, name: r.name })),
    overall: { levels: overallLevels, ...summarise(overallLevels, content) },
    themes,
    questions,
    byDisagreement: orderByDisagreement(questions),
    unknownAnswers: [...unknown.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([questionId, respondentIds]) => ({ questionId, respondentIds })),
  }
}

/**
 * The names to show for the respondents, in workshop order: their own names, or "Respondent 1",
 * "Respondent 2" and so on when names are hidden.
 */
export function displayNames(respondents: readonly { id: string; name: string }[], hide: boolean): Map<string, string> {
  return new Map(respondents.map((r, i) => [r.id, hide ? `Respondent ${i + 1}` : r.name]))
}
