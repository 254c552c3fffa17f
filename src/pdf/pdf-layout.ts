/**
 * What the PDF and the Word file show for each report section, in the model's order, written
 * against a small writing interface (`ReportWriter`). pdf-writer.ts implements it with jsPDF,
 * src/docx/docx-writer.ts with docx; this file imports neither, so both files hold the same
 * things in the same order, and the order and wording can be read without the drawing code.
 *
 * Exported API:
 * - `layoutReport(w: ReportWriter, report: ReportModel, chart: ChartModel): void`
 * - types `ReportWriter` (alias `PdfWriter`), `TextStyle`, `TableCell`
 */
import type { ChartModel, Rag } from '@/outputs/chart/theme-chart'
import type { DotPlotModel } from '@/outputs/chart/dot-plot'
import type {
  ActionPlanSection,
  AppendixSection,
  CaseStudiesSection,
  CouncilNumbersSection,
  CoverSection,
  FindingsSection,
  LabelledValue,
  LegalSection,
  MethodSection,
  OfficerQuestionsSection,
  OptionsSection,
  RecommendationsSection,
  ReportLink,
  ReportModel,
  ReportSection,
  SpreadSection,
  SummarySection,
} from '../outputs/report/report-model'

/** A table cell: text, or text spanning several columns on a tinted background (used for notes). */
export type TableCell = string | { text: string; colSpan: number }

export interface TableOptions {
  /** Shares of the text width, one per column. */
  widths?: number[]
  /** The first column heads its row. */
  rowHeaders?: boolean
  /** No header row: a list of labels and values. */
  noHead?: boolean
}

export interface TextStyle {
  size?: 'body' | 'small' | 'lead'
  bold?: boolean
  secondary?: boolean
  /** Space after the paragraph, in mm (default 2). */
  after?: number
  /** Keep on the same page as what follows (an introduction to a table). */
  keepWithNext?: boolean
}

/** The writing primitives the layout needs. Every method writes at the current position and moves it down. */
export interface ReportWriter {
  newPage(): void
  /** Anything the writer itself must tell the reader, such as characters its font cannot show. Written on the cover. */
  coverNote(): void
  gap(mm: number): void
  /** Level 1: the cover title. Level 2: a section, bookmarked. Level 3: a subsection, bookmarked under its section when `bookmark` is true. */
  heading(text: string, level: 1 | 2 | 3, bookmark?: boolean): void
  paragraph(text: string, style?: TextStyle): void
  /** A bold label, such as "Outcomes", kept on the same page as what follows it. */
  label(text: string): void
  bullets(items: string[], style?: TextStyle): void
  /** A number in the margin, with `body` drawn indented beside it. */
  numbered(n: number, body: () => void): void
  /** Clickable links, one a line: the link text is the link; a bare URL wraps at its separators. */
  links(links: ReportLink[]): void
  /** A RAG tag (the word on a tinted background) followed by text on the same line. */
  ragLine(rag: Rag | null, word: string, text: string): void
  keyValues(rows: LabelledValue[]): void
  /** A table whose header row repeats on every page. */
  table(head: string[], rows: TableCell[][], options?: TableOptions): void
  /** The chart as a figure, with its summary as alternative text. */
  chart(model: ChartModel): void
  /** The council's dot plot as a figure, with its summary as alternative text (a writer without it leaves the plot out: the table holds every figure). */
  dotPlot?(model: DotPlotModel): void
  /** A bordered box for a notice such as "not legal advice". */
  notice(text: string): void
}

/** The former name of `ReportWriter`. */
export type PdfWriter = ReportWriter

function cover(w: ReportWriter, s: CoverSection): void {
  w.gap(20)
  w.heading(s.title, 1)
  if (s.councilName) w.paragraph(s.councilName, { size: 'lead', bold: true, after: 4 })
  w.paragraph('A self-assessment of the public library service against the duty to provide a comprehensive and efficient service.', {
    secondary: true,
    after: 8,
  })
  w.keyValues(s.details)
  w.coverNote()
}

function summary(w: ReportWriter, s: SummarySection): void {
  w.heading(s.title, 2)
  w.paragraph(s.headline, { size: 'lead', bold: true, after: 4 })
  // The legal position leads, with its reasons (the top risks), before the overall level.
  const legalSentence = `${s.legal.label}. ${s.legal.summary}`
  w.label(`Legal position: ${s.legal.label}`)
  w.paragraph(s.legal.summary, { after: s.legal.reasons.length > 0 ? 1 : 2 })
  if (s.legal.reasons.length > 0) w.bullets(s.legal.reasons)
  w.ragLine(s.overall.rag, s.overall.ragWord, s.overall.text)
  if (s.maturityText) w.paragraph(s.maturityText)
  for (const p of s.paragraphs) if (p !== legalSentence && p !== s.overall.text && p !== s.maturityText) w.paragraph(p)
  w.gap(2)
  w.table(
    ['Statutory essentials', 'Number'],
    [
      ['Met', String(s.essentials.met)],
      ['Partly met', String(s.essentials.partlyMet)],
      ['Not met', String(s.essentials.notMet)],
      ['Not known', String(s.essentials.unknown)],
      ['Total', String(s.essentials.total)],
    ],
    { widths: [0.7, 0.3], rowHeaders: true },
  )
  w.notice(s.notLegalAdvice)
}

function findings(w: ReportWriter, s: FindingsSection, chart: ChartModel): void {
  w.heading(s.title, 2)
  w.paragraph(s.intro, { keepWithNext: true })
  w.chart(chart)
  w.table(
    ['Theme', 'Score', 'RAG rating', 'Band'],
    s.themes.map((t) => [t.title, t.scoreText, t.ragWord, t.bandName ?? 'No score']),
    { widths: [0.46, 0.18, 0.14, 0.22], rowHeaders: true },
  )
  for (const t of s.themes) {
    w.heading(t.title, 3, true)
    w.ragLine(t.rag, t.ragWord, t.bandName ? `${t.bandName}: ${t.scoreText}` : t.scoreText)
    if (t.capReason) w.paragraph(t.capReason)
    for (const sentence of t.explanation) w.paragraph(sentence)
    if (t.gaps.length > 0) {
      w.label('Evidence gaps')
      w.bullets(t.gaps)
    }
    if (t.nextLevel) {
      w.label('To reach the next level')
      w.paragraph(t.nextLevel)
    }
  }
}

function recommendations(w: ReportWriter, s: RecommendationsSection): void {
  w.heading(s.title, 2)
  w.paragraph(s.intro)
  if (s.items.length === 0) w.paragraph(s.emptyText)
  for (const item of s.items) {
    w.numbered(item.number, () => {
      w.paragraph(`${item.label}: ${item.title}`, { bold: true, after: 1 })
      w.paragraph(item.text, { after: 1 })
      if (item.why) w.paragraph(`Why it matters: ${item.why}`, { size: 'small', after: 1 })
      if (item.because) w.paragraph(`Raised because: ${item.because}`, { size: 'small', after: 1 })
      if (item.links.length > 0) w.links(item.links)
      w.gap(2)
    })
  }
}

function officerQuestions(w: ReportWriter, s: OfficerQuestionsSection): void {
  w.heading(s.title, 2)
  if (s.items.length === 0) {
    w.paragraph(s.emptyText)
    return
  }
  w.paragraph(s.intro)
  for (const item of s.items) {
    w.numbered(item.number, () => {
      w.paragraph(item.prompt, { bold: true, after: 1 })
      w.paragraph([item.themeTitle, item.label].filter(Boolean).join('. ') + '.', { size: 'small', secondary: true, after: 2 })
    })
  }
}

function caseStudies(w: ReportWriter, s: CaseStudiesSection): void {
  w.heading(s.title, 2)
  w.paragraph(s.items.length === 0 ? s.emptyText : s.intro)
  for (const c of s.items) {
    w.heading(c.title, 3)
    w.paragraph(`${c.kindLabel}. ${c.organisation}, ${c.place}, ${c.years}.`, { size: 'small', secondary: true })
    w.paragraph(c.summary)
    if (c.outcomes.length > 0) {
      w.label('Outcomes')
      w.bullets(c.outcomes)
    }
    w.label('Why it was suggested')
    w.bullets(c.reasons)
    w.label(c.sources.length === 1 ? 'Source' : 'Sources')
    w.links(c.sources)
  }
  if (s.lessons.length > 0) {
    w.heading('Legal lessons for the risks raised', 3)
    for (const lesson of s.lessons) {
      w.paragraph(`${lesson.title} (${lesson.place}, ${lesson.years}). ${lesson.reason}.`, { after: lesson.sources.length > 0 ? 1 : 2 })
      if (lesson.sources.length > 0) w.links(lesson.sources)
    }
  }
}

function options(w: ReportWriter, s: OptionsSection): void {
  w.heading(s.title, 2)
  for (const group of s.groups) {
    w.heading(group.title, 3, true)
    w.paragraph(group.items.length === 0 ? group.emptyText : group.intro)
    for (const item of group.items) {
      w.label(item.name)
      if (item.summary) w.paragraph(item.summary, { after: 1 })
      w.label('Why it may fit')
      w.bullets(item.reasons)
      if (item.prerequisites.length > 0) {
        w.label('What it needs in place first')
        w.bullets(item.prerequisites)
      }
      if (item.cautions.length > 0) {
        w.label('Cautions')
        w.bullets(item.cautions.map((c) => (c.applies ? `Applies to you: ${c.text}` : c.text)))
      }
      if (item.examples.length > 0) w.paragraph(`Examples: ${item.examples.join('; ')}.`)
      w.gap(2)
    }
  }
}

function actionPlan(w: ReportWriter, s: ActionPlanSection): void {
  w.heading(s.title, 2)
  if (s.rows.length === 0) {
    w.paragraph(s.emptyText)
    return
  }
  w.paragraph(s.intro, { keepWithNext: true })
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

function appendix(w: ReportWriter, s: AppendixSection): void {
  w.heading(s.title, 2)
  w.heading('About your council', 3)
  w.table(
    ['Question', 'Answer'],
    s.profile.map((p) => [p.label, p.value]),
    { widths: [0.4, 0.6], rowHeaders: true },
  )
  for (const theme of s.themes) {
    w.heading(theme.title, 3, true)
    if (theme.questions.length === 0) {
      w.paragraph('No question in this theme applies to your council.')
      continue
    }
    w.table(
      ['Question', 'Answer'],
      theme.questions.flatMap((q): TableCell[][] => {
        // A note gets a full-width row under its question, so a long note reads at full width.
        const note = [q.note ? `Note: ${q.note}` : null, q.dissent ? `Disagreement recorded: ${q.dissent}` : null].filter((n) => n !== null).join('\n\n')
        return note ? [[q.prompt, q.answerText], [{ text: note, colSpan: 2 }]] : [[q.prompt, q.answerText]]
      }),
      { widths: [0.6, 0.4], rowHeaders: true },
    )
  }
}

function spread(w: ReportWriter, s: SpreadSection): void {
  w.heading(s.title, 2)
  if (s.themes.length === 0) {
    w.paragraph(s.emptyText)
    return
  }
  w.paragraph(s.intro, { keepWithNext: true })
  for (const theme of s.themes) {
    w.heading(theme.title, 3, true)
    w.table(
      s.columns,
      theme.questions.flatMap((q): TableCell[][] => {
        const row = [q.short, q.spread.join('\n'), q.disagreement, q.agreed]
        return q.dissent ? [row, [{ text: `Disagreement recorded: ${q.dissent}`, colSpan: row.length }]] : [row]
      }),
      { widths: [0.19, 0.39, 0.16, 0.26], rowHeaders: true },
    )
  }
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

function section(w: ReportWriter, s: ReportSection, chart: ChartModel): void {
  switch (s.id) {
    case 'cover':
      return cover(w, s)
    case 'summary':
      return summary(w, s)
    case 'findings':
      return findings(w, s, chart)
    case 'council-numbers':
      return councilNumbers(w, s)
    case 'recommendations':
      return recommendations(w, s)
    case 'officer-questions':
      return officerQuestions(w, s)
    case 'case-studies':
      return caseStudies(w, s)
    case 'options':
      return options(w, s)
    case 'action-plan':
      return actionPlan(w, s)
    case 'method':
      return method(w, s)
    case 'appendix':
      return appendix(w, s)
    case 'spread':
      return spread(w, s)
    case 'legal':
      return legal(w, s)
  }
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
