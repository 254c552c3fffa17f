/**
 * Dot plot geometry: for each measure, one row with the council's figure (a diamond) against its
 * statistically nearest neighbours (dots) and their median (a dashed line), in abstract units.
 * Pure: no DOM, no Vue, no PDF library. The screen (components/council/CouncilDotPlot.vue) and
 * the PDF both draw this one model, as with theme-chart.ts.
 *
 * Exported API:
 * - `dotPlot(rows: DotPlotRowInput[]): DotPlotModel`
 * - `DOT_COLOURS`, `niceCeil`; types `DotPlotModel`, `DotPlotLegend`, `DotPlotRow`, `DotPlotDot`, `DotPlotTick`, `DotPlotRowInput`
 *
 * Colour is never the only signal: the council is a larger diamond and labelled "Your council"
 * with its figure; the median line is dashed and labelled; a row without a council figure says so.
 * Each row has its own scale, from 0 to a round number above its largest figure.
 */
import { GRID_COLOUR, TEXT_COLOUR, type ChartText } from './theme-chart'

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
  title: ChartText
  /** The guide line the dots sit on, and the axis below it. */
  guide: { x1: number; x2: number; y: number }
  axis: { x1: number; x2: number; y: number }
  ticks: DotPlotTick[]
  dots: DotPlotDot[]
  /** The council's diamond as four points (top, right, bottom, left), or null without a figure. */
  council: { value: number; cx: number; cy: number; points: [number, number][] } | null
  /** "Your council 2,323.5", or "Your council: no figure". */
  councilLabel: ChartText
  median: { value: number; x: number; y1: number; y2: number; label: ChartText } | null
  /** Top and bottom of the row. */
  y: number
  h: number
}

/** The key above the rows: what the diamond, the dots and the dashed line stand for. */
export interface DotPlotLegend {
  council: { points: [number, number][]; label: ChartText }
  peer: { cx: number; cy: number; r: number; label: ChartText }
  median: { x: number; y1: number; y2: number; label: ChartText }
}

export interface DotPlotModel {
  width: number
  height: number
  legend: DotPlotLegend
  rows: DotPlotRow[]
  /** A one-sentence description for screen readers and captions. */
  summary: string
}

const WIDTH = 640
const PAD = 12
const FONT = 13
const SMALL = 11
const R = 5
const LEVEL = 2 * R + 1
const DIAMOND = 8
const ROW_GAP = 18
// Helvetica's average glyph is a little over half its size; used to keep labels inside the plot.
const CHAR_W = 0.55

/** A round number at or above `n`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeil(n: number): number {
  if (!(n > 0)) return 1
  const p = 10 ** Math.floor(Math.log10(n))
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((v) => v >= n - 1e-9) ?? 10 * p
}

/** A label at `x`, anchored so it stays inside [x0, x1]. */
function placed(text: string, x: number, y: number, size: number, x0: number, x1: number, bold = false): ChartText {
  const half = (text.length * size * CHAR_W) / 2
  const anchor = x - half < x0 ? 'start' : x + half > x1 ? 'end' : 'middle'
  return { text, x: anchor === 'start' ? Math.max(x0, x - R) : anchor === 'end' ? Math.min(x1, x + R) : x, y, anchor, size, bold }
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

/** Lay out one row per measure, top to bottom. */
export function dotPlot(rows: DotPlotRowInput[]): DotPlotModel {
  const x0 = PAD
  const x1 = WIDTH - PAD
  const ly = 10
  const text = (t: string, x: number): ChartText => ({ text: t, x, y: ly + SMALL * 0.35, anchor: 'start', size: SMALL })
  const legend: DotPlotLegend = {
    council: { points: diamond(x0 + DIAMOND, ly, DIAMOND - 2), label: text('Your council', x0 + 2 * DIAMOND + 6) },
    peer: { cx: 150, cy: ly, r: R, label: text('A neighbour (one of the 15 most similar councils)', 150 + R + 6) },
    median: { x: 470, y1: ly - 8, y2: ly + 8, label: text('Neighbours’ median', 478) },
  }
  let y = ly + 8 + ROW_GAP
  const out: DotPlotRow[] = rows.map((row) => {
    const values = [...row.peers.map((p) => p.value), ...(row.council === null ? [] : [row.council])]
    const hi = niceCeil(Math.max(0, ...values))
    const xOf = (v: number) => x0 + (Math.max(0, v) / hi) * (x1 - x0)

    const top = y
    const title: ChartText = { text: row.title, x: x0, y: top + FONT, anchor: 'start', size: FONT, bold: true }
    const labelY = top + FONT + 17
    const councilX = row.council === null ? null : xOf(row.council)
    const councilLabel =
      row.council === null
        ? { text: `Your council: ${row.councilMissing ?? 'no figure'}`, x: x0, y: labelY, anchor: 'start' as const, size: FONT, bold: true }
        : placed(`Your council ${row.format(row.council)}`, councilX!, labelY, FONT, x0, x1, true)

    const peerXs = row.peers.map((p, i) => ({ x: xOf(p.value), i }))
    const levels = stack(peerXs, councilX)
    const maxLevel = Math.max(0, ...levels.values())
    const dotsY = labelY + 10 + maxLevel * LEVEL + DIAMOND
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
  return { width: WIDTH, height: Math.ceil(Math.max(0, y - ROW_GAP) + 2), legend, rows: out, summary }
}

/** One drawing instruction, in the model's units: what a PDF (or any other) drawer needs, in paint order. */
export type DotPlotPrimitive =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dashed?: boolean; faint?: boolean }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; width?: number }
  | { kind: 'polygon'; points: [number, number][]; fill: string; stroke: string; width: number }
  | ({ kind: 'text'; fill: string } & ChartText)

/**
 * The model as drawing instructions, in the order the SVG component paints them: the key, then
 * per row the title, guide line, axis and ticks, median, dots, the council's diamond and label.
 */
export function dotPlotPrimitives(model: DotPlotModel): DotPlotPrimitive[] {
  const out: DotPlotPrimitive[] = []
  const text = (t: ChartText) => out.push({ kind: 'text', fill: TEXT_COLOUR, ...t })
  const { council, peer, median } = model.legend
  out.push({ kind: 'polygon', points: council.points, fill: DOT_COLOURS.council, stroke: TEXT_COLOUR, width: 1.5 })
  out.push({ kind: 'circle', cx: peer.cx, cy: peer.cy, r: peer.r, fill: DOT_COLOURS.peer })
  out.push({ kind: 'line', x1: median.x, y1: median.y1, x2: median.x, y2: median.y2, stroke: TEXT_COLOUR, width: 1, dashed: true })
  for (const t of [council.label, peer.label, median.label]) text(t)
  for (const row of model.rows) {
    text(row.title)
    out.push({ kind: 'line', x1: row.guide.x1, y1: row.guide.y, x2: row.guide.x2, y2: row.guide.y, stroke: GRID_COLOUR, width: 0.5, faint: true })
    out.push({ kind: 'line', x1: row.axis.x1, y1: row.axis.y, x2: row.axis.x2, y2: row.axis.y, stroke: TEXT_COLOUR, width: 1 })
    for (const tick of row.ticks) {
      out.push({ kind: 'line', x1: tick.x, y1: tick.y1, x2: tick.x, y2: tick.y2, stroke: TEXT_COLOUR, width: 1 })
      text(tick.label)
    }
    if (row.median) {
      out.push({ kind: 'line', x1: row.median.x, y1: row.median.y1, x2: row.median.x, y2: row.median.y2, stroke: TEXT_COLOUR, width: 1, dashed: true })
      text(row.median.label)
    }
    for (const d of row.dots) out.push({ kind: 'circle', cx: d.cx, cy: d.cy, r: d.r, fill: DOT_COLOURS.peer, stroke: DOT_COLOURS.peerStroke, width: 1 })
    if (row.council) out.push({ kind: 'polygon', points: row.council.points, fill: DOT_COLOURS.council, stroke: TEXT_COLOUR, width: 1.5 })
    text(row.councilLabel)
  }
  return out
}
