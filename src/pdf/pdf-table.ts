/**
 * Tables in the PDF, drawn directly (no jspdf-autotable) so that every cell is tagged: a Table
 * element with one TR per row, TH cells with a scope (Column for the header row, Row for a
 * label column) and TD cells, colspans included. The header row repeats at the top of every
 * page the table runs onto; the repeats are artifacts, so a screen reader hears it once.
 *
 * Rows move to the next page whole. A note row (one cell spanning the row) breaks between
 * lines like a paragraph, so a 2,000-character note flows across a page break; any row taller
 * than a page does the same.
 *
 * Exported API:
 * - `drawTable(pen, table, top, newPage): number` — draws from `top` (mm), returns the y below it
 * - `tableStartHeight(pen, table): number` — the room the header and first row need
 * - types `PdfTable`, `TableCell`
 */
import type { PdfPen } from './pdf-pen'
import { BOTTOM, CELL_PAD, HEADER_FILL, MARGIN, PT, RULE, SIZE, TABLE_LEADING, TEXT_COLOUR, TINT } from './pdf-style'

/** A table cell: text, or text spanning several columns on a tinted background (used for notes). */
export type TableCell = string | { text: string; colSpan: number }

export interface PdfTable {
  head: string[]
  rows: TableCell[][]
  /** Shares of `width`, one per column. */
  widths: number[]
  x: number
  width: number
  /** The first column heads its row (a TH with Row scope) rather than being a plain cell. */
  rowHeaders?: boolean
  /** Draw no header row (for label and value lists). */
  noHead?: boolean
}

interface Cell {
  lines: string[]
  x: number
  w: number
  colSpan: number
  header: 'Column' | 'Row' | null
  tinted: boolean
}

const LINE = SIZE.table * PT * TABLE_LEADING

function layoutRow(pen: PdfPen, cells: TableCell[], columns: number[], x0: number, bold: boolean, header: 'Column' | null, rowHeaders: boolean): Cell[] {
  let x = x0
  let col = 0
  return cells.map((cell, i) => {
    const span = typeof cell === 'string' ? 1 : cell.colSpan
    const w = columns.slice(col, col + span).reduce((a, b) => a + b, 0)
    const text = typeof cell === 'string' ? cell : cell.text
    const rowHeader = header === null && rowHeaders && i === 0
    pen.font(SIZE.table, bold || rowHeader)
    const lines = text.split('\n').flatMap((para) => (para === '' ? [''] : pen.split(para, w - 2 * CELL_PAD)))
    const out: Cell = { lines, x, w, colSpan: span, header: header ?? (rowHeader ? 'Row' : null), tinted: typeof cell !== 'string' }
    x += w
    col += span
    return out
  })
}

/** The height of the header row and (up to three lines of) the first row: the least that may start a table. */
export function tableStartHeight(pen: PdfPen, table: PdfTable): number {
  const columns = table.widths.map((share) => share * table.width)
  const head = table.noHead ? [] : layoutRow(pen, table.head, columns, table.x, true, 'Column', false)
  const headHeight = head.length > 0 ? Math.max(...head.map((c) => c.lines.length)) * LINE + 2 * CELL_PAD : 0
  const first = table.rows[0] ? layoutRow(pen, table.rows[0], columns, table.x, false, null, table.rowHeaders === true) : []
  const firstHeight = first.length > 0 ? Math.min(Math.max(...first.map((c) => c.lines.length)), 3) * LINE + 2 * CELL_PAD : 0
  return headHeight + firstHeight
}

export function drawTable(pen: PdfPen, table: PdfTable, top: number, newPage: () => number): number {
  const { doc, tag } = pen
  const columns = table.widths.map((share) => share * table.width)
  const head = table.noHead ? null : layoutRow(pen, table.head, columns, table.x, true, 'Column', false)
  const headHeight = head ? Math.max(...head.map((c) => c.lines.length)) * LINE + 2 * CELL_PAD : 0
  // Start the table where its header and first row fit together, so the header is never left alone.
  let y = top + tableStartHeight(pen, table) > BOTTOM ? newPage() : top

  const drawHead = (asArtifact: boolean) => {
    if (!head) return
    const draw = (tagged: boolean) => {
      tag.artifact(() => {
        doc.setFillColor(HEADER_FILL)
        doc.setDrawColor(RULE)
        doc.setLineWidth(0.2)
        for (const c of head) doc.rect(c.x, y, c.w, headHeight, 'FD')
      })
      const text = (c: Cell) => {
        pen.font(SIZE.table, true, '#ffffff')
        c.lines.forEach((line, i) => pen.drawText(line, c.x + CELL_PAD, y + CELL_PAD + i * LINE))
      }
      for (const c of head) {
        if (tagged) tag.within('TH', { scope: 'Column', colSpan: c.colSpan }, () => tag.mark(() => text(c)))
        else tag.artifact(() => text(c))
      }
    }
    if (asArtifact) draw(false)
    else tag.within('TR', {}, () => draw(true))
    y += headHeight
  }

  const continuePage = () => {
    y = newPage()
    drawHead(true)
  }

  tag.within('Table', {}, () => {
    drawHead(false)
    for (const row of table.rows) {
      const cells = layoutRow(pen, row, columns, table.x, false, null, table.rowHeaders === true)
      const lines = Math.max(...cells.map((c) => c.lines.length))
      const height = lines * LINE + 2 * CELL_PAD
      const splittable = cells.length === 1 && cells[0]!.tinted
      // A row that fits on a fresh page but not here starts on the next page.
      if (y + height > BOTTOM && !(splittable && y + 2 * LINE + 2 * CELL_PAD <= BOTTOM) && height <= BOTTOM - MARGIN.top - headHeight) continuePage()
      tag.within('TR', {}, () => {
        let done = 0
        // Draw the row in parts, one per page it touches.
        while (done < lines) {
          const room = Math.max(1, Math.floor((BOTTOM - y - 2 * CELL_PAD) / LINE))
          const count = Math.min(room, lines - done)
          const first = done === 0
          const last = done + count === lines
          const partHeight = count * LINE + (first ? CELL_PAD : 0) + (last ? CELL_PAD : 0) + (first && last ? 0 : CELL_PAD)
          tag.artifact(() => {
            doc.setDrawColor(RULE)
            doc.setLineWidth(0.2)
            for (const c of cells) {
              if (c.tinted) {
                doc.setFillColor(TINT)
                doc.rect(c.x, y, c.w, partHeight, 'F')
              }
              doc.line(c.x, y, c.x, y + partHeight)
              doc.line(c.x + c.w, y, c.x + c.w, y + partHeight)
              if (first) doc.line(c.x, y, c.x + c.w, y)
              doc.line(c.x, y + partHeight, c.x + c.w, y + partHeight)
            }
          })
          for (const c of cells) {
            const part = c.lines.slice(done, done + count)
            if (part.length === 0 && !first) continue
            const draw = () => {
              pen.font(SIZE.table, c.header !== null, TEXT_COLOUR)
              part.forEach((line, i) => pen.drawText(line, c.x + CELL_PAD, y + (first ? CELL_PAD : CELL_PAD / 2) + i * LINE))
            }
            // A cell drawn over two pages is one element with content on each.
            const type = c.header ? 'TH' : 'TD'
            if (first) tag.tree.open(type, { scope: c.header ?? undefined, colSpan: c.colSpan })
            else {
              const existing = tag.tree.current.children[cells.indexOf(c)]
              if (existing) tag.tree.enter(existing)
              else tag.tree.open(type)
            }
            tag.mark(draw)
            tag.tree.close()
          }
          done += count
          y += partHeight
          if (!last) continuePage()
        }
      })
    }
  })
  return y
}
