/**
 * What the chart drawers share: a line of text, drawing instructions (lines, boxes, dots,
 * diamonds, text) in the model's units, and how to place a label so it stays inside the chart.
 * The SVG component (components/chart/ChartSvg.vue) draws a list of these for both charts; the
 * PDF draws the dot plot from them.
 *
 * Exported API:
 * - `CHART_WIDTH`, `FONT`, `SMALL`, `LINE`, `chartWidth(layout)` — the sizes both charts share
 * - `textWidth(t: ChartText): number` — an estimate, from Helvetica's average glyph width
 * - `placed(text, x, y, size, x0, x1, bold?, nudge?): ChartText` — centred on x, or anchored at an edge to stay inside [x0, x1]
 * - `wrapText(text, width, size, bold?): string[]` — lines that fit `width` at `size`, broken at spaces
 * - types `ChartText`, `ChartPrimitive`, `ChartGroup`
 */

/** One line of text: `y` is the baseline, as in SVG and jsPDF. */
export interface ChartText {
  text: string
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  size: number
  bold?: boolean
}

/** One drawing instruction, in the model's units. */
export type ChartPrimitive =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dashed?: boolean; faint?: boolean; opacity?: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string; width?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; width?: number }
  | { kind: 'polygon'; points: [number, number][]; fill: string; stroke: string; width: number }
  | ({ kind: 'text'; fill: string } & ChartText)

/** Instructions drawn together (an SVG group): a bar, a row, the key. */
export interface ChartGroup {
  key: string
  /** A class for the group, such as the key's. */
  class?: string
  /** A `data-row` attribute: the measure the group draws. */
  row?: string
  items: ChartPrimitive[]
}

/** The default width, in units: a laptop's screen column, and the PDF's 170 mm text width. */
export const CHART_WIDTH = 640
/** The narrowest layout: a 320 px phone less the page margins. */
const MIN_CHART_WIDTH = 240
/** Text sizes in units (titles and values, the rest) and the line height: 14 units are 14 CSS px on screen and 10.5 pt in the PDF. */
export const FONT = 16
export const SMALL = 14
export const LINE = 20

/** The width to lay a chart out at: the one asked for, within reason, or the default. */
export const chartWidth = (layout: { width?: number }): number => Math.max(MIN_CHART_WIDTH, Math.round(layout.width ?? CHART_WIDTH))

// Helvetica's average glyph is a little over half its size, and a bold one a tenth wider.
const CHAR_W = 0.55
const BOLD = 1.1

export const textWidth = (t: Pick<ChartText, 'text' | 'size' | 'bold'>): number => t.text.length * t.size * CHAR_W * (t.bold ? BOLD : 1)

/** A label at `x`, anchored so it stays inside [x0, x1]; at an edge it starts (or ends) `nudge` from x. */
export function placed(text: string, x: number, y: number, size: number, x0: number, x1: number, bold = false, nudge = 5): ChartText {
  const half = textWidth({ text, size, bold }) / 2
  const anchor = x - half < x0 ? 'start' : x + half > x1 ? 'end' : 'middle'
  return { text, x: anchor === 'start' ? Math.max(x0, x - nudge) : anchor === 'end' ? Math.min(x1, x + nudge) : x, y, anchor, size, bold }
}

/** Split a text into lines that fit `width` units at `size` (bold or not), breaking at spaces. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const max = Math.max(8, Math.floor(width / (size * CHAR_W * (bold ? BOLD : 1))))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (next.length > max && line) {
      lines.push(line)
      line = word
    } else {
      line = next
    }
  }
  if (line) lines.push(line)
  return lines.length > 0 ? lines : ['']
}
