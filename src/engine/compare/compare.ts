/**
 * This assessment against an earlier one (last year's, say): each theme's change in score and
 * band, and every answer that is different. Both Results come from the same content: an earlier
 * file is migrated to today's question ids when it is read. The model is result-diff.ts.
 */
import type { Result } from '../core/result'
import { resultDiff, type ResultDiff } from './result-diff'

export type { AnswerDifference, Direction, ScoreChange } from './result-diff'

/** The part of a ResultDiff the comparison page shows. */
export type Comparison = Pick<ResultDiff, 'overall' | 'themes' | 'answers' | 'unchanged'>

/**
 * Compare `current` with `earlier`. Themes follow the current content's order; a question shown
 * in only one assessment counts as "Not asked" in the other.
 */
export function compareResults(current: Result, earlier: Result): Comparison {
  const { overall, themes, answers, unchanged } = resultDiff(earlier, current)
  return { overall, themes, answers, unchanged }
}
