/**
 * One model of what differs between two Results of the same content, used by the comparison
 * with an earlier assessment (compare.ts) and by what-if (what-if.ts):
 *
 * - every theme's and the overall score and band before and after, with the change in words;
 * - every answer that differs, with the change in points where both count;
 * - the risks raised and cleared, and what changed in the top recommendations.
 *
 * A question shown in only one Result counts as "Not asked" in the other. Themes follow the
 * `after` Result's order.
 */
import type { BandResult, Result, ThemeResult } from '../core/result'

/** How many case studies count as "the top" for what changed in the recommendations. */
export const TOP_CASE_STUDIES = 6

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

export interface ResultDiff {
  overall: ScoreChange
  themes: ScoreChange[]
  /** In assessment order. */
  answers: AnswerDifference[]
  /** Questions asked in either assessment whose answer is the same. */
  unchanged: number
  flagsRaised: { id: string; title: string }[]
  flagsCleared: { id: string; title: string }[]
  /** Case studies that entered or left the top six. */
  caseStudiesIn: string[]
  caseStudiesOut: string[]
  /** Delivery models now suggested, and no longer suggested. */
  modelsIn: string[]
  modelsOut: string[]
}

function plural(n: number): string {
  return `${n} ${n === 1 ? 'point' : 'points'}`
}

function changeOf(
  id: string,
  title: string,
  before: { score: number | null; band: BandResult | null },
  after: { score: number | null; band: BandResult | null },
): ScoreChange {
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

/** A band in words: "Amber (Partly in place)", or "No score". */
export function levelText(band: { rag: string; name: string } | null): string {
  return band ? `${band.rag} (${band.name})` : 'No score'
}

function answerChanges(before: Result, after: Result): { answers: AnswerDifference[]; unchanged: number } {
  const earlierQuestions = new Map(before.questions.map((q) => [q.id, q]))
  const answers: AnswerDifference[] = []
  let unchanged = 0
  for (const now of after.questions) {
    const then = earlierQuestions.get(now.id)
    if (!now.visible && !then?.visible) continue
    const was = then?.visible ? then.answerText : 'Not asked'
    const is = now.visible ? now.answerText : 'Not asked'
    if (was === is) {
      unchanged++
      continue
    }
    const bothCount = now.counted && then?.counted === true && now.status === 'answered' && then.status === 'answered' && now.max > 0
    answers.push({
      questionId: now.id,
      themeId: now.themeId,
      short: now.short,
      before: was,
      after: is,
      pointsChange: bothCount ? now.points - then.points : null,
    })
  }
  return { answers, unchanged }
}

const minus = (a: string[], b: string[]) => a.filter((x) => !b.includes(x))

/** What differs between `before` and `after` (rules at the top of this file). */
export function resultDiff(before: Result, after: Result): ResultDiff {
  const beforeThemes = new Map(before.themes.map((t) => [t.id, t]))
  const flagIds = (r: Result) => new Set(r.flags.map((f) => f.id))
  const top = (r: Result) => r.recommendations.caseStudies.slice(0, TOP_CASE_STUDIES).map((c) => c.id)
  const models = (r: Result) => r.recommendations.governanceModels.map((m) => m.id)
  return {
    overall: changeOf(
      'overall',
      'Overall',
      { score: before.overall.score, band: before.overall.band },
      { score: after.overall.score, band: after.overall.band },
    ),
    themes: after.themes.map((t) => changeOf(t.id, t.title, levelOf(beforeThemes.get(t.id)), levelOf(t))),
    ...answerChanges(before, after),
    flagsRaised: after.flags.filter((f) => !flagIds(before).has(f.id)).map((f) => ({ id: f.id, title: f.title })),
    flagsCleared: before.flags.filter((f) => !flagIds(after).has(f.id)).map((f) => ({ id: f.id, title: f.title })),
    caseStudiesIn: minus(top(after), top(before)),
    caseStudiesOut: minus(top(before), top(after)),
    modelsIn: minus(models(after), models(before)),
    modelsOut: minus(models(before), models(after)),
  }
}

/** Whether anything a reader would notice differs. */
export function hasDifferences(diff: ResultDiff): boolean {
  const themeMoved = diff.themes.some((t) => t.change !== 0 || t.bandChanged || t.direction === 'new-score' || t.direction === 'no-score')
  const lists =
    diff.flagsRaised.length + diff.flagsCleared.length + diff.caseStudiesIn.length + diff.caseStudiesOut.length + diff.modelsIn.length + diff.modelsOut.length
  return themeMoved || lists > 0 || diff.overall.bandChanged
}
