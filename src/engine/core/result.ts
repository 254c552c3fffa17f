/**
 * The Result of an assessment: everything the results page, the PDF and the presentation show.
 * Renderers show these fields; they never compute their own scores or reasons.
 */
import type { Band, Flag, Reference } from '../../content/schema'

export type AnswerStatus = 'answered' | 'dont-know' | 'not-applicable' | 'unanswered'

export interface QuestionResult {
  id: string
  themeId: string
  short: string
  visible: boolean
  status: AnswerStatus
  /** Whether the question counts towards its theme score (visible, scored, not "Not applicable"). */
  counted: boolean
  points: number
  max: number
  weight: number
  essential: boolean
  /** The answer in words, such as “Started” or “12 hours”, or "Not provided". */
  answerText: string
  note?: string
}

export type EssentialStatus = 'met' | 'partly-met' | 'not-met' | 'unknown'

export interface EssentialResult {
  questionId: string
  themeId: string
  short: string
  status: EssentialStatus
}

/** How one answer moved its theme score, in score points (0 to 100 scale). */
export interface Driver {
  questionId: string
  short: string
  answerText: string
  /** Score points this answer earned for the theme. */
  gained: number
  /** Score points this answer left on the table. */
  lost: number
}

export interface Gap {
  questionId: string
  short: string
  reason: 'dont-know' | 'unanswered'
}

export interface BandResult {
  id: string
  name: string
  rag: Band['rag']
  min: number
}

export interface ThemeResult {
  id: string
  title: string
  /** 0 to 100, or null when no question in the theme counts (nothing visible or all "Not applicable"). */
  score: number | null
  band: BandResult | null
  /** True when the score reached the top band but an essential held it one band lower. */
  capped: boolean
  visible: number
  answered: number
  counted: number
  /** Answers that earned the most, best first. */
  strengths: Driver[]
  /** Answers that lost the most, worst first. */
  weaknesses: Driver[]
  gaps: Gap[]
  essentials: EssentialResult[]
  /** Sentences explaining the score and band. */
  explanation: string[]
  /** What the next band needs, or null at the top band. */
  nextLevel: string | null
}

export interface RaisedFlag {
  id: string
  severity: Flag['severity']
  title: string
  why: string
  action: string
  /** The condition that raised it, in words. */
  because: string
  references: Reference[]
  /** Legal lessons (case-study ids) worth reading for this risk. */
  lessons: string[]
}

export interface Reason {
  kind: 'priority' | 'theme' | 'council-type' | 'flag' | 'fit'
  text: string
  points: number
}

export interface CaseStudyRecommendation {
  id: string
  relevance: number
  reasons: Reason[]
}

export interface OptionRecommendation {
  id: string
  name: string
  relevance: number
  reasons: Reason[]
  /** Every caution, with whether its condition holds for this council. */
  cautions: { text: string; applies: boolean }[]
}

export interface Headline {
  text: string
  essentialsTotal: number
  essentialsMet: number
  essentialsPartlyMet: number
  essentialsNotMet: number
  essentialsUnknown: number
  criticalFlags: number
  strongestThemeId: string | null
  weakestThemeId: string | null
}

export interface Result {
  contentVersion: string
  questions: QuestionResult[]
  themes: ThemeResult[]
  overall: { score: number | null; band: BandResult | null; capped: boolean }
  essentials: EssentialResult[]
  flags: RaisedFlag[]
  headline: Headline
  recommendations: {
    caseStudies: CaseStudyRecommendation[]
    governanceModels: OptionRecommendation[]
    smarterServices: OptionRecommendation[]
  }
  completeness: { answered: number; visible: number; percent: number }
}
