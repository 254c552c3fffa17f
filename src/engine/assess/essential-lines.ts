/**
 * Statutory essentials judged on the law's lines: which answers mean met, partly met and not met,
 * and why. questions/SCORING.md sets out the lines for each essential and the research behind them.
 *
 * A question may carry its own `lines` in the content (first match wins; lines marked
 * `whenChangesPlanned` are tried first, and only, when changes are planned). Without them the
 * default lines apply:
 *
 * - "Don't know" or no answer: not known. "Don't know" is never reassurance.
 * - Scale questions: the top two levels ("In place" and "In place and reviewed") are met. Below that, some points is partly met, but
 *   not met when changes are planned: work that is only started (an assessment not current,
 *   an analysis that does not cover the option, options called open when budgets assume one)
 *   cannot support the decision being made. No points is not met.
 * - Yes / partly / no: yes is met, partly is partly met, no is not met.
 * - Multiple choice and numbers: at least 70% of the points is met, some points partly met,
 *   none not met.
 */
import { DONT_KNOW } from '../core/answer-values'
import type { EssentialLine, Framework, Question } from '../../content/schema'
import { optionsOf } from '../core/question-model'
import type { Assessment, AnswerValue } from '../core/assessment'
import type { AnswerStatus, EssentialStatus } from '../core/result'

/** The share of the maximum that counts as meeting an essential on a multiple-choice or number question. */
export const MET_SHARE_CHECKLIST = 0.7

/** Profile values of `changes-planned` that mean a decision about the service is coming. */
export const CHANGES_PLANNED = ['reductions', 'other-changes'] as const

export function changesPlanned(assessment: Assessment): boolean {
  const value = assessment.profile['changes-planned']
  return typeof value === 'string' && (CHANGES_PLANNED as readonly string[]).includes(value)
}

export const REASONS = {
  dontKnow: "Not known: the answer was \u201cDon't know\u201d. Find out before any decision; not knowing is no reassurance.",
  unanswered: 'Not known: this has not been answered yet.',
  met: 'Met: this is written down, agreed and happening now, which is what the guidance and the courts look for.',
  partly: 'Partly met: some of this is in place, but not enough to show the test is met in full.',
  startedWhenChanging:
    'Not met: a change is planned, and work that is only started or out of date cannot support that decision. It must be complete and current before the council decides.',
  notMet: 'Not met: this is not in place.',
} as const

function lineMatches(line: EssentialLine, value: AnswerValue | undefined, points: number): boolean {
  if (line.values) {
    const chosen = Array.isArray(value) ? value : [String(value)]
    return line.values.some((v) => chosen.includes(v))
  }
  if (line.atLeastPoints !== undefined) return points >= line.atLeastPoints
  return false
}

/** The line a visible essential sits on, and why. */
export function judgeEssential(
  question: Question,
  status: AnswerStatus,
  value: AnswerValue | undefined,
  points: number,
  max: number,
  planned: boolean,
  framework: Framework,
): { status: EssentialStatus; reason: string } {
  if (status === 'dont-know' || value === DONT_KNOW) return { status: 'unknown', reason: REASONS.dontKnow }
  if (status !== 'answered') return { status: 'unknown', reason: REASONS.unanswered }

  const own = question.lines
  if (own) {
    const ordered = [...own.filter((l) => l.whenChangesPlanned && planned), ...own.filter((l) => !l.whenChangesPlanned)]
    const line = ordered.find((l) => lineMatches(l, value, points))
    if (line) return { status: line.status, reason: line.reason }
  }

  const share = max > 0 ? points / max : 0
  switch (question.kind) {
    case 'scale': {
      // Met from the second-highest level up ("In place" on the maturity scale).
      const levels = optionsOf(question, framework)
        .map((o) => o.points)
        .sort((a, b) => b - a)
      const inPlace = levels.length >= 3 ? levels[1]! : max
      if (points >= inPlace && points > 0) return { status: 'met', reason: REASONS.met }
      if (points > 0) return planned ? { status: 'not-met', reason: REASONS.startedWhenChanging } : { status: 'partly-met', reason: REASONS.partly }
      return { status: 'not-met', reason: REASONS.notMet }
    }
    case 'yes-partly-no':
      if (share >= 1) return { status: 'met', reason: REASONS.met }
      return points > 0 ? { status: 'partly-met', reason: REASONS.partly } : { status: 'not-met', reason: REASONS.notMet }
    default:
      if (share >= MET_SHARE_CHECKLIST) return { status: 'met', reason: REASONS.met }
      return points > 0 ? { status: 'partly-met', reason: REASONS.partly } : { status: 'not-met', reason: REASONS.notMet }
  }
}
