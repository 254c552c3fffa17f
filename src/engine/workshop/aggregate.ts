/**
 * A workshop: several people's assessments of the same council, side by side.
 *
 * - **Per respondent**: each file is assessed on its own with `assess()`, the same judgement as
 *   the results page, so a respondent's scores, bands and essentials are exactly what they saw.
 * - **Per theme**: each respondent's score and band, the median score and the range (lowest to
 *   highest). The median's band is the band that score reaches; it is not held back by
 *   essentials, because it is not one council's set of answers.
 * - **Per question**: how many people gave each answer (the spread), and how far the room
 *   disagrees (disagreement.ts: the score, its level and the split on a statutory essential).
 * - Questions are discussed in order of disagreement, highest first; a split on an essential
 *   first among equals; then the larger points range, then the order of the assessment.
 * - The **most common answer** pre-fills the agreed answer. On a tie a real answer wins over
 *   "Don't know" and "Not applicable", then the answer with fewer points (the cautious choice),
 *   then the one that comes first in the question's options.
 *
 * Respondents are put in order by name (then id) first, so the order in which files were added
 * never changes the result.
 */
import type { Content } from '../../content/schema'
import { allQuestions } from '../assess/question-results'
import { bandFor } from '../assess/scoring'
import { aggregateQuestion, assessRespondent } from './question-aggregate'
import type { QuestionAggregate, RangeSummary, RespondentLevel, Respondent, ThemeAggregate, WorkshopAggregate } from './workshop-model'

export { answerKey, disagreementLevel, DISAGREEMENT_LABELS, type AnswerKind, type DisagreementLevel } from './disagreement'

export type * from './workshop-model'

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

/** Questions in discussion order: most disagreement first (see the top of this file). */
export function orderByDisagreement(questions: readonly QuestionAggregate[]): string[] {
  const score = (q: QuestionAggregate) => (q.answered === 0 || q.disagreement === null ? -1 : q.disagreement)
  const split = (q: QuestionAggregate) => (q.essentialSplit ? 1 : 0)
  return [...questions]
    .sort((a, b) => score(b) - score(a) || split(b) - split(a) || (b.pointsRange ?? -1) - (a.pointsRange ?? -1) || a.position - b.position)
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
  const perRespondent = ordered.map((r) => assessRespondent(content, r))

  const themes: ThemeAggregate[] = content.themes.map((theme, index) => {
    const levels = perRespondent.map((r) => ({ respondentId: r.id, score: r.themes[index]!.score, band: r.themes[index]!.band }))
    return { id: theme.id, title: theme.title, levels, ...summarise(levels, content) }
  })
  const overallLevels = perRespondent.map((r) => ({ respondentId: r.id, score: r.overall.score, band: r.overall.band }))

  const themeTitles = new Map(content.themes.map((t) => [t.id, t.title]))
  const questions = allQuestions(content).map(({ question, themeId }, position) =>
    aggregateQuestion(question, themeId, themeTitles.get(themeId) ?? themeId, position, content, perRespondent),
  )

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
    legal: perRespondent.map((r) => ({ respondentId: r.id, level: r.result.legal.level, label: r.result.legal.label })),
    themes,
    questions,
    byDisagreement: orderByDisagreement(questions),
    unknownAnswers: [...unknown.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([questionId, respondentIds]) => ({ questionId, respondentIds })),
  }
}

/**
 * The names to show for the respondents, in workshop order: their own names, or "Respondent 1",
 * "Respondent 2" and so on when names are hidden.
 */
export function displayNames(respondents: readonly { id: string; name: string }[], hide: boolean): Map<string, string> {
  return new Map(respondents.map((r, i) => [r.id, hide ? `Respondent ${i + 1}` : r.name]))
}
