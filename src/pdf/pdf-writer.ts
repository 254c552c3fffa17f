/**
 * The report layout's writing interface (report-writer.ts) drawn with jsPDF on a cursor down A4
 * pages (pdf-cursor.ts), every piece of text tagged (H1 to H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Figure,
 * Link) and everything else an artifact. Headings, labels and introductions wait until the
 * next thing is drawn so that both start on the same page: no heading is left alone at the
 * foot of a page.
 *
 * Exported API:
 * - `JsPdfWriter(pen)`: the `ReportWriter` methods, then `furniture(title, date)` (running header,
 *   footer and "Page x of y" on every page, as artifacts) and `outline()` (bookmarks)
 */
import type { ChartModel, Rag } from '@/outputs/chart/theme-chart'
import type { LabelledValue, ReportLink } from '../outputs/report/report-model'
import { describeCharacter, PLACEHOLDER } from './fonts/pdf-fonts'
import type { ReportWriter, TableCell, TableOptions, TextStyle } from './report-writer'
import { PdfCursor } from './pdf-cursor'
import type { PdfPen } from './pdf-pen'
import { drawTable, tableStartHeight } from './pdf-table'
import { drawThemeChart } from './draw-theme-chart'
import type { DotPlotModel } from '@/outputs/chart/dot-plot'
import { dotPlotScale, drawDotPlot } from './draw-dot-plot'
import { splitUrl } from './split-url'
import { BOTTOM, GRID_COLOUR, LINK, lineHeight, MARGIN, PT, RAG_COLOURS, SECONDARY, SIZE, TEXT_COLOUR, TINT } from './pdf-style'
import { keyValueTable } from './key-values'
import { drawFurniture, drawOutline, type Bookmark } from './pdf-furniture'

export class JsPdfWriter extends PdfCursor implements ReportWriter {
  readonly bookmarks: Bookmark[] = []

  constructor(
    pen: PdfPen,
    private readonly missing: string[] = [],
  ) {
    super(pen)
  }

  heading(text: string, level: 1 | 2 | 3, bookmark = false): void {
    const size = level === 1 ? SIZE.title : level === 2 ? SIZE.h2 : SIZE.h3
    this.pen.font(size, true)
    const lines = this.pen.split(text, this.width)
    const before = level === 2 ? 6 : level === 3 ? 3 : 0
    const after = level === 3 ? 1.5 : 4
    const x = this.x
    const title = this.pen.drawable(text)
    // Room for the heading and two lines of what follows it.
    this.hold(before + lines.length * lineHeight(size) + after + 2 * lineHeight(SIZE.body), () => {
      if (this.y > MARGIN.top) this.y += before
      if (level === 3 && bookmark) this.bookmarks.at(-1)?.children.push({ title, page: this.page })
      if (level < 3) this.bookmarks.push({ title, page: this.page, children: [] })
      this.pen.font(size, true)
      this.tag.within(level === 1 ? 'H1' : level === 2 ? 'H2' : 'H3', {}, () => this.lines(lines, size, x))
      this.y += after
    })
  }

  label(text: string): void {
    this.paragraph(text, { bold: true, after: 1, keepWithNext: true })
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const size = SIZE[style.size ?? 'body']
    const colour = style.secondary ? SECONDARY : TEXT_COLOUR
    this.pen.font(size, style.bold, colour)
    const lines = this.pen.split(text, this.width)
    const x = this.x
    const draw = () => {
      this.pen.font(size, style.bold, colour)
      this.tag.within('P', {}, () => this.lines(lines, size, x))
      this.gap(style.after ?? 2)
    }
    if (style.keepWithNext) {
      this.hold(lines.length * lineHeight(size) + (style.after ?? 2) + lineHeight(SIZE.body), draw)
      return
    }
    this.ensure(Math.min(lines.length, 2) * lineHeight(size))
    draw()
  }

  bullets(items: string[], style: TextStyle = {}): void {
    const size = SIZE[style.size ?? 'body']
    const colour = style.secondary ? SECONDARY : TEXT_COLOUR
    this.ensure(lineHeight(size))
    this.tag.within('L', { listNumbering: 'Disc' }, () => {
      for (const item of items) {
        this.pen.font(size, style.bold, colour)
        const lines = this.pen.split(item, this.width - 5)
        this.ensure(lineHeight(size))
        this.tag.within('LI', {}, () => {
          this.tag.within('Lbl', {}, () => this.tag.mark(() => this.pen.drawText('•', this.x + 1, this.y)))
          this.tag.within('LBody', {}, () => this.lines(lines, size, this.x + 5))
        })
        this.gap(1)
      }
    })
    this.gap((style.after ?? 2) - 1)
  }

  numbered(n: number, body: () => void): void {
    this.ensure(3 * lineHeight(SIZE.body))
    this.tag.within(
      'L',
      { listNumbering: 'Decimal' },
      () =>
        this.tag.within('LI', {}, () => {
          this.pen.font(SIZE.body, true)
          this.tag.within('Lbl', {}, () => this.tag.mark(() => this.pen.drawText(`${n}.`, this.x, this.y)))
          this.indent += 8
          try {
            this.tag.within('LBody', {}, body)
          } finally {
            this.indent -= 8
          }
        }),
      true,
    )
  }

  links(links: ReportLink[]): void {
    const size = SIZE.small
    const h = lineHeight(size)
    for (const link of links) {
      this.pen.font(size, false, LINK)
      const bare = link.text === link.url
      const lines = bare ? splitUrl(link.url, this.width, (s) => this.pen.textWidth(s)) : this.pen.split(link.text, this.width)
      this.ensure(h)
      this.tag.within('P', {}, () =>
        this.tag.within('Link', bare ? {} : { actualText: `${link.text} (${link.url})` }, () => {
          for (const line of lines) {
            if (this.y + h > BOTTOM) this.addPage()
            this.pen.font(size, false, LINK)
            const w = this.pen.textWidth(line)
            this.tag.mark(() => this.pen.drawText(line, this.x, this.y))
            this.tag.artifact(() => {
              this.doc.setDrawColor(LINK)
              this.doc.setLineWidth(0.2)
              this.doc.line(this.x, this.y + size * PT * 1.05, this.x + w, this.y + size * PT * 1.05)
            })
            this.tag.link(this.x, this.y, w, h, link.url)
            this.y += h
          }
        }),
      )
      this.gap(1.5)
    }
    this.gap(0.5)
  }

  ragLine(rag: Rag | null, word: string, text: string): void {
    const size = SIZE.body
    const h = lineHeight(size)
    this.pen.font(size, true)
    const tagW = this.pen.textWidth(word) + 4
    this.pen.font(size)
    const lines = this.pen.split(text, this.width - tagW - 3)
    this.ensure(h + 2)
    this.tag.within('P', {}, () => {
      this.tag.artifact(() => {
        this.doc.setFillColor(rag ? RAG_COLOURS[rag].tint : TINT)
        this.doc.setDrawColor(rag ? RAG_COLOURS[rag].fill : GRID_COLOUR)
        this.doc.setLineWidth(0.3)
        this.doc.rect(this.x, this.y - 0.6, tagW, h + 0.4, 'FD')
      })
      this.pen.font(size, true)
      this.tag.mark(() => this.pen.drawText(word, this.x + 2, this.y + 0.2))
      this.pen.font(size)
      this.tag.mark(() => this.pen.drawText(lines[0] ?? '', this.x + tagW + 3, this.y + 0.2))
      this.y += h + 0.4
      this.lines(lines.slice(1), size, this.x + tagW + 3)
    })
    this.gap(2)
  }

  keyValues(rows: LabelledValue[]): void {
    const table = keyValueTable(rows)
    this.table(table.head, table.rows, table.options)
  }

  table(head: string[], rows: TableCell[][], options: TableOptions = {}): void {
    const widths = options.widths ?? head.map(() => 1 / head.length)
    const table = { head, rows, widths, x: this.x, width: this.width, rowHeaders: options.rowHeaders, noHead: options.noHead }
    // Whatever waits (a heading, an introduction) moves with the header and first row.
    this.ensure(tableStartHeight(this.pen, table))
    this.y = drawTable(this.pen, table, this.y, () => this.addPage()) + 5
  }

  chart(model: ChartModel): void {
    let scale = this.width / model.width
    // A chart taller than a page is shrunk to fit one page.
    if (model.height * scale > BOTTOM - MARGIN.top) scale = (BOTTOM - MARGIN.top) / model.height
    this.ensure(model.height * scale)
    drawThemeChart(this.pen, model, this.x, this.y, scale)
    this.y += model.height * scale + 4
  }

  dotPlot(model: DotPlotModel): void {
    const scale = dotPlotScale(model, this.width, BOTTOM - MARGIN.top)
    this.ensure(model.height * scale)
    drawDotPlot(this.pen, model, this.x, this.y, scale)
    this.y += model.height * scale + 4
  }

  notice(text: string): void {
    this.pen.font(SIZE.body, true)
    const lines = this.pen.split(text, this.width - 8)
    const h = lines.length * lineHeight(SIZE.body) + 6
    this.ensure(h)
    this.tag.artifact(() => {
      this.doc.setDrawColor(TEXT_COLOUR)
      this.doc.setLineWidth(0.8)
      this.doc.line(this.x, this.y, this.x, this.y + h)
    })
    this.y += 3
    this.pen.font(SIZE.body, true)
    this.tag.within('P', {}, () => this.lines(lines, SIZE.body, this.x + 5))
    this.y += 5
  }

  /** Characters the font cannot draw: said on the cover, never dropped silently. */
  coverNote(): void {
    if (this.missing.length === 0) return
    this.gap(4)
    this.notice(
      `This PDF’s font cannot show ${this.missing.length === 1 ? 'one character' : `${this.missing.length} characters`} used in this report. ` +
        `${this.missing.length === 1 ? 'It is' : 'They are'} shown as ${PLACEHOLDER} instead: ${this.missing.map(describeCharacter).join(', ')}. ` +
        'The Word version and the CSV table keep every character.',
    )
  }

  /** A running header (the title and date) and "Page x of y" on every page after the cover, as artifacts. */
  furniture(title: string, date: string): void {
    this.flush()
    drawFurniture(this.pen, title, date)
  }

  outline(): void {
    drawOutline(this.pen, this.bookmarks)
  }
}
