/**
 * What every PDF drawing module shares: the jsPDF document, its tagging, the font and what it
 * can draw. Text goes through `drawable` (the embedded font's coverage) before it is measured
 * or drawn, so measuring and drawing agree and no character is lost silently.
 *
 * Exported API:
 * - `PdfPen(doc, tag, coverage)`: `font(size, bold?, colour?)`, `split(text, width)` (in the
 *   current font), `textWidth(text)`, `drawText(line, x, y, align?)` (already split text,
 *   `y` the top of the line), `drawable(text)`
 */
import type { jsPDF } from 'jspdf'
import { FONT_NAME, type FontCoverage } from './fonts/pdf-fonts'
import type { TaggedPdf } from './tagging/tag-jspdf'
import { TEXT_COLOUR } from './pdf-style'

export class PdfPen {
  private bold = false

  constructor(
    readonly doc: jsPDF,
    readonly tag: TaggedPdf,
    readonly coverage: FontCoverage,
  ) {}

  font(size: number, bold = false, colour: string = TEXT_COLOUR): void {
    this.bold = bold
    this.doc.setFont(FONT_NAME, bold ? 'bold' : 'normal')
    this.doc.setFontSize(size)
    this.doc.setTextColor(colour)
  }

  drawable(text: string): string {
    return this.coverage.drawable(text, this.bold)
  }

  /**
   * Lines of `text` that fit `width` mm in the current font, breaking at spaces (and inside words
   * longer than a line). Each line but the last keeps a space at its end, so text read out or
   * copied from the PDF has a space where the line broke ("Target date", not "Targetdate").
   */
  split(text: string, width: number): string[] {
    const lines = this.doc.splitTextToSize(this.drawable(text), width) as string[]
    return lines.map((line, i) => (i < lines.length - 1 && line !== '' && !line.endsWith(' ') ? `${line} ` : line))
  }

  textWidth(text: string): number {
    return this.doc.getTextWidth(this.drawable(text))
  }

  /** Draw one line whose top is at `y`. */
  drawText(line: string, x: number, y: number, align: 'left' | 'center' | 'right' = 'left'): void {
    this.doc.text(this.drawable(line), x, y, { baseline: 'top', align })
  }
}
