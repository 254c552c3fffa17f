/**
 * What the PDF and the Word file show for each report section, in the model's order, written
 * against a small writing interface (`ReportWriter`, report-writer.ts). pdf-writer.ts implements
 * it with jsPDF, src/docx/docx-writer.ts with docx; this file imports neither, so both files hold
 * the same things in the same order, and the order and wording can be read without the drawing
 * code. The sections are drawn here (action plan, method, legal context, council figures) and in
 * layout-summary.ts, layout-recommendations.ts and layout-appendices.ts, mirroring src/outputs/report.
 *
 * Exported API:
 * - `layoutReport(w: ReportWriter, report: ReportModel, chart: ChartModel): void`
 * - types `ReportWriter` (alias `PdfWriter`), `TextStyle`, `TableCell`, `TableOptions` (from report-writer.ts)
 */
import type { ChartModel } from '@/outputs/chart/theme-chart'
import type {
  ActionPlanSection,
  CouncilNumbersSection,
  LegalSection,
  MethodSection,
  ReportModel,
  ReportSection,
  SectionId,
} from '../outputs/report/report-model'
import { appendix, spread } from './layout-appendices'
import { sectionStart } from './layout-helpers'
import { caseStudies, options, recommendations } from './layout-recommendations'
import { cover, findings, officerQuestions, summary } from './layout-summary'
import type { ReportWriter } from './report-writer'

export type { PdfWriter, ReportWriter, TableCell, TableOptions, TextStyle } from './report-writer'

function actionPlan(w: ReportWriter, s: ActionPlanSection): void {
  if (!sectionStart(w, s, s.rows.length === 0)) return
  w.table(
    s.columns,
    s.rows.map((r) => [r.ref, r.action, r.lead, r.targetDate, r.measure]),
    { widths: [0.07, 0.37, 0.17, 0.15, 0.24] },
  )
}

function method(w: ReportWriter, s: MethodSection): void {
  w.heading(s.title, 2)
  w.table(
    ['RAG rating', 'Band', 'Score', 'What it means'],
    s.bands.map((b) => [b.rag, b.name, b.range, b.description]),
    { widths: [0.14, 0.2, 0.14, 0.52] },
  )
  w.bullets(s.rules)
}

function legal(w: ReportWriter, s: LegalSection): void {
  w.heading(s.title, 2)
  for (const p of s.paragraphs) {
    if (p.heading) w.heading(p.heading, 3)
    w.paragraph(p.text)
    if (p.links.length > 0) w.links(p.links)
  }
}

/** Your service in numbers: advice prompts with source and year, the dot plot (where the writer draws one), the table, then what each figure rests on. */
function councilNumbers(w: ReportWriter, s: CouncilNumbersSection): void {
  w.heading(s.title, 2, true)
  w.paragraph(s.intro)
  for (const a of s.advice) {
    w.paragraph(`Worth checking: ${a.text}`, { bold: true, after: 1 })
    w.paragraph(`Source: ${a.source}. ${a.year}.`, { size: 'small', secondary: true })
  }
  w.dotPlot?.(s.plot)
  w.paragraph(s.tableCaption, { bold: true, keepWithNext: true })
  w.table(
    s.columns,
    s.rows.map((r) => [r.title, r.council, r.median, r.range, r.rank]),
    { rowHeaders: true, widths: [0.27, 0.13, 0.18, 0.29, 0.13] },
  )
  w.heading('About these figures', 3)
  w.paragraph(s.neighbours)
  for (const r of s.rows) {
    w.label(r.title)
    w.bullets(r.notes, { size: 'small' })
  }
  w.bullets(s.caveats)
  w.label('Licences and attribution')
  for (const line of s.attribution) w.paragraph(line, { size: 'small', after: 1 })
}

type Drawer<K extends SectionId> = (w: ReportWriter, s: Extract<ReportSection, { id: K }>, chart: ChartModel) => void

/** How each section is drawn, by its id. */
const DRAW: { [K in SectionId]: Drawer<K> } = {
  cover,
  summary,
  findings,
  'council-numbers': councilNumbers,
  recommendations,
  'officer-questions': officerQuestions,
  'case-studies': caseStudies,
  options,
  'action-plan': actionPlan,
  method,
  appendix,
  spread,
  legal,
}

function section(w: ReportWriter, s: ReportSection, chart: ChartModel): void {
  const draw = DRAW[s.id] as Drawer<SectionId>
  draw(w, s, chart)
}

// Sections that start on a fresh page: the cover stands alone, and the summary, findings,
// recommendations and appendices are the parts a committee turns to.
const FRESH_PAGE = new Set<ReportSection['id']>(['summary', 'findings', 'recommendations', 'appendix', 'spread'])

/** Draw the whole report, section by section, in the model's order. */
export function layoutReport(w: ReportWriter, report: ReportModel, chart: ChartModel): void {
  report.sections.forEach((s, i) => {
    if (i > 0 && FRESH_PAGE.has(s.id)) w.newPage()
    section(w, s, chart)
  })
}
