/** The shape of a saved assessment: what localStorage holds and what "Download your answers" writes. */
import type { Assessment } from '../core/assessment'
import type { DisagreementLevel, FORMAT, FORMAT_VERSION } from './format'

export interface ActionRow {
  id: string
  action: string
  lead: string
  targetDate: string
  measure: string
  /** Where the row came from: a flag id, a theme id, or "user". */
  source: string
}

export interface SavedAssessment {
  format: typeof FORMAT
  formatVersion: typeof FORMAT_VERSION
  contentVersion: string
  createdAt: string
  updatedAt: string
  assessment: Assessment
  completedThemes: string[]
  actionPlan: ActionRow[]
  /**
   * Set once the action plan has been filled with suggestions, so a plan the user emptied stays
   * empty. Files saved before it existed have none; their empty plan gets suggestions.
   */
  actionPlanStarted?: true
  /** Set when the assessment is the agreed position of a workshop. */
  combined?: CombinedInfo
}

/** How the room answered one question, as the combined file keeps it for the report. */
export interface QuestionSpread {
  /** Each answer given, in the question's option order, with how many gave it (at least 1). */
  answers: { label: string; count: number }[]
  /** Respondents who were asked but gave no answer. */
  notAnswered: number
  /** Respondents the question did not apply to. */
  notAsked: number
  /** How far the room disagreed; absent for free-text questions, which have no score. */
  disagreement?: DisagreementLevel
}

/** What marks a workshop's agreed position, and what the room said on the way there. */
export interface CombinedInfo {
  respondents: number
  /** Disagreement recorded by the facilitator, by question id. */
  dissent: Record<string, string>
  /**
   * By question id, for every question at least one respondent answered. Files combined before
   * the spread was kept have none.
   */
  spread?: Record<string, QuestionSpread>
}
