/**
 * The report layout's writing interface (src/pdf/pdf-layout.ts) written as Word content with
 * the docx library, so the Word file holds what the PDF holds, in the same order. Real styles
 * an officer can map onto the council's template: Heading 1 to 3, Normal, List Bullet-style
 * bullets, a numbered list for the recommendations, tables whose header row repeats on every
 * page (w:tblHeader) and whose rows do not split, the chart as an image with alternative text.
 *
 * Exported API:
 * - `DocxWriter(chartImage)`: the `ReportWriter` methods, then `children` (the body, in order)
 * - `RECOMMENDATIONS_NUMBERING` — the numbering reference the document must define
 * - type `ChartImages` `{ svg: string; png: Uint8Array }`
 */
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx'
import type { ChartModel, Rag } from '@/outputs/chart/theme-chart'
import { RAG_COLOURS } from '@/outputs/chart/theme-chart'
import { plainText } from '@/outputs/text-safety'
import type { LabelledValue, ReportLink } from '@/outputs/report/report-model'
import { chartAltText } from '../pdf/chart-alt'
import { keyValueTable } from '../pdf/key-values'
import type { ReportWriter, TableCell as LayoutCell, TableOptions, TextStyle } from '../pdf/pdf-layout'

export const RECOMMENDATIONS_NUMBERING = 'recommendations'

export interface ChartImages {
  svg: string
  png: Uint8Array
}

// Half-points: 11 pt body, 10.5 pt for small text and tables, 12.5 pt for a lead paragraph.
const SIZE = { body: 22, small: 21, lead: 25 } as const
const SECONDARY = '484949'
const HEADER_FILL = '0B0C0C'
const TINT = 'F3F2F1'
const RULE = 'B1B4B6'
// Twips: the indent of a numbered item's body.
const ITEM_INDENT = 567

const hex = (colour: string) => colour.replace('#', '').toUpperCase()

/** Runs for text that may hold line breaks. */
function runs(text: string, options: { bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return plainText(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }))
}

export class DocxWriter implements ReportWriter {
  readonly children: (Paragraph | Table)[] = []
  private breakBefore = false
  /** Inside a numbered item: whether its first paragraph (which carries the number) is still to come. */
  private item: { first: boolean } | null = null
  /** Each numbered list (starting at 1) is its own instance, so it restarts at 1 in Word. */
  private listInstance = 0

  constructor(private readonly images: ChartImages) {}

  /** Paragraph options shared by every paragraph: a pending page break, and a numbered item's number or indent. */
  private place(options: IParagraphOptions): IParagraphOptions {
    const placed: IParagraphOptions = { ...options, pageBreakBefore: this.breakBefore || undefined }
    this.breakBefore = false
    if (!this.item) return placed
    if (this.item.first) {
      this.item.first = false
      return { ...placed, numbering: { reference: RECOMMENDATIONS_NUMBERING, level: 0, instance: this.listInstance } }
    }
    return { ...placed, indent: { left: ITEM_INDENT + (options.bullet ? 360 : 0), hanging: options.bullet ? 360 : undefined } }
  }

  private add(options: IParagraphOptions): void {
    this.children.push(new Paragraph(this.place(options)))
  }

  newPage(): void {
    this.breakBefore = true
  }

  /** Word keeps every character: the reader's own fonts draw what the file holds. */
  coverNote(): void {}

  gap(): void {}

  heading(text: string, level: 1 | 2 | 3): void {
    const heading = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3
    this.add({ heading, children: runs(text), keepNext: true })
  }

  paragraph(text: string, style: TextStyle = {}): void {
    this.add({
      children: runs(text, { bold: style.bold, size: SIZE[style.size ?? 'body'], color: style.secondary ? SECONDARY : undefined }),
      keepNext: style.keepWithNext,
    })
  }

  label(text: string): void {
    this.add({ children: runs(text, { bold: true }), keepNext: true, spacing: { after: 60 } })
  }

  bullets(items: string[], style: TextStyle = {}): void {
    for (const item of items) this.add({ bullet: { level: 0 }, children: runs(item, { bold: style.bold, size: SIZE[style.size ?? 'body'] }) })
  }

  numbered(n: number, body: () => void): void {
    // Word numbers the list itself; the layout's numbers run 1, 2, 3... in the same order.
    if (n === 1) this.listInstance++
    this.item = { first: true }
    try {
      body()
    } finally {
      this.item = null
    }
  }

  links(links: ReportLink[]): void {
    for (const link of links) {
      const text = plainText(link.text)
      const children: ParagraphChild[] = [new ExternalHyperlink({ link: link.url, children: [new TextRun({ text, style: 'Hyperlink', size: SIZE.small })] })]
      this.add({ children })
    }
  }

  ragLine(rag: Rag | null, word: string, text: string): void {
    const tint = rag ? hex(RAG_COLOURS[rag].tint) : TINT
    this.add({
      children: [
        new TextRun({ text: ` ${plainText(word)} `, bold: true, shading: { type: ShadingType.CLEAR, fill: tint, color: 'auto' } }),
        new TextRun({ text: ' ' }),
        ...runs(text),
      ],
    })
  }

  keyValues(rows: LabelledValue[]): void {
    const table = keyValueTable(rows)
    this.table(table.head, table.rows, table.options)
  }

  table(head: string[], rows: LayoutCell[][], options: TableOptions = {}): void {
    const widths = options.widths ?? head.map(() => 1 / head.length)
    const border = { style: BorderStyle.SINGLE, size: 4, color: RULE }
    const borders = { top: border, bottom: border, left: border, right: border }
    const cell = (text: string, opts: { header?: boolean; rowHeader?: boolean; span?: number; width?: number; tinted?: boolean }) =>
      new TableCell({
        children: [
          new Paragraph({
            children: runs(text, { bold: opts.header || opts.rowHeader, size: SIZE.small, color: opts.header ? 'FFFFFF' : undefined }),
            keepNext: opts.header,
          }),
        ],
        columnSpan: opts.span && opts.span > 1 ? opts.span : undefined,
        width: opts.width !== undefined ? { size: Math.round(opts.width * 100), type: WidthType.PERCENTAGE } : undefined,
        shading: opts.header
          ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' }
          : opts.tinted
            ? { type: ShadingType.CLEAR, fill: TINT, color: 'auto' }
            : undefined,
        borders,
        margins: { top: 60, bottom: 60, left: 100, right: 100 },
      })
    const tableRows: TableRow[] = []
    if (!options.noHead)
      tableRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, { header: true, width: widths[i] })) }))
    for (const row of rows) {
      let col = 0
      const children = row.map((c, i) => {
        const span = typeof c === 'string' ? 1 : c.colSpan
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0)
        col += span
        return typeof c === 'string' ? cell(c, { rowHeader: options.rowHeaders && i === 0, width }) : cell(c.text, { span, width, tinted: true })
      })
      // Ordinary rows stay whole; a note (one cell across the row) may break across pages.
      tableRows.push(new TableRow({ cantSplit: row.length > 1 || typeof row[0] === 'string', children }))
    }
    this.flushBreak()
    this.children.push(new Table({ rows: tableRows, width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: widths.map((w) => Math.round(w * 9638)) }))
  }

  /** A table cannot carry a page break, so a pending one goes on an empty paragraph before it. */
  private flushBreak(): void {
    if (this.breakBefore) this.add({ children: [] })
  }

  chart(model: ChartModel): void {
    const width = 620
    const height = Math.round((model.height * width) / model.width)
    const alt = chartAltText(model)
    this.add({
      alignment: AlignmentType.LEFT,
      children: [
        new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(this.images.svg),
          fallback: { type: 'png', data: this.images.png },
          transformation: { width, height },
          altText: { name: 'Theme scores chart', title: 'Score out of 100 for each theme', description: alt },
        }),
      ],
    })
  }

  notice(text: string): void {
    this.add({
      children: runs(text, { bold: true }),
      border: { left: { style: BorderStyle.SINGLE, size: 24, color: '0B0C0C', space: 8 } },
      indent: { left: 240 },
      spacing: { before: 120, after: 120 },
    })
  }
}
