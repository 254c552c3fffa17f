/**
 * The report model: one pure description of the report, in committee-report order, drawn by both
 * the print view and the PDF (render-pdf.ts). It selects and orders what the Result already
 * holds; it scores, ranks and decides nothing itself.
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
import type { Content, Flag, OptionModel } from '@/content/schema'
import type { OptionRecommendation, Result } from '@/engine/core/result'
import { completenessText } from '@/engine/assess/officer-questions'
import { finding, NOT_LEGAL_ADVICE, officerQuestions, ragWordOf, summary } from './build-summary'
import type { SavedAssessment } from '@/engine/files/saved-file'
import { fileName } from '@/outputs/file-names'
import { combinedLabel, spreadAppendix } from '@/engine/workshop/consensus'
import { legalParagraphs, scoringRules, type ReportLink } from './report-text'
import type { CouncilIndex } from '@/engine/council'
import { councilSection } from './council-section'
import type {
  ActionPlanSection,
  AppendixSection,
  CaseStudiesSection,
  CaseStudyItem,
  CoverSection,
  LabelledValue,
  LegalSection,
  MethodSection,
  OptionItem,
  OptionsSection,
  Recommendation,
  RecommendationsSection,
  ReportModel,
  ReportSection,
  SectionId,
  SpreadSection,
} from './report-model'

export type * from './report-model'

export const REPORT_TITLE = 'Library service self-assessment'
export { NOT_LEGAL_ADVICE }
/** The report shows the most relevant case studies only; the tool lists them all. */
export const MAX_CASE_STUDIES = 6
/** The most smarter-services approaches the report shows. Governance models are all shown, as on the results page. */
export const MAX_OPTIONS = 5

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

const SEVERITY_LABEL: Record<Flag['severity'], string> = { critical: 'Critical risk', warning: 'Warning', advice: 'Advice' }
const SEVERITY_ORDER: Flag['severity'][] = ['critical', 'warning', 'advice']

function text(value: string | number | undefined): string | null {
  if (value === undefined) return null
  const s = String(value).trim()
  return s === '' ? null : s
}

/** A profile answer in words: the option label for a choice, the value otherwise. */
function profileValue(content: Content, saved: SavedAssessment, id: string): string | null {
  const value = saved.assessment.profile[id]
  const field = content.profile.find((f) => f.id === id)
  if (field?.kind === 'choice') return field.options.find((o) => o.value === value)?.label ?? text(value)
  return text(value)
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

function recommendations(content: Content, result: Result): RecommendationsSection {
  const flags = SEVERITY_ORDER.flatMap((severity) => result.flags.filter((f) => f.severity === severity))
  const bandRank = new Map(content.framework.bands.map((b, i) => [b.id, i]))
  // Weak themes: those with a next level to reach, lowest band first, then in theme order.
  const weak = result.themes
    .filter((t) => t.nextLevel !== null && t.band !== null)
    .map((t, index) => ({ t, index }))
    .sort((a, b) => (bandRank.get(a.t.band?.id ?? '') ?? 0) - (bandRank.get(b.t.band?.id ?? '') ?? 0) || a.index - b.index)
    .map(({ t }) => t)
  const items: Recommendation[] = [
    ...flags.map((f) => ({
      kind: 'flag' as const,
      label: SEVERITY_LABEL[f.severity],
      severity: f.severity,
      title: f.title,
      text: f.action,
      why: f.why,
      because: f.because,
      links: f.references.map((r) => ({ text: r.title, url: r.url })),
    })),
    ...weak.map((t) => ({
      kind: 'theme' as const,
      label: 'Theme',
      severity: null,
      title: `${t.title} (${ragWordOf(t.band?.rag)})`,
      text: t.nextLevel ?? '',
      why: null,
      because: null,
      links: [] as ReportLink[],
    })),
  ].map((item, i) => ({ number: i + 1, ...item }))
  return {
    id: 'recommendations',
    title: 'Recommendations',
    intro: 'Risks raised by your answers come first, most serious first. Then, for each theme below the top band, what it would take to reach the next level.',
    items,
    emptyText: 'No risks were raised and every theme with a score is in the top band.',
  }
}

/** A source as a link, titled by the reference with the same URL where the content has one. */
function sourceLink(content: Content, url: string): ReportLink {
  const norm = (u: string) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')
  const ref = content.references.find((r) => norm(r.url) === norm(url))
  return { text: ref?.title ?? url, url }
}

function caseStudies(content: Content, result: Result): CaseStudiesSection {
  const byId = new Map(content.caseStudies.map((c) => [c.id, c]))
  const items = result.recommendations.caseStudies.slice(0, MAX_CASE_STUDIES).flatMap((rec): CaseStudyItem[] => {
    const study = byId.get(rec.id)
    if (!study) return []
    return [
      {
        id: study.id,
        title: study.title,
        kindLabel: study.kind === 'lesson' ? 'Legal lesson' : 'Example of practice',
        organisation: study.organisation,
        place: study.place,
        years: study.years,
        summary: study.summary,
        outcomes: [...study.outcomes],
        reasons: rec.reasons.map((r) => r.text),
        sources: study.sources.map((url) => sourceLink(content, url)),
      },
    ]
  })
  const lessonIds = [...new Set(result.flags.flatMap((f) => f.lessons))]
  const lessons = lessonIds.flatMap((id) => {
    const study = byId.get(id)
    if (!study) return []
    const risks = result.flags.filter((f) => f.lessons.includes(id)).map((f) => f.title)
    return [
      {
        id,
        title: study.title,
        place: study.place,
        years: study.years,
        reason: `Risk flagged: ${risks.join('; ')}`,
        sources: study.sources.map((url) => sourceLink(content, url)),
      },
    ]
  })
  return {
    id: 'case-studies',
    title: 'Case studies to learn from',
    intro: `The ${items.length === 1 ? 'case study' : `${items.length} case studies`} most relevant to your answers, with the reasons each was chosen.`,
    items,
    lessons,
    emptyText: 'No case study matched your answers. Choose local priorities or complete more themes to see suggestions.',
  }
}

function optionItems(content: Content, recs: OptionRecommendation[], models: OptionModel[], max = recs.length): OptionItem[] {
  const byId = new Map(models.map((m) => [m.id, m]))
  const titles = new Map(content.caseStudies.map((c) => [c.id, c.title]))
  return recs.slice(0, max).map((rec) => ({
    id: rec.id,
    name: rec.name,
    summary: byId.get(rec.id)?.summary ?? '',
    reasons: rec.reasons.map((r) => r.text),
    prerequisites: [...(byId.get(rec.id)?.prerequisites ?? [])],
    examples: (byId.get(rec.id)?.examples ?? []).map((id) => titles.get(id) ?? id),
    cautions: rec.cautions.map((c) => ({ ...c })),
  }))
}

function options(content: Content, result: Result): OptionsSection {
  return {
    id: 'options',
    title: 'Governance models and smarter services',
    groups: [
      {
        title: 'Governance models',
        intro:
          'Ways of running the service that may fit, with the reasons, what each needs in place first, and its cautions. Cautions marked “Applies to you” hold for your council.',
        items: optionItems(content, result.recommendations.governanceModels, content.governanceModels),
        emptyText: 'No governance model matched your answers.',
      },
      {
        title: 'Smarter services',
        intro: 'Approaches that may help, with the reasons. Cautions marked “Applies to you” hold for your council.',
        items: optionItems(content, result.recommendations.smarterServices, content.smarterServices, MAX_OPTIONS),
        emptyText: 'No smarter-services approach matched your answers.',
      },
    ],
  }
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

function appendix(content: Content, saved: SavedAssessment, result: Result): AppendixSection {
  const prompts = new Map(content.themes.flatMap((t) => t.questions.map((q) => [q.id, q.prompt])))
  const dissent = saved.combined?.dissent ?? {}
  const priorities = saved.assessment.priorities.map((id) => content.priorities.find((p) => p.id === id)?.title ?? id)
  const profile: LabelledValue[] = [
    ...content.profile.map((f) => ({ label: f.short, value: profileValue(content, saved, f.id) ?? 'Not provided' })),
    { label: 'Local priorities chosen', value: priorities.length > 0 ? priorities.join('; ') : 'None chosen' },
  ]
  return {
    id: 'appendix',
    title: 'Appendix: questions and answers',
    profile,
    themes: result.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      questions: result.questions
        .filter((q) => q.themeId === theme.id && q.visible)
        .map((q) => ({
          id: q.id,
          short: q.short,
          prompt: prompts.get(q.id) ?? q.short,
          answerText: q.answerText,
          note: q.note ?? null,
          dissent: text(dissent[q.id]),
        })),
    })),
  }
}

function spread(content: Content, saved: SavedAssessment, n: number): SpreadSection {
  const rows = spreadAppendix(content, saved)
  const themes = content.themes.flatMap((theme) => {
    const questions = rows
      .filter((r) => r.themeId === theme.id)
      .map((r) => ({
        id: r.questionId,
        short: r.short,
        spread: r.spread.map((a) => `${a.count} – ${a.label}`),
        disagreement: r.disagreement,
        agreed: r.agreed,
        dissent: text(r.dissent),
      }))
    return questions.length > 0 ? [{ id: theme.id, title: theme.title, questions }] : []
  })
  return {
    id: 'spread',
    title: 'Appendix: how the room answered',
    intro: `How the ${n === 1 ? 'respondent' : `${n} respondents`} answered each question, how far apart their answers were, the answer agreed and any disagreement recorded. The number before each answer is how many gave it. Questions nobody answered are left out.`,
    columns: ['Question', 'How the room answered', 'Disagreement', 'Agreed answer'],
    themes,
    emptyText:
      'This combined assessment was saved before the tool kept how the room answered, so the spread of answers is not available. Combine the answers again to include it.',
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
