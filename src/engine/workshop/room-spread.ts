/**
 * How the room answered, kept in the combined file so its report (and slides) can show it
 * without the workshop: for each question at least one respondent answered, the answers given
 * with their counts, how many gave no answer, how many were not asked, and how far the room
 * disagreed. Free-text answers longer than 300 characters are shortened there, and a question
 * with more than 200 different answers has the least given folded into one "Other answers" count.
 *
 * Also the report appendix rows read back from such a file (`spreadAppendix`).
 */
import type { Content, Question } from '../../content/schema'
import { MAX_SPREAD_ANSWERS, MAX_SPREAD_LABEL, type QuestionSpread, type SavedAssessment } from '../files/saved-file'
import type { AnswerCount, WorkshopAggregate } from './aggregate'
import { DISAGREEMENT_LABELS } from './disagreement'
import { answerText, statusOf } from '../assess/answer-points'
import { allQuestions } from '../assess/question-results'

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
    spread[q.id] = q.level
      ? { answers, notAnswered: q.notAnswered, notAsked: q.notAsked, disagreement: q.level }
      : { answers, notAnswered: q.notAnswered, notAsked: q.notAsked }
  }
  return spread
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
