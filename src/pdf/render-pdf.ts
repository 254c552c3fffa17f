/**
 * The PDF renderer: the only file that imports jsPDF and jspdf-autotable. It is loaded by
 * dynamic import (see download-pdf.ts), so the PDF library is fetched only when asked for.
 *
 * Exported API:
 * - `renderPdf(report: ReportModel, chart: ChartModel): Uint8Array` — the PDF file's bytes
 * - `renderPdfDocument(report: ReportModel, chart: ChartModel): jsPDF` — the document itself
 *
 * A4 portrait, Helvetica. The file has a title, subject, author and creator; its language is
 * en-GB; viewers show the title rather than the file name; every section has a bookmark; every
 * page says "Page x of y"; links are clickable; the theme chart is drawn as vectors from the
 * same model as the screen; tables repeat their header row on every page.
 *
 * Known limitation: jsPDF's standard fonts cover only WinAnsi, so characters outside it are
 * simplified or replaced by "?" (see win-ansi.ts). jsPDF makes no tagged PDF, so the HTML
 * results page stays the accessible version.
 */
import { jsPDF } from 'jspdf'
import { autoTable, type RowInput } from 'jspdf-autotable'
import { GRID_COLOUR, RAG_COLOURS, TEXT_COLOUR, type ChartModel, type Rag } from '@/outputs/chart/theme-chart'
import type { LabelledValue, ReportLink, ReportModel } from '../outputs/report/report-model'
import { layoutReport, type PdfWriter, type TableCell, type TextStyle } from './pdf-layout'
import { toWinAnsi } from './win-ansi'

const PT = 25.4 / 72
const PAGE = { w: 210, h: 297 }
const MARGIN = { left: 20, right: 20, top: 20, bottom: 22 }
const WIDTH = PAGE.w - MARGIN.left - MARGIN.right
const BOTTOM = PAGE.h - MARGIN.bottom
const SIZE = { title: 26, h2: 17, h3: 13, lead: 12.5, body: 11, small: 9.5, table: 9.5, footer: 9 } as const
const LEADING = 1.3
const CELL_PAD = 1.8
// A long note in a table is drawn as rows of this many lines, so it can break between pages.
const NOTE_CHUNK_LINES = 5
const SECONDARY = '#484949'
const LINK = '#1d70b8'
const RULE = '#b1b4b6'

const lineHeight = (size: number) => size * PT * LEADING

interface Bookmark {
  title: string
  page: number
  children: { title: string; page: number }[]
}

/** Draws with jsPDF, keeping a cursor (`y`, in mm from the top) and the bookmarks made so far. */
class JsPdfWriter implements PdfWriter {
  y = MARGIN.top
  indent = 0
  readonly bookmarks: Bookmark[] = []
  // A heading waiting to be drawn: its height plus the room it needs below it, and how to draw it.
  private pending: { height: number; draw: (() => void) | null } = { height: 0, draw: null }

  constructor(readonly doc: jsPDF) {}

  private get page(): number {
    return this.doc.getNumberOfPages()
  }

  private get x(): number {
    return MARGIN.left + this.indent
  }

  private get width(): number {
    return WIDTH - this.indent
  }

  private font(size: number, bold = false, colour = TEXT_COLOUR): void {
    this.doc.setFont('helvetica', bold ? 'bold' : 'normal')
    this.doc.setFontSize(size)
    this.doc.setTextColor(colour)
  }

  private split(text: string, width: number): string[] {
    return this.doc.splitTextToSize(toWinAnsi(text), width) as string[]
  }

  /** Start a new page when `h` mm does not fit above the bottom margin. */
  private ensure(h: number): void {
    if (this.y + this.pending.height + h > BOTTOM) this.addPage()
    this.flush()
  }

  /**
   * Draw the heading or label waiting to be drawn. Headings wait until the next thing is drawn,
   * so that both start on the same page: a heading is never left alone at the foot of a page.
   */
  private flush(): void {
    const { draw } = this.pending
    if (!draw) return
    this.pending = { height: 0, draw: null }
    const font = this.doc.getFont()
    const size = this.doc.getFontSize()
    const colour = this.doc.getTextColor()
    draw()
    this.doc.setFont(font.fontName, font.fontStyle)
    this.doc.setFontSize(size)
    this.doc.setTextColor(colour)
  }

  newPage(): void {
    this.flush()
    this.addPage()
  }

  private addPage(): void {
    this.doc.addPage('a4', 'portrait')
    this.y = MARGIN.top
  }

  gap(mm: number): void {
    this.y += mm
  }

  private lines(lines: string[], size: number, x: number): void {
    const h = lineHeight(size)
    for (const line of lines) {
      this.ensure(h)
      this.doc.text(line, x, this.y, { baseline: 'top' })
      this.y += h
    }
  }

  /** Lines already known to fit on this page. */
  private drawLines(lines: string[], size: number, x: number): void {
    for (const line of lines) {
      this.doc.text(line, x, this.y, { baseline: 'top' })
      this.y += lineHeight(size)
    }
  }

  heading(text: string, level: 1 | 2 | 3, bookmark = false): void {
    const size = level === 1 ? SIZE.title : level === 2 ? SIZE.h2 : SIZE.h3
    this.font(size, true)
    const lines = this.split(text, this.width)
    const before = level === 2 ? 6 : level === 3 ? 2 : 0
    const after = level === 3 ? 1.5 : 4
    const x = this.x
    const title = toWinAnsi(text)
    this.hold(
      // Room for the heading and two lines of what follows it.
      before + lines.length * lineHeight(size) + after + 2 * lineHeight(SIZE.body),
      () => {
        // Space above a heading, except at the top of a page.
        if (this.y > MARGIN.top) this.y += before
        if (level === 3 && bookmark) this.bookmarks.at(-1)?.children.push({ title, page: this.page })
        if (level < 3) this.bookmarks.push({ title, page: this.page, children: [] })
        this.font(size, true)
        this.drawLines(lines, size, x)
        this.y += after
      },
    )
  }

  label(text: string): void {
    this.font(SIZE.body, true)
    const lines = this.split(text, this.width)
    const x = this.x
    this.hold(lines.length * lineHeight(SIZE.body) + 1 + lineHeight(SIZE.body), () => {
      this.font(SIZE.body, true)
      this.drawLines(lines, SIZE.body, x)
      this.y += 1
    })
  }

  /** Keep `draw` (a heading or label) waiting, after any heading already waiting, until the next content. */
  private hold(height: number, draw: () => void): void {
    const before = this.pending
    this.pending = {
      height: before.height + height,
      draw: () => {
        before.draw?.()
        draw()
      },
    }
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const size = SIZE[style.size ?? 'body']
    this.font(size, style.bold, style.secondary ? SECONDARY : TEXT_COLOUR)
    this.lines(this.split(text, this.width), size, this.x)
    this.gap(style.after ?? 2)
  }

  bullets(items: string[], style: TextStyle = {}): void {
    const size = SIZE[style.size ?? 'body']
    for (const item of items) {
      this.font(size, style.bold, style.secondary ? SECONDARY : TEXT_COLOUR)
      const lines = this.split(item, this.width - 5)
      this.ensure(lineHeight(size))
      this.doc.text('•', this.x + 1, this.y, { baseline: 'top' })
      this.lines(lines, size, this.x + 5)
      this.gap(1)
    }
    this.gap((style.after ?? 2) - 1)
  }

  numbered(n: number, body: () => void): void {
    this.ensure(3 * lineHeight(SIZE.body))
    this.font(SIZE.body, true)
    this.doc.text(`${n}.`, this.x, this.y, { baseline: 'top' })
    this.indent += 8
    try {
      body()
    } finally {
      this.indent -= 8
    }
  }

  links(links: ReportLink[]): void {
    for (const link of links) {
      if (link.text !== link.url) this.paragraph(link.text, { size: 'small', after: 0 })
      this.font(SIZE.small, false, LINK)
      const h = lineHeight(SIZE.small)
      for (const line of this.split(link.url, this.width)) {
        this.ensure(h)
        const w = this.doc.getTextWidth(line)
        this.doc.text(line, this.x, this.y, { baseline: 'top' })
        this.doc.setDrawColor(LINK)
        this.doc.setLineWidth(0.2)
        this.doc.line(this.x, this.y + SIZE.small * PT * 1.02, this.x + w, this.y + SIZE.small * PT * 1.02)
        this.doc.link(this.x, this.y, w, h, { url: link.url })
        this.y += h
      }
      this.gap(1.5)
    }
    this.gap(0.5)
  }

  ragLine(rag: Rag | null, word: string, text: string): void {
    const size = SIZE.body
    const h = lineHeight(size)
    this.font(size, true)
    const tagW = this.doc.getTextWidth(toWinAnsi(word)) + 4
    this.ensure(h + 2)
    this.doc.setFillColor(rag ? RAG_COLOURS[rag].tint : '#f3f2f1')
    this.doc.setDrawColor(rag ? RAG_COLOURS[rag].fill : GRID_COLOUR)
    this.doc.setLineWidth(0.3)
    this.doc.rect(this.x, this.y - 0.6, tagW, h + 0.4, 'FD')
    this.doc.text(toWinAnsi(word), this.x + 2, this.y + 0.2, { baseline: 'top' })
    this.font(size)
    const lines = this.split(text, this.width - tagW - 3)
    const y0 = this.y
    this.doc.text(lines[0] ?? '', this.x + tagW + 3, y0 + 0.2, { baseline: 'top' })
    this.y += h + 0.4
    if (lines.length > 1) {
      this.indentBy(tagW + 3, () => this.lines(lines.slice(1), size, this.x))
    }
    this.gap(2)
  }

  private indentBy(mm: number, fn: () => void): void {
    this.indent += mm
    try {
      fn()
    } finally {
      this.indent -= mm
    }
  }

  keyValues(rows: LabelledValue[]): void {
    const labelW = 50
    for (const row of rows) {
      this.font(SIZE.body)
      const lines = this.split(row.value, this.width - labelW)
      this.ensure(lineHeight(SIZE.body))
      const y0 = this.y
      this.font(SIZE.body, true)
      this.doc.text(toWinAnsi(row.label), this.x, y0, { baseline: 'top' })
      this.font(SIZE.body)
      this.lines(lines, SIZE.body, this.x + labelW)
      this.gap(2)
    }
  }

  table(head: string[], rows: TableCell[][], widths?: number[]): void {
    const width = this.width
    const columns = (widths ?? head.map(() => 1 / head.length)).map((share) => share * width)
    // Start the table where its header and first row fit together, so neither is left alone.
    this.font(SIZE.table, true)
    const cellHeight = (texts: string[], spans: number[]) =>
      Math.max(
        ...texts.map((t, i) => {
          const w = columns.slice(i, i + (spans[i] ?? 1)).reduce((a, b) => a + b, 0) - 2 * CELL_PAD
          return Math.min(this.split(t, w).length, NOTE_CHUNK_LINES * 2) * SIZE.table * PT * 1.15 + 2 * CELL_PAD
        }),
      )
    const first = rows[0] ?? []
    const firstHeight = cellHeight(
      first.map((c) => (typeof c === 'string' ? c : c.text)),
      first.map((c) => (typeof c === 'string' ? 1 : c.colSpan)),
    )
    this.ensure(cellHeight(head, []) + firstHeight + 1)
    autoTable(this.doc, {
      startY: this.y,
      head: [head.map(toWinAnsi)],
      body: rows.flatMap((r) => this.tableRows(r, width)),
      margin: { left: this.x, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom },
      tableWidth: width,
      showHead: 'everyPage',
      // Rows move to the next page whole; long spanning text is cut into short rows (below) so it still flows.
      rowPageBreak: 'avoid',
      theme: 'grid',
      styles: { font: 'helvetica', fontSize: SIZE.table, cellPadding: CELL_PAD, textColor: TEXT_COLOUR, lineColor: RULE, lineWidth: 0.2, overflow: 'linebreak', valign: 'top' },
      headStyles: { fillColor: '#0b0c0c', textColor: '#ffffff', fontStyle: 'bold' },
      columnStyles: Object.fromEntries((widths ?? []).map((share, i) => [i, { cellWidth: share * width }])),
    })
    const last = (this.doc as jsPDF & { lastAutoTable?: { finalY?: number } }).lastAutoTable
    this.y = (last?.finalY ?? this.y) + 5
  }

  /**
   * One table row, or for a cell spanning the row (a note) several rows of a few lines each,
   * drawn as one tinted box. A 2,000-character note then flows across a page break like a
   * paragraph, while ordinary rows are never cut in two.
   */
  private tableRows(row: TableCell[], width: number): RowInput[] {
    const [only] = row
    if (row.length !== 1 || only === undefined || typeof only === 'string') return [row.map((c) => (typeof c === 'string' ? toWinAnsi(c) : toWinAnsi(c.text)))]
    this.font(SIZE.table)
    const lines = this.split(only.text, width - 2 * CELL_PAD - 0.5)
    const chunks: string[][] = []
    for (let i = 0; i < lines.length; i += NOTE_CHUNK_LINES) chunks.push(lines.slice(i, i + NOTE_CHUNK_LINES))
    return chunks.map((chunk, i) => {
      const first = i === 0
      const last = i === chunks.length - 1
      return [
        {
          content: chunk.join('\n'),
          colSpan: only.colSpan,
          styles: {
            fillColor: '#f3f2f1',
            lineWidth: { top: first ? 0.2 : 0, bottom: last ? 0.2 : 0, left: 0.2, right: 0.2 },
            cellPadding: { top: first ? CELL_PAD : 0, bottom: last ? CELL_PAD : 0, left: CELL_PAD, right: CELL_PAD },
          },
        },
      ]
    })
  }

  chart(model: ChartModel): void {
    const doc = this.doc
    let scale = this.width / model.width
    // A chart taller than a page is shrunk to fit one page.
    if (model.height * scale > BOTTOM - MARGIN.top) scale = (BOTTOM - MARGIN.top) / model.height
    this.ensure(model.height * scale)
    const ox = this.x
    const oy = this.y
    const X = (x: number) => ox + x * scale
    const Y = (y: number) => oy + y * scale
    const text = (t: { text: string; x: number; y: number; anchor: string; size: number; bold?: boolean }) => {
      this.font((t.size * scale) / PT, t.bold)
      doc.text(toWinAnsi(t.text), X(t.x), Y(t.y), { align: t.anchor === 'middle' ? 'center' : t.anchor === 'end' ? 'right' : 'left' })
    }
    const { plot } = model

    doc.setLineWidth(0.15)
    doc.setDrawColor(RULE)
    for (const tick of model.ticks) for (const g of tick.grid) doc.line(X(tick.x), Y(g.y1), X(tick.x), Y(g.y2))

    doc.setDrawColor(TEXT_COLOUR)
    doc.setLineWidth(0.3)
    doc.setLineDashPattern([1.2, 0.9], 0)
    for (const t of model.thresholds) for (const g of t.segments) doc.line(X(t.x), Y(g.y1), X(t.x), Y(g.y2))
    doc.setLineDashPattern([], 0)
    for (const t of model.thresholds) text(t.label)

    for (const bar of model.bars) {
      for (const line of bar.label) text(line)
      if (bar.rag && bar.w > 0) {
        doc.setFillColor(RAG_COLOURS[bar.rag].fill)
        doc.setDrawColor(TEXT_COLOUR)
        doc.setLineWidth(0.25)
        doc.rect(X(bar.x), Y(bar.y), bar.w * scale, bar.h * scale, 'FD')
      }
      doc.setFillColor('#ffffff')
      doc.rect(X(bar.valueBox.x), Y(bar.valueBox.y), bar.valueBox.w * scale, bar.valueBox.h * scale, 'F')
      text(bar.valueLabel)
    }

    doc.setDrawColor(TEXT_COLOUR)
    doc.setLineWidth(0.3)
    doc.line(X(plot.x), Y(plot.y + plot.h), X(plot.x + plot.w), Y(plot.y + plot.h))
    for (const tick of model.ticks) {
      doc.line(X(tick.x), Y(tick.y1), X(tick.x), Y(tick.y2))
      text(tick.label)
    }
    text(model.axisLabel)
    this.y = oy + model.height * scale + 4
  }

  notice(text: string): void {
    this.font(SIZE.body, true)
    const lines = this.split(text, this.width - 8)
    const h = lines.length * lineHeight(SIZE.body) + 6
    this.ensure(h)
    this.doc.setDrawColor(TEXT_COLOUR)
    this.doc.setLineWidth(0.8)
    this.doc.line(this.x, this.y, this.x, this.y + h)
    this.y += 3
    this.lines(lines, SIZE.body, this.x + 5)
    this.y += 5
  }

  /** "Page x of y" and the report title at the foot of every page. */
  footers(title: string): void {
    this.flush()
    const n = this.doc.getNumberOfPages()
    for (let i = 1; i <= n; i++) {
      this.doc.setPage(i)
      this.font(SIZE.footer, false, SECONDARY)
      this.doc.setDrawColor(RULE)
      this.doc.setLineWidth(0.2)
      this.doc.line(MARGIN.left, PAGE.h - 15, PAGE.w - MARGIN.right, PAGE.h - 15)
      const label = (this.split(title, WIDTH - 35)[0] ?? '').trim()
      this.doc.text(label, MARGIN.left, PAGE.h - 10)
      this.doc.text(`Page ${i} of ${n}`, PAGE.w - MARGIN.right, PAGE.h - 10, { align: 'right' })
    }
  }

  outline(): void {
    for (const b of this.bookmarks) {
      const parent = this.doc.outline.add(null, b.title, { pageNumber: b.page })
      for (const c of b.children) this.doc.outline.add(parent, c.title, { pageNumber: c.page })
    }
  }
}

/** Build the report as a jsPDF document. */
export function renderPdfDocument(report: ReportModel, chart: ChartModel): jsPDF {
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true })
  doc.setDocumentProperties({
    title: toWinAnsi(report.meta.title),
    subject: toWinAnsi(report.meta.subject),
    author: toWinAnsi(report.meta.author),
    keywords: toWinAnsi(report.meta.keywords),
    creator: 'Library service self-assessment tool',
  })
  doc.setLanguage('en-GB')
  doc.viewerPreferences({ DisplayDocTitle: true })
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines')
  doc.setFont('helvetica', 'normal')

  const writer = new JsPdfWriter(doc)
  layoutReport(writer, report, chart)
  writer.footers(report.title)
  writer.outline()
  return doc
}

/** The report as the bytes of a PDF file. */
export function renderPdf(report: ReportModel, chart: ChartModel): Uint8Array<ArrayBuffer> {
  return new Uint8Array(renderPdfDocument(report, chart).output('arraybuffer'))
}
