/**
 * What-if: try another answer and see what changes, before keeping or discarding it.
 */
import type { Assessment, AnswerValue } from '../core/assessment'
import type { Result } from '../core/result'

/** A copy of the assessment with one answer changed (or removed when value is undefined). */
export function withAnswer(assessment: Assessment, questionId: string, value: AnswerValue | undefined): Assessment {
  const answers = { ...assessment.answers }
  if (value === undefined) delete answers[questionId]
  else answers[questionId] = { ...answers[questionId], value }
  return { ...assessment, answers }
}

export interface ResultChange {
  themes: { id: string; title: string; before: string; after: string; scoreBefore: number | null; scoreAfter: number | null }[]
  flagsRaised: { id: string; title: string }[]
  flagsCleared: { id: string; title: string }[]
  caseStudiesIn: string[]
  caseStudiesOut: string[]
  modelsIn: string[]
  modelsOut: string[]
  overall: { before: string; after: string }
}

function level(band: { rag: string; name: string } | null): string {
  return band ? `${band.rag} (${band.name})` : 'No score'
}

const TOP_CASE_STUDIES = 6

/** What differs between two results: levels and scores, flags, and the top recommendations. */
export function diffResults(before: Result, after: Result): ResultChange {
  const themes = after.themes
    .map((t) => {
      const old = before.themes.find((b) => b.id === t.id)
      return { id: t.id, title: t.title, before: level(old?.band ?? null), after: level(t.band), scoreBefore: old?.score ?? null, scoreAfter: t.score }
    })
    .filter((t) => t.before !== t.after || t.scoreBefore !== t.scoreAfter)
  const ids = (r: Result) => new Set(r.flags.map((f) => f.id))
  const top = (r: Result) => r.recommendations.caseStudies.slice(0, TOP_CASE_STUDIES).map((c) => c.id)
  const models = (r: Result) => r.recommendations.governanceModels.map((m) => m.id)
  const minus = (a: string[], b: string[]) => a.filter((x) => !b.includes(x))
  return {
    themes,
    flagsRaised: after.flags.filter((f) => !ids(before).has(f.id)).map((f) => ({ id: f.id, title: f.title })),
    flagsCleared: before.flags.filter((f) => !ids(after).has(f.id)).map((f) => ({ id: f.id, title: f.title })),
    caseStudiesIn: minus(top(after), top(before)),
    caseStudiesOut: minus(top(before), top(after)),
    modelsIn: minus(models(after), models(before)),
    modelsOut: minus(models(before), models(after)),
    overall: { before: level(before.overall.band), after: level(after.overall.band) },
  }
}

/** Whether anything a reader would notice changed. */
export function hasChanges(change: ResultChange): boolean {
  return (
    change.themes.length + change.flagsRaised.length + change.flagsCleared.length + change.caseStudiesIn.length + change.caseStudiesOut.length + change.modelsIn.length + change.modelsOut.length > 0 ||
    change.overall.before !== change.overall.after
  )
}
