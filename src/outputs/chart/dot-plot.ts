/**
 * Dot plot geometry: for each measure, one row with the council's figure (a diamond) against its
 * statistically nearest neighbours (dots) and their median (a dashed line), in abstract units.
 * Pure: no DOM, no Vue, no PDF library. dot-plot-drawing.ts turns the model into drawing instructions. The screen (components/council/CouncilDotPlot.vue) and
 * the PDF both draw this one model, as with theme-chart.ts.
 *
 * Exported API:
 * - `dotPlot(rows: DotPlotRowInput[], layout?: { width?: number }): DotPlotModel` — `width` in the
 *   model's units (default 640); the screen lays the plot out again at its own width in CSS pixels
 * - `DOT_COLOURS`, `niceCeil`; types `DotPlotModel`, `DotPlotLegend`, `DotPlotRow`, `DotPlotDot`, `DotPlotTick`, `DotPlotRowInput`
 *
 * Colour is never the only signal: the council is a larger diamond and labelled "Your council"
 * with its figure; the median line is dashed and labelled; a row without a council figure says so.
 * Each row has its own scale, from 0 to a round number above its largest figure. Text is 14 units
 * or more, as in theme-chart.ts; long titles and key entries wrap to the width.
 */
import { chartWidth, FONT, LINE, placed, SMALL, textWidth, wrapText, type ChartText } from './primitives'
import { GRID_COLOUR, TEXT_COLOUR } from './theme-chart'

export { TEXT_COLOUR, GRID_COLOUR }

export const DOT_COLOURS = {
  /** The council's diamond: the house brand colour, with a dark outline. */
  council: '#1d4f76',
  /** Neighbours: dark grey (over 3:1 against white, as WCAG 1.4.11 asks of graphics). */
  peer: GRID_COLOUR,
  peerStroke: '#ffffff',
} as const

export interface DotPlotRowInput {
  id: string
  /** "Physical visits per 1,000 residents". */
  title: string
  /** The council's figure, or null (then `councilMissing` is printed instead). */
  council: number | null
  /** Said in place of the council's figure when there is none: "No figure" or "Left out: suspect". */
  councilMissing?: string
  /** The neighbours' usable figures. */
  peers: { name: string; value: number }[]
  median: number | null
  /** How to print a figure of this row: "2,323.5" or "21.6%". */
  format: (value: number) => string
  /** How to print the scale's round numbers ("2,500", "25%"); `format` when not given. */
  formatTick?: (value: number) => string
}

export interface DotPlotDot {
  name: string
  value: number
  cx: number
  cy: number
  r: number
}

export interface DotPlotTick {
  value: number
  x: number
  y1: number
  y2: number
  label: ChartText
}

export interface DotPlotRow {
  id: string
  /** The measure's name, on one or more lines. */
  title: ChartText[]
  /** The guide line the dots sit on, and the axis below it. */
  guide: { x1: number; x2: number; y: number }
  axis: { x1: number; x2: number; y: number }
  ticks: DotPlotTick[]
  dots: DotPlotDot[]
  /** The council's diamond as four points (top, right, bottom, left), or null without a figure. */
  council: { value: number; cx: number; cy: number; points: [number, number][] } | null
  /** "Your council 2,323.5", or "Your council: no figure" (on more than one line where it must wrap). */
  councilLabel: ChartText[]
  median: { value: number; x: number; y1: number; y2: number; label: ChartText } | null
  /** Top and bottom of the row. */
  y: number
  h: number
}

/** The key above the rows: what the diamond, the dots and the dashed line stand for (each label on one or more lines). */
export interface DotPlotLegend {
  council: { points: [number, number][]; label: ChartText[] }
  peer: { cx: number; cy: number; r: number; label: ChartText[] }
  median: { x: number; y1: number; y2: number; label: ChartText[] }
}

export interface DotPlotModel {
  /** What the plot was laid out from, so a drawer can lay it out again at another width. */
  input: DotPlotRowInput[]
  width: number
  height: number
  legend: DotPlotLegend
  rows: DotPlotRow[]
  /** A one-sentence description for screen readers and captions. */
  summary: string
}

const PAD = 12
const R = 5
const LEVEL = 2 * R + 1
const DIAMOND = 8
const ROW_GAP = 18
/** A key entry: its symbol, then its label. */
const SYMBOL = 16
const KEY_GAP = 6
const KEY_LINE = SMALL + 4

/** A round number at or above `n`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeil(n: number): number {
  if (!(n > 0)) return 1
  const p = 10 ** Math.floor(Math.log10(n))
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((v) => v >= n - 1e-9) ?? 10 * p
}

/** A diamond's four points: top, right, bottom, left. */
function diamond(cx: number, cy: number, size: number): [number, number][] {
  return [
    [cx, cy - size],
    [cx + size, cy],
    [cx, cy + size],
    [cx - size, cy],
  ]
}

/** Stack dots that would overlap: each goes to the lowest level with room at its x. */
function stack(xs: { x: number; i: number }[], blocked: number | null): Map<number, number> {
  const levels: number[][] = []
  const out = new Map<number, number>()
  if (blocked !== null) levels[0] = [blocked]
  for (const { x, i } of [...xs].sort((a, b) => a.x - b.x)) {
    let level = 0
    while ((levels[level] ?? []).some((other) => Math.abs(other - x) < LEVEL)) level++
    ;(levels[level] ??= []).push(x)
    out.set(i, level)
  }
  return out
}

/**
 * The key, its entries side by side while they fit and on new lines when not, a long label
 * wrapped; `bottom` is where the key ends.
 */
function legendFor(x0: number, x1: number): { legend: DotPlotLegend; bottom: number } {
  let x = x0
  let cy = 10
  let lineBottom = cy + 8
  const entry = (label: string) => {
    const lines = wrapText(label, x1 - x0 - SYMBOL - KEY_GAP, SMALL)
    const w = SYMBOL + KEY_GAP + Math.max(...lines.map((text) => textWidth({ text, size: SMALL })))
    if (x > x0 && x + w > x1) {
      x = x0
      cy = lineBottom + 10
    }
    const at = { x, cy }
    const texts = lines.map((text, i): ChartText => ({ text, x: x + SYMBOL + KEY_GAP, y: cy + SMALL * 0.35 + i * KEY_LINE, anchor: 'start', size: SMALL }))
    lineBottom = Math.max(lineBottom, cy + 8, cy + (lines.length - 1) * KEY_LINE + SMALL * 0.35 + 4)
    // An entry on several lines leaves no room beside it.
    x = lines.length > 1 ? x1 : x + w + SYMBOL
    return { ...at, texts }
  }
  const c = entry('Your council')
  const p = entry('A neighbour (one of the 15 most similar councils)')
  const m = entry('Neighbours’ median')
  return {
    legend: {
      council: { points: diamond(c.x + SYMBOL / 2, c.cy, DIAMOND - 2), label: c.texts },
      peer: { cx: p.x + SYMBOL / 2, cy: p.cy, r: R, label: p.texts },
      median: { x: m.x + SYMBOL / 2, y1: m.cy - 8, y2: m.cy + 8, label: m.texts },
    },
    bottom: lineBottom,
  }
}

/** Lay out one row per measure, top to bottom. */
export function dotPlot(rows: DotPlotRowInput[], layout: { width?: number } = {}): DotPlotModel {
  const width = chartWidth(layout)
  const x0 = PAD
  const x1 = width - PAD
  const { legend, bottom: legendBottom } = legendFor(x0, x1)
  let y = legendBottom + ROW_GAP
  const out: DotPlotRow[] = rows.map((row) => {
    const values = [...row.peers.map((p) => p.value), ...(row.council === null ? [] : [row.council])]
    const hi = niceCeil(Math.max(0, ...values))
    const xOf = (v: number) => x0 + (Math.max(0, v) / hi) * (x1 - x0)

    const top = y
    const title = wrapText(row.title, x1 - x0, FONT, true).map((text, i): ChartText => ({
      text,
      x: x0,
      y: top + FONT + i * LINE,
      anchor: 'start',
      size: FONT,
      bold: true,
    }))
    const labelY = title.at(-1)!.y + LINE
    const councilX = row.council === null ? null : xOf(row.council)
    const councilLabel =
      row.council === null
        ? wrapText(`Your council: ${row.councilMissing ?? 'no figure'}`, x1 - x0, FONT, true).map((text, i): ChartText => ({
            text,
            x: x0,
            y: labelY + i * LINE,
            anchor: 'start',
            size: FONT,
            bold: true,
          }))
        : [placed(`Your council ${row.format(row.council)}`, councilX!, labelY, FONT, x0, x1, true)]

    const peerXs = row.peers.map((p, i) => ({ x: xOf(p.value), i }))
    const levels = stack(peerXs, councilX)
    const maxLevel = Math.max(0, ...levels.values())
    const dotsY = councilLabel.at(-1)!.y + 10 + maxLevel * LEVEL + DIAMOND
    const dots: DotPlotDot[] = row.peers.map((p, i) => ({ name: p.name, value: p.value, cx: xOf(p.value), cy: dotsY - (levels.get(i) ?? 0) * LEVEL, r: R }))
    const council =
      row.council === null || councilX === null
        ? null
        : {
            value: row.council,
            cx: councilX,
            cy: dotsY,
            points: diamond(councilX, dotsY, DIAMOND),
          }

    const axisY = dotsY + DIAMOND + 4
    const ticks: DotPlotTick[] = [0, hi / 2, hi].map((value) => ({
      value,
      x: xOf(value),
      y1: axisY,
      y2: axisY + 4,
      label: {
        text: (row.formatTick ?? row.format)(value),
        x: xOf(value),
        y: axisY + 4 + SMALL + 1,
        anchor: value === 0 ? 'start' : value === hi ? 'end' : 'middle',
        size: SMALL,
      },
    }))
    const medianLabelY = axisY + 4 + SMALL + 1 + SMALL + 4
    const median =
      row.median === null
        ? null
        : {
            value: row.median,
            x: xOf(row.median),
            y1: labelY + 6,
            y2: axisY,
            label: placed(`Median ${row.format(row.median)}`, xOf(row.median), medianLabelY, SMALL, x0, x1),
          }
    const bottom = medianLabelY + 4
    y = bottom + ROW_GAP
    return {
      id: row.id,
      title,
      guide: { x1: x0, x2: x1, y: dotsY },
      axis: { x1: x0, x2: x1, y: axisY },
      ticks,
      dots,
      council,
      councilLabel,
      median,
      y: top,
      h: bottom - top,
    }
  })

  const summary =
    rows.length === 0
      ? 'No figures to show.'
      : `Your council (a diamond) against its statistically nearest neighbours (dots) on ${rows.length} ${rows.length === 1 ? 'measure' : 'measures'}, ` +
        'with the neighbours’ median as a dashed line. The table gives every figure.'
  return { input: rows, width, height: Math.ceil(Math.max(legendBottom, y - ROW_GAP) + 2), legend, rows: out, summary }
}
