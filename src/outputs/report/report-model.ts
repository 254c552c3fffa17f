/**
 * The shape of the report model that build-report.ts makes and both the print view and the
 * PDF draw: one type per section, in committee-report order.
 *
 * Exported types: `ReportModel`, `ReportSection`, `SectionId`, `LabelledValue`, `ReportLink`,
 * `ReportParagraph` and one type per section (`CoverSection`, `SummarySection`, ...).
 */
import type { Band, Flag } from '@/content/schema'
import type { ReportLink, ReportParagraph } from './report-text'
import type { CouncilNumbersSection } from './council-section'

export type { CouncilNumbersSection, CouncilNumbersReportRow } from './council-section'

export type { ReportLink, ReportParagraph } from './report-text'

export type Rag = Band['rag']

export interface LabelledValue {
  label: string
  value: string
}

export interface CoverSection {
  id: 'cover'
  title: string
  councilName: string | null
  /** Council, date, who completed it, question set version and, for a workshop, how many took part. */
  details: LabelledValue[]
}

/** The legal position, which leads the report: High, Medium or Low legal risk, with its reasons. */
export interface LegalPositionSummary {
  level: 'high' | 'medium' | 'low'
  /** "High legal risk", "Medium legal risk" or "Low legal risk". */
  label: string
  /** One sentence saying what the level means. */
  summary: string
  /** The reasons, most serious first. */
  reasons: string[]
}

/** How much is answered, with "Don't know" and unanswered counted apart. */
export interface CompletenessSummary {
  answered: number
  dontKnow: number
  unanswered: number
  visible: number
  percent: number
  /** In words, such as "60 of 82 questions answered (73%); 20 answered “Don't know”; 2 not answered yet". */
  text: string
}

export interface SummarySection {
  id: 'summary'
  title: string
  /** Starts with the legal position. */
  headline: string
  /** New in issue 10: drawn first, before the overall level. */
  legal: LegalPositionSummary
  /** Service maturity from the score alone, in one sentence (the overall level may be held below it). */
  maturityText: string
  completeness: CompletenessSummary
  overall: { score: number | null; rag: Rag | null; ragWord: string; bandName: string | null; capped: boolean; text: string }
  essentials: { total: number; met: number; partlyMet: number; notMet: number; unknown: number }
  criticalRisks: number
  /** The summary in 3 to 5 sentences. */
  paragraphs: string[]
  notLegalAdvice: string
}

export interface ThemeFinding {
  id: string
  title: string
  score: number | null
  scoreText: string
  rag: Rag | null
  /** "Red", "Amber", "Green", or "No score": always printed, so colour is never the only signal. */
  ragWord: string
  bandName: string | null
  capped: boolean
  /** Why the band is lower than the score alone gives, or null. */
  capReason: string | null
  explanation: string[]
  /** Evidence gaps: "Don't know" or unanswered questions that count towards the score. */
  gaps: string[]
  nextLevel: string | null
}

export interface FindingsSection {
  id: 'findings'
  title: string
  intro: string
  themes: ThemeFinding[]
}

export interface Recommendation {
  number: number
  kind: 'flag' | 'theme'
  /** "Critical risk", "Warning", "Advice" or "Theme". */
  label: string
  severity: Flag['severity'] | null
  /** The flag title or theme title. */
  title: string
  /** What to do. */
  text: string
  /** Why it matters, and what raised it (flags only). */
  why: string | null
  because: string | null
  links: ReportLink[]
}

export interface RecommendationsSection {
  id: 'recommendations'
  title: string
  intro: string
  items: Recommendation[]
  emptyText: string
}

/** One "Don't know", as a question the councillor can take to officers. */
export interface OfficerQuestionItem {
  number: number
  questionId: string
  themeTitle: string
  short: string
  /** The question as asked. */
  prompt: string
  /** "Statutory essential", "Decides the legal position" or null. */
  label: string | null
}

/** New in issue 10: every "Don't know" answer, essentials first. */
export interface OfficerQuestionsSection {
  id: 'officer-questions'
  title: string
  intro: string
  items: OfficerQuestionItem[]
  emptyText: string
}

export interface CaseStudyItem {
  id: string
  title: string
  /** "Example of practice" or "Legal lesson". */
  kindLabel: string
  organisation: string
  place: string
  years: string
  summary: string
  outcomes: string[]
  reasons: string[]
  sources: ReportLink[]
}

/** A legal lesson the risks raised point to, as the results page lists them. */
export interface LessonPointer {
  id: string
  title: string
  place: string
  years: string
  /** The risks it speaks to, such as "Risk flagged: …". */
  reason: string
  sources: ReportLink[]
}

export interface CaseStudiesSection {
  id: 'case-studies'
  title: string
  intro: string
  items: CaseStudyItem[]
  /** Every legal lesson the raised risks point to, in the order of the risks. */
  lessons: LessonPointer[]
  emptyText: string
}

export interface OptionItem {
  id: string
  name: string
  summary: string
  reasons: string[]
  /** What the council needs in place first (new in issue 10). */
  prerequisites: string[]
  /** "Examples": the titles of the case studies the model points to. */
  examples: string[]
  /** Every caution; `applies` is true when its condition holds for this council. */
  cautions: { text: string; applies: boolean }[]
}

export interface OptionsSection {
  id: 'options'
  title: string
  groups: { title: string; intro: string; items: OptionItem[]; emptyText: string }[]
}

export interface ActionPlanRow {
  ref: string
  action: string
  lead: string
  targetDate: string
  measure: string
}

export interface ActionPlanSection {
  id: 'action-plan'
  title: string
  intro: string
  columns: string[]
  rows: ActionPlanRow[]
  emptyText: string
}

export interface MethodSection {
  id: 'method'
  title: string
  bands: { name: string; rag: Rag; min: number; range: string; description: string }[]
  rules: string[]
}

export interface AppendixQuestion {
  id: string
  short: string
  prompt: string
  answerText: string
  note: string | null
  /** For a combined workshop assessment: the recorded disagreement, if any. */
  dissent: string | null
}

export interface AppendixSection {
  id: 'appendix'
  title: string
  profile: LabelledValue[]
  themes: { id: string; title: string; questions: AppendixQuestion[] }[]
}

export interface SpreadQuestion {
  id: string
  short: string
  /** The answers given, one a line, each after how many gave it, such as "3 – Started". */
  spread: string[]
  /** Such as "Strong disagreement", or "Not scored" for free text. */
  disagreement: string
  agreed: string
  dissent: string | null
}

/** For a combined workshop assessment only: how the room answered each question. */
export interface SpreadSection {
  id: 'spread'
  title: string
  intro: string
  columns: string[]
  /** Themes with at least one question the room answered, in assessment order. */
  themes: { id: string; title: string; questions: SpreadQuestion[] }[]
  /** Said instead of the tables when the file does not record the spread. */
  emptyText: string
}

export interface LegalSection {
  id: 'legal'
  title: string
  paragraphs: ReportParagraph[]
}

export type ReportSection =
  | CoverSection
  | SummarySection
  | FindingsSection
  | CouncilNumbersSection
  | RecommendationsSection
  | OfficerQuestionsSection
  | CaseStudiesSection
  | OptionsSection
  | ActionPlanSection
  | MethodSection
  | AppendixSection
  | SpreadSection
  | LegalSection

export type SectionId = ReportSection['id']

export interface ReportModel {
  title: string
  councilName: string | null
  /** The ISO date the report was made, such as "2026-04-01". */
  generatedOn: string
  dateText: string
  contentVersion: string
  fileName: string
  /** Document properties for the PDF. */
  meta: { title: string; subject: string; author: string; keywords: string }
  /**
   * In committee-report order. The spread appendix is there only for a combined assessment;
   * "Your service in numbers" only when the profile names a council and the data were given.
   */
  sections: ReportSection[]
}
