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
  /** For a visible essential: the line its answer sits on (met, partly met, not met, unknown) and why. */
  line?: { status: EssentialStatus; reason: string }
  /** The answer in words, such as “Started” or “12 hours”, or "Not provided". */
  answerText: string
  /** For a single-choice question: the label of the answer that earns full points (what good looks like), for the action plan. */
  goal?: string
  note?: string
}

export type EssentialStatus = 'met' | 'partly-met' | 'not-met' | 'unknown'

export interface EssentialResult {
  questionId: string
  themeId: string
  short: string
  status: EssentialStatus
  /** Why the answer sits on this line, in words (see questions/SCORING.md). */
  reason: string
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
  /**
   * True when the band is lower than the score alone would give: an essential not met or a
   * critical risk on one of the theme's questions holds it at Red, or an essential not met in
   * full (partly met or not known) keeps it out of the top band.
   */
  capped: boolean
  /** Why the band was held, in words, or null. */
  capReason: string | null
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
  /** Grounded in the Act or a court case (an act-section or case-law reference), so it bears on the legal position. */
  legal: boolean
  /** The questions whose answers raised it (visible ones only), for theme caps and explanations. */
  questionIds: string[]
}

export interface Reason {
  kind: 'priority' | 'theme' | 'council-type' | 'flag' | 'fit' | 'model'
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

export type LegalLevel = 'high' | 'medium' | 'low'

/**
 * The legal position: how exposed a decision about the service would be today. It leads the
 * result, and the overall RAG is never better than it allows (high: Red; medium: at most Amber).
 */
export interface LegalPosition {
  level: LegalLevel
  /** "High legal risk", "Medium legal risk" or "Low legal risk". */
  label: string
  /** One sentence explaining the level. */
  summary: string
  /** The reasons, most serious first, each one sentence. */
  reasons: string[]
  criticalFlags: number
  /** Warnings grounded in the Act or a court case. */
  legalWarnings: number
  essentialsNotMet: number
  essentialsPartlyMet: number
  /** Essentials answered "Don't know" or not answered. */
  essentialsUnknown: number
  /** True when the council plans changes (reductions or other changes) in the next 2 years. */
  changesPlanned: boolean
}

/** Service maturity: the bands, from the score alone, before the legal position is applied. */
export interface Maturity {
  score: number | null
  band: BandResult | null
  text: string
}

/** A "Don't know" turned into a question the councillor can take to officers. */
export interface OfficerQuestion {
  questionId: string
  themeId: string
  themeTitle: string
  short: string
  /** The question as asked in the assessment. */
  prompt: string
  /** A statutory essential, or a question that decides the legal position. */
  essential: boolean
  legal: boolean
}

/** How much is answered: real answers (including "Not applicable"), "Don't know" and not answered, counted apart. */
export interface Completeness {
  /** Questions with a real answer or "Not applicable". */
  answered: number
  dontKnow: number
  unanswered: number
  visible: number
  /** answered ÷ visible, as a whole percentage. "Don't know" does not count as answered. */
  percent: number
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
  /** The overall band: service maturity, held down by the legal position. */
  overall: { score: number | null; band: BandResult | null; capped: boolean; capReason: string | null }
  legal: LegalPosition
  maturity: Maturity
  essentials: EssentialResult[]
  flags: RaisedFlag[]
  headline: Headline
  recommendations: {
    caseStudies: CaseStudyRecommendation[]
    governanceModels: OptionRecommendation[]
    smarterServices: OptionRecommendation[]
  }
  completeness: Completeness
  /** Every "Don't know", as a question to ask officers: essentials first, then the legal questions, then the rest. */
  officerQuestions: OfficerQuestion[]
}
