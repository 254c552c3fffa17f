/**
 * The report model: one pure description of the report, in committee-report order, drawn by both
 * the print view and the PDF (render-pdf.ts). It selects and orders what the Result already
 * holds; it scores, ranks and decides nothing itself. This file holds the cover, the action plan,
 * the method and the legal context, and puts the sections in order; the rest are made by
 * build-summary.ts (summary, findings, officer questions), build-recommendations.ts (what to do),
 * council-section.ts (the council's figures) and build-appendices.ts (the appendices).
 *
 * Exported API:
 * - `buildReport(content: Content, saved: SavedAssessment, result: Result, options: { generatedOn: string; council?: CouncilIndex }): ReportModel`
 *   `generatedOn` is an ISO date (or date-time) passed in; nothing here reads the clock. With
 *   `council` (the national data, loaded by the caller) and a profile that names a council, a
 *   "Your service in numbers" section follows the findings (council-section.ts).
 * - `reportSection(report, id)` — one section, typed by its id (throws for a section the report
 *   does not have: only a combined assessment has the `spread` appendix)
 * - `hasSection(report, id)`
 * - `formatDate(iso: string): string` — "2026-04-01" to "1 April 2026"
 * - `NOT_LEGAL_ADVICE`, `REPORT_TITLE`, `MAX_CASE_STUDIES`, `MAX_OPTIONS`
 * - the report-model.ts types, re-exported: `ReportModel`, `ReportSection`, `SectionId` and one per section
 */
import type { Content } from '@/content/schema'
import type { Result } from '@/engine/core'
import { completenessText } from '@/engine/assess'
import type { SavedAssessment } from '@/engine/files'
import { combinedLabel } from '@/engine/workshop'
import type { CouncilIndex } from '@/engine/council'
import { fileName } from '@/outputs/file-names'
import { appendix, spread } from './build-appendices'
import { caseStudies, MAX_CASE_STUDIES, MAX_OPTIONS, options, recommendations } from './build-recommendations'
import { finding, NOT_LEGAL_ADVICE, officerQuestions, summary } from './build-summary'
import { councilSection } from './council-section'
import { legalParagraphs, scoringRules } from './report-text'
import { profileValue, text } from './report-values'
import type { ActionPlanSection, CoverSection, LabelledValue, LegalSection, MethodSection, ReportModel, ReportSection, SectionId } from './report-model'

export type * from './report-model'

export const REPORT_TITLE = 'Library service self-assessment'
export { MAX_CASE_STUDIES, MAX_OPTIONS, NOT_LEGAL_ADVICE }

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-04-01" (or a date-time) to "1 April 2026"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim())
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return iso
  return `${Number(m[3])} ${month} ${m[1]}`
}

/** Whether the report has this section: every report has all but the spread appendix. */
export function hasSection(report: ReportModel, id: SectionId): boolean {
  return report.sections.some((s) => s.id === id)
}

/** The section with this id. Throws only for the spread appendix of an assessment that is not combined. */
export function reportSection<K extends SectionId>(report: ReportModel, id: K): Extract<ReportSection, { id: K }> {
  const found = report.sections.find((s) => s.id === id)
  if (!found) throw new Error(`The report has no “${id}” section.`)
  return found as Extract<ReportSection, { id: K }>
}

function cover(content: Content, saved: SavedAssessment, result: Result, councilName: string | null, dateText: string): CoverSection {
  const role = profileValue(content, saved, 'respondent-role')
  const name = profileValue(content, saved, 'respondent-name')
  const completedBy = [role, name].filter((s): s is string => s !== null).join(': ')
  const details: LabelledValue[] = [
    { label: 'Council', value: councilName ?? 'Not provided' },
    { label: 'Date', value: dateText },
    { label: 'Completed by', value: combinedLabel(saved) ?? (completedBy || 'Not provided') },
  ]
  if (saved.combined && completedBy) details.push({ label: 'Recorded by', value: completedBy })
  details.push(
    { label: 'Legal position', value: result.legal.label },
    { label: 'Questions answered', value: completenessText(result.completeness) },
    { label: 'Question set version', value: result.contentVersion },
  )
  return { id: 'cover', title: REPORT_TITLE, councilName, details }
}

function actionPlan(saved: SavedAssessment): ActionPlanSection {
  return {
    id: 'action-plan',
    title: 'Action plan',
    intro: 'The actions agreed, who leads each one, when it is due and how success will be measured.',
    columns: ['Ref', 'Action', 'Lead', 'Target date', 'Measure of success'],
    rows: saved.actionPlan.map((row, i) => ({
      ref: String(i + 1),
      action: row.action.trim(),
      lead: row.lead.trim(),
      targetDate: formatDate(row.targetDate),
      measure: row.measure.trim(),
    })),
    emptyText: 'No actions have been added yet. Add them on the results page, then download the report again.',
  }
}

function method(content: Content): MethodSection {
  const bands = content.framework.bands
  return {
    id: 'method',
    title: 'How the scoring works',
    bands: bands.map((b, i) => {
      const next = bands[i + 1]
      return { name: b.name, rag: b.rag, min: b.min, range: next ? `${b.min} to ${next.min - 1}` : `${b.min} to 100`, description: b.description }
    }),
    rules: scoringRules(bands),
  }
}

function legal(content: Content): LegalSection {
  return { id: 'legal', title: 'Legal context and disclaimer', paragraphs: legalParagraphs(content, NOT_LEGAL_ADVICE) }
}

/** The whole report, in committee-report order; a combined assessment adds the spread appendix. */
export function buildReport(
  content: Content,
  saved: SavedAssessment,
  result: Result,
  options_: { generatedOn: string; council?: CouncilIndex | null },
): ReportModel {
  const councilName = text(saved.assessment.profile['council-name'])
  const generatedOn = options_.generatedOn.slice(0, 10)
  const dateText = formatDate(generatedOn)
  const title = councilName ? `${REPORT_TITLE}: ${councilName}` : REPORT_TITLE
  const numbers = options_.council ? councilSection(options_.council, saved.assessment.profile) : null
  return {
    title,
    councilName,
    generatedOn,
    dateText,
    contentVersion: result.contentVersion,
    fileName: fileName('report', councilName ?? undefined, generatedOn, 'pdf'),
    meta: {
      title,
      subject:
        'Self-assessment of the public library service against the duty to provide a comprehensive and efficient service (Public Libraries and Museums Act 1964, section 7)',
      author: councilName ?? REPORT_TITLE,
      keywords: 'public libraries, self-assessment, Public Libraries and Museums Act 1964, comprehensive and efficient',
    },
    sections: [
      cover(content, saved, result, councilName, dateText),
      summary(result),
      {
        id: 'findings',
        title: 'Findings by theme',
        intro: 'Each theme’s score, its RAG rating (Red, Amber or Green) and why.',
        themes: result.themes.map(finding),
      },
      ...(numbers ? [numbers] : []),
      recommendations(content, result),
      officerQuestions(result),
      caseStudies(content, result),
      options(content, result),
      actionPlan(saved),
      method(content),
      appendix(content, saved, result),
      ...(saved.combined ? [spread(content, saved, saved.combined.respondents)] : []),
      legal(content),
    ],
  }
}
