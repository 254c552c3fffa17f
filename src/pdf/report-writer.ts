/**
 * The small writing interface the report layout (pdf-layout.ts) is written against. pdf-writer.ts
 * implements it with jsPDF, src/docx/docx-writer.ts with docx.
 *
 * Exported API: types `ReportWriter` (alias `PdfWriter`), `TextStyle`, `TableCell`, `TableOptions`
 */
import type { ChartModel, Rag } from '@/outputs/chart/theme-chart'
import type { DotPlotModel } from '@/outputs/chart/dot-plot'
import type { LabelledValue, ReportLink } from '../outputs/report/report-model'

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
