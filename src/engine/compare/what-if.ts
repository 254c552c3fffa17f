/**
 * What-if: try another answer and see what changes, before keeping or discarding it. The
 * difference is the one model in result-diff.ts; `ResultChange` is the shape the results page's
 * what-if panel reads (only the themes that moved, levels in words), kept so it still compiles.
 */
import type { Assessment, AnswerValue } from '../core/assessment'
import type { Result } from '../core/result'
import { levelText, resultDiff, type ResultDiff } from './result-diff'

/** A copy of the assessment with one answer changed (or removed when value is undefined). */
export function withAnswer(assessment: Assessment, questionId: string, value: AnswerValue | undefined): Assessment {
  const answers = { ...assessment.answers }
  if (value === undefined) delete answers[questionId]
  else answers[questionId] = { ...answers[questionId], value }
  return { ...assessment, answers }
}

/** The flags, case studies and models as in the ResultDiff; themes and overall as words. */
export type ResultChange = Pick<ResultDiff, 'flagsRaised' | 'flagsCleared' | 'caseStudiesIn' | 'caseStudiesOut' | 'modelsIn' | 'modelsOut'> & {
  themes: { id: string; title: string; before: string; after: string; scoreBefore: number | null; scoreAfter: number | null }[]
  overall: { before: string; after: string }
}

/** The what-if view of a ResultDiff: the themes whose score or level moved, in words. */
export function toResultChange(diff: ResultDiff): ResultChange {
  const themes = diff.themes
    .map((t) => ({
      id: t.id,
      title: t.title,
      before: levelText(t.before.band),
      after: levelText(t.after.band),
      scoreBefore: t.before.score,
      scoreAfter: t.after.score,
    }))
    .filter((t) => t.before !== t.after || t.scoreBefore !== t.scoreAfter)
  const { flagsRaised, flagsCleared, caseStudiesIn, caseStudiesOut, modelsIn, modelsOut } = diff
  return {
    themes,
    flagsRaised,
    flagsCleared,
    caseStudiesIn,
    caseStudiesOut,
    modelsIn,
    modelsOut,
    overall: { before: levelText(diff.overall.before.band), after: levelText(diff.overall.after.band) },
  }
}

/** What differs between two results: levels and scores, flags, and the top recommendations. */
export function diffResults(before: Result, after: Result): ResultChange {
  return toResultChange(resultDiff(before, after))
}

/** Whether anything a reader would notice changed. */
export function hasChanges(change: ResultChange): boolean {
  return (
    change.themes.length +
      change.flagsRaised.length +
      change.flagsCleared.length +
      change.caseStudiesIn.length +
      change.caseStudiesOut.length +
      change.modelsIn.length +
      change.modelsOut.length >
      0 || change.overall.before !== change.overall.after
  )
}
