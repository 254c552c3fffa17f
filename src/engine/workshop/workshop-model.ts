/**
 * The shapes of the workshop view: respondents, per-theme levels, per-question spreads and the
 * whole aggregate. Types only, so every workshop file can share them without import cycles.
 */
import type { Question } from '../../content/schema'
import type { AnswerValue } from '../core/assessment'
import type { BandResult, LegalLevel } from '../core/result'
import type { SavedAssessment } from '../files/saved-file'
import type { AnswerKind, DisagreementLevel } from './disagreement'

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
  /**
   * True when the question is a statutory essential and the answers fall either side of the
   * not-met line: a real disagreement, whatever the score.
   */
  essentialSplit: boolean
  /** Highest minus lowest points as a share of the maximum (0 to 1), or null when unscored. */
  pointsRange: number | null
  /** The most common answer, or null when nobody answered. */
  mostCommon: AnswerValue | null
}

export interface UnknownAnswers {
  questionId: string
  respondentIds: string[]
}

/** One respondent's legal position, from their own file. */
export interface RespondentLegal {
  respondentId: string
  level: LegalLevel
  /** Such as "High legal risk". */
  label: string
}

export interface WorkshopAggregate {
  /** In the order used everywhere in the workshop: by name, then id. */
  respondents: { id: string; name: string }[]
  overall: RangeSummary & { levels: RespondentLevel[] }
  /** Each respondent's legal position, in respondent order. */
  legal: RespondentLegal[]
  themes: ThemeAggregate[]
  /** In assessment order. */
  questions: QuestionAggregate[]
  /** Question ids, most disagreement first. */
  byDisagreement: string[]
  /** Answers to questions this content does not have: kept in the files, listed here. */
  unknownAnswers: UnknownAnswers[]
}
