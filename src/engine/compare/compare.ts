/**
 * This assessment against an earlier one (last year's, say): each theme's change in score and
 * band, and every answer that is different. Both Results come from the same content: an earlier
 * file is migrated to today's question ids when it is read.
 */
import type { BandResult, Result, ThemeResult } from '../core/result'

export type Direction = 'up' | 'down' | 'same' | 'new-score' | 'no-score'

export interface ScoreChange {
  id: string
  title: string
  before: { score: number | null; band: BandResult | null }
  after: { score: number | null; band: BandResult | null }
  /** after − before, or null when either has no score. */
  change: number | null
  direction: Direction
  bandChanged: boolean
  /** The change in words, such as "Up 12 points, from Amber to Green". */
  summary: string
}

export interface AnswerDifference {
  questionId: string
  themeId: string
  short: string
  before: string
  after: string
  /** Change in points where both answers count, otherwise null. */
  pointsChange: number | null
}

export interface Comparison {
  overall: ScoreChange
  themes: ScoreChange[]
  /** In assessment order. */
  answers: AnswerDifference[]
  /** Questions asked in either assessment whose answer is the same. */
  unchanged: number
}

function plural(n: number): string {
  return `${n} ${n === 1 ? 'point' : 'points'}`
}

function changeOf(id: string, title: string, before: { score: number | null; band: BandResult | null }, after: { score: number | null; band: BandResult | null }): ScoreChange {
  const bandChanged = (before.band?.id ?? null) !== (after.band?.id ?? null)
  const bandWords = bandChanged && before.band && after.band ? `, from ${before.band.rag} (${before.band.name}) to ${after.band.rag} (${after.band.name})` : ''
  let direction: Direction
  let change: number | null = null
  let summary: string
  if (before.score === null && after.score === null) {
    direction = 'same'
    summary = 'No score in either assessment'
  } else if (before.score === null) {
    direction = 'new-score'
    summary = `New score: ${after.score}`
  } else if (after.score === null) {
    direction = 'no-score'
    summary = `No score now (was ${before.score})`
  } else {
    change = after.score - before.score
    direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same'
    summary = change === 0 ? `No change in score${bandWords}` : `${change > 0 ? 'Up' : 'Down'} ${plural(Math.abs(change))}${bandWords}`
  }
  return { id, title, before, after, change, direction, bandChanged, summary }
}

const levelOf = (t: ThemeResult | undefined) => ({ score: t?.score ?? null, band: t?.band ?? null })

/**
 * Compare `current` with `earlier`. Themes follow the current content's order; a question shown
 * in only one assessment counts as "Not asked" in the other.
 */
export function compareResults(current: Result, earlier: Result): Comparison {
  const earlierThemes = new Map(earlier.themes.map((t) => [t.id, t]))
  const themes = current.themes.map((t) => changeOf(t.id, t.title, levelOf(earlierThemes.get(t.id)), levelOf(t)))
  const overall = changeOf('overall', 'Overall', { score: earlier.overall.score, band: earlier.overall.band }, { score: current.overall.score, band: current.overall.band })

  const earlierQuestions = new Map(earlier.questions.map((q) => [q.id, q]))
  const answers: AnswerDifference[] = []
  let unchanged = 0
  for (const now of current.questions) {
    const then = earlierQuestions.get(now.id)
    const before = then?.visible ? then.answerText : 'Not asked'
    const after = now.visible ? now.answerText : 'Not asked'
    if (!now.visible && !then?.visible) continue
    if (before === after) {
      unchanged++
      continue
    }
    const bothCount = now.counted && then?.counted === true && now.status === 'answered' && then.status === 'answered' && now.max > 0
    answers.push({ questionId: now.id, themeId: now.themeId, short: now.short, before, after, pointsChange: bothCount ? now.points - then.points : null })
  }
  return { overall, themes, answers, unchanged }
}
