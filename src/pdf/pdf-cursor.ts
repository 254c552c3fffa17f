/**
 * A cursor down A4 pages for the PDF writer (pdf-writer.ts): where the next thing goes, a new page
 * when it does not fit, and headings, labels and introductions held back until the next thing is
 * drawn so that both start on the same page.
 *
 * Exported API: `PdfCursor(pen)`, a base class: `y`, `indent`, `newPage()`, `gap(mm)`, and for
 * its subclass `ensure(h)`, `hold(height, draw)`, `flush()`, `addPage()`, `lines(lines, size, x)`
 */
import type { PdfPen } from './pdf-pen'
import { BOTTOM, lineHeight, MARGIN, WIDTH } from './pdf-style'

export class PdfCursor {
  y: number = MARGIN.top
  indent = 0
  // What is waiting to be drawn: its height plus the room it needs below it, and how to draw it.
  private pending: { height: number; draw: (() => void) | null } = { height: 0, draw: null }

  constructor(readonly pen: PdfPen) {}

  protected get doc() {
    return this.pen.doc
  }

  protected get tag() {
    return this.pen.tag
  }

  protected get page(): number {
    return this.doc.getNumberOfPages()
  }

  protected get x(): number {
    return MARGIN.left + this.indent
  }

  protected get width(): number {
    return WIDTH - this.indent
  }

  /** Start a new page when `h` mm does not fit above the bottom margin, then draw what is waiting. */
  protected ensure(h: number): void {
    if (this.y + this.pending.height + h > BOTTOM) this.addPage()
    this.flush()
  }

  protected flush(): void {
    const { draw } = this.pending
    if (!draw) return
    this.pending = { height: 0, draw: null }
    draw()
  }

  /** Keep `draw` waiting, after anything already waiting, until the next content. */
  protected hold(height: number, draw: () => void): void {
    const before = this.pending
    this.pending = {
      height: before.height + height,
      draw: () => {
        before.draw?.()
        draw()
      },
    }
  }

  newPage(): void {
    this.flush()
    this.addPage()
  }

  protected addPage(): number {
    this.doc.addPage('a4', 'portrait')
    this.y = MARGIN.top
    return this.y
  }

  gap(mm: number): void {
    this.y += mm
  }

  /** Lines of text in one element, each line marked, moving to a new page where needed. */
  protected lines(lines: string[], size: number, x: number): void {
    const h = lineHeight(size)
    for (const line of lines) {
      if (this.y + h > BOTTOM) this.addPage()
      this.tag.mark(() => this.pen.drawText(line, x, this.y))
      this.y += h
    }
  }
}
