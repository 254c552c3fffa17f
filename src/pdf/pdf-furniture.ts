/**
 * What every page carries besides the report: the running header and footer with "Page x of y"
 * (artifacts, so screen readers skip them) and the document outline (bookmarks).
 *
 * Exported API:
 * - `drawFurniture(pen, title, date)`: the header (title and date, from page 2) and the footer on every page
 * - `drawOutline(pen, bookmarks)`: each h2 as a bookmark, its h3s beneath it
 */
import type { PdfPen } from './pdf-pen'
import { MARGIN, PAGE, RULE, SECONDARY, SIZE, WIDTH } from './pdf-style'

export interface Bookmark {
  title: string
  page: number
  children: { title: string; page: number }[]
}

export function drawFurniture(pen: PdfPen, title: string, date: string): void {
  const { doc, tag } = pen
  const n = doc.getNumberOfPages()
  for (let i = 1; i <= n; i++) {
    doc.setPage(i)
    pen.font(SIZE.furniture, false, SECONDARY)
    if (i > 1) {
      tag.artifact(() => {
        pen.drawText(pen.split(title, WIDTH - 40)[0] ?? '', MARGIN.left, 10)
        pen.drawText(date, PAGE.w - MARGIN.right, 10, 'right')
        doc.setDrawColor(RULE)
        doc.setLineWidth(0.2)
        doc.line(MARGIN.left, 15, PAGE.w - MARGIN.right, 15)
      }, 'Header')
    }
    tag.artifact(() => {
      pen.font(SIZE.furniture, false, SECONDARY)
      doc.setDrawColor(RULE)
      doc.setLineWidth(0.2)
      doc.line(MARGIN.left, PAGE.h - 15, PAGE.w - MARGIN.right, PAGE.h - 15)
      pen.drawText(`Page ${i} of ${n}`, PAGE.w - MARGIN.right, PAGE.h - 13, 'right')
    }, 'Footer')
  }
}

export function drawOutline(pen: PdfPen, bookmarks: readonly Bookmark[]): void {
  for (const b of bookmarks) {
    const parent = pen.doc.outline.add(null, b.title, { pageNumber: b.page })
    for (const c of b.children) pen.doc.outline.add(parent, c.title, { pageNumber: c.page })
  }
}
