/**
 * Theme chart geometry: a horizontal bar chart of theme scores, in abstract units. Pure: no DOM,
 * no Vue, no PDF library. The screen (src/components/chart/ThemeChart.vue) and the PDF
 * (src/pdf/render-pdf.ts) both draw this one model, so both show the same picture.
 *
 * Exported API:
 * - `themeChart(themes: ChartThemeInput[], bands: ChartBandInput[], layout?: { width?: number }): ChartModel`
 *   `width` is in the model's units (default 640, the PDF's and a laptop screen's); the screen lays
 *   the chart out again at its own width in CSS pixels, so text keeps its size on a phone
 * - `chartFromResult(result: Result, bands: Band[]): ChartModel` — the same, from an engine Result
 * - `themeChartGroups(model): ChartGroup[]` — the chart as drawing instructions, in paint order
 * - `RAG_COLOURS` — fill and tint colours per RAG word, shared by both drawers
 * - types `ChartModel`, `ChartBar`, `ChartThreshold`, `ChartTick`, `ChartSegment`, `ChartText`, `Rag`
 *
 * Text is 14 units or more (16 for theme titles and values): 14 CSS pixels on screen, 10.5 pt in
 * the PDF, where the 640 units fill the 170 mm text width.
 *
 * Colour is never the only signal: every bar ends with its score and its RAG word ("72 Green"),
 * and a theme without a score says "No score".
 */
import type { Band } from '@/content/schema'
import type { Result } from '@/engine/core'
import { chartWidth, FONT, LINE, placed, SMALL, textWidth, wrapText, type ChartGroup, type ChartPrimitive, type ChartText } from './primitives'

export type Rag = Band['rag']

export interface ChartThemeInput {
  id: string
  title: string
  /** 0 to 100, or null when the theme has no score. */
  score: number | null
  rag: Rag | null
}

export interface ChartBandInput {
  name: string
  rag: Rag
  min: number
}

export type { ChartText }

export interface ChartBar {
  themeId: string
  /** The theme title, as one or more lines above the bar. */
  label: ChartText[]
  x: number
  y: number
  /** Proportional to the score; 0 when there is no score. */
  w: number
  h: number
  value: number | null
  rag: Rag | null
  /** The score and RAG word printed at the end of the bar, such as "72 Green" or "No score". */
  valueLabel: ChartText
  /** A white box behind the value label, so a threshold line never runs through it. */
  valueBox: { x: number; y: number; w: number; h: number }
}

/** A vertical stretch of a line. Lines run beside the bars and stop short of the theme titles. */
export interface ChartSegment {
  y1: number
  y2: number
}

export interface ChartThreshold {
  /** The band's minimum score. */
  min: number
  rag: Rag
  x: number
  segments: ChartSegment[]
  label: ChartText
}

export interface ChartTick {
  value: number
  x: number
  /** The tick mark below the axis. */
  y1: number
  y2: number
  /** Faint grid lines beside the bars. */
  grid: ChartSegment[]
  label: ChartText
}

export interface ChartModel {
  /** What the chart was laid out from, so a drawer can lay it out again at another width. */
  input: { themes: ChartThemeInput[]; bands: ChartBandInput[] }
  width: number
  height: number
  /** The area scores are drawn in: x maps 0 to 100 onto plot.x to plot.x + plot.w. */
  plot: { x: number; y: number; w: number; h: number }
  bars: ChartBar[]
  thresholds: ChartThreshold[]
  ticks: ChartTick[]
  /** The axis title under the ticks. */
  axisLabel: ChartText
  /** A one-sentence description of the chart, for screen readers and captions. */
  summary: string
}

/** Colours for each RAG word: `fill` for bars, `tint` for a tag background with dark text. */
export const RAG_COLOURS: Record<Rag, { fill: string; tint: string }> = {
  Red: { fill: '#d4351c', tint: '#f6d7d2' },
  Amber: { fill: '#f47738', tint: '#fcd6c3' },
  Green: { fill: '#00703c', tint: '#cce2d8' },
}

export const TEXT_COLOUR = '#0b0c0c'
export const GRID_COLOUR = '#505a5f'

// Layout constants, in abstract units. The default width suits both a screen column and an A4 page.
const PAD = 8
const PLOT_SHARE = 0.75
/** Room to the right of a full bar for its value label ("100 Amber"). */
const VALUE_ROOM = 104
const BAR_H = 24
const ROW_GAP = 14
const TICK = 5

const clamp = (n: number) => Math.min(100, Math.max(0, n))

/** Where a text starts and ends across the page. */
function extent(t: ChartText): [number, number] {
  const w = textWidth(t)
  const from = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2
  return [from, from + w]
}

/**
 * Lay out a horizontal bar chart: one row per theme (title above, bar below), vertical lines at
 * each band's minimum (except 0), and an axis with ticks at 0, 25, 50, 75 and 100.
 */
export function themeChart(themes: ChartThemeInput[], bands: ChartBandInput[], layout: { width?: number } = {}): ChartModel {
  const width = chartWidth(layout)
  const plotW = Math.min(width * PLOT_SHARE, width - 2 * PAD - VALUE_ROOM)
  const x0 = PAD
  const scale = plotW / 100
  const xOf = (score: number) => x0 + clamp(score) * scale

  // The band labels above the plot, each on the first row where it does not overlap another.
  const rows: [number, number][][] = []
  const shown = bands.filter((b) => b.min > 0 && b.min <= 100)
  const labelRow = shown.map((b) => {
    const t = placed(`${b.rag} from ${b.min}`, xOf(b.min), 0, SMALL, 0, width)
    const [from, to] = extent(t)
    let row = 0
    while ((rows[row] ?? []).some(([a, z]) => from < z + 8 && to > a - 8)) row++
    ;(rows[row] ??= []).push([from, to])
    return { t, row }
  })
  const top = 12 + Math.max(1, rows.length) * (SMALL + 4) + 6

  let y = top
  const bars: ChartBar[] = themes.map((theme) => {
    const lines = wrapText(theme.title, width - 2 * PAD, FONT, true)
    const label = lines.map((text, i): ChartText => ({ text, x: x0, y: y + FONT + i * LINE, anchor: 'start', size: FONT, bold: true }))
    const barY = y + lines.length * LINE + 4
    const w = theme.score === null ? 0 : clamp(theme.score) * scale
    const valueText = theme.score === null || theme.rag === null ? 'No score' : `${theme.score} ${theme.rag}`
    const bar: ChartBar = {
      themeId: theme.id,
      label,
      x: x0,
      y: barY,
      w,
      h: BAR_H,
      value: theme.score,
      rag: theme.score === null ? null : theme.rag,
      valueLabel: { text: valueText, x: x0 + w + 6, y: barY + BAR_H / 2 + FONT * 0.35, anchor: 'start', size: FONT, bold: true },
      valueBox: { x: x0 + w + 3, y: barY, w: valueText.length * FONT * 0.62 + 6, h: BAR_H },
    }
    y = barY + BAR_H + ROW_GAP
    return bar
  })

  const plotTop = top - 6
  const plotBottom = y - ROW_GAP / 2
  // Lines run through each bar's row but not through the titles, which stay readable.
  const segments: ChartSegment[] = bars.map((b) => ({ y1: b.y - 4, y2: b.y + b.h + 4 }))
  const lastSegment = segments.at(-1)
  if (lastSegment) lastSegment.y2 = plotBottom
  const thresholds: ChartThreshold[] = shown.map((b, i) => ({
    min: b.min,
    rag: b.rag,
    x: xOf(b.min),
    segments: segments.map((g) => ({ ...g })),
    label: { ...labelRow[i]!.t, y: 4 + SMALL + labelRow[i]!.row * (SMALL + 4) },
  }))

  const ticks: ChartTick[] = [0, 25, 50, 75, 100].map((value) => ({
    value,
    x: xOf(value),
    y1: plotBottom,
    y2: plotBottom + TICK,
    grid: segments.map((g) => ({ ...g })),
    label: { text: String(value), x: xOf(value), y: plotBottom + TICK + SMALL + 2, anchor: 'middle', size: SMALL },
  }))

  const axisY = plotBottom + TICK + SMALL + 2 + LINE
  const scored = themes.filter((t) => t.score !== null)
  const summary =
    themes.length === 0
      ? 'No themes to show.'
      : `Scores out of 100 for ${themes.length} ${themes.length === 1 ? 'theme' : 'themes'}` +
        (scored.length < themes.length ? `; ${themes.length - scored.length} without a score` : '') +
        '. Each bar is labelled with its score and RAG rating (Red, Amber or Green).'

  return {
    input: { themes, bands },
    width,
    height: Math.ceil(axisY + 6),
    plot: { x: x0, y: plotTop, w: plotW, h: plotBottom - plotTop },
    bars,
    thresholds,
    ticks,
    axisLabel: { text: 'Score out of 100', x: x0 + plotW / 2, y: axisY, anchor: 'middle', size: SMALL },
    summary,
  }
}

/** The theme chart for an assessment's Result, with the framework's bands as threshold lines. */
export function chartFromResult(result: Result, bands: Band[]): ChartModel {
  return themeChart(
    result.themes.map((t) => ({ id: t.id, title: t.title, score: t.score, rag: t.band?.rag ?? null })),
    bands,
  )
}

/**
 * The chart as drawing instructions, in paint order and in three groups: the grid and band
 * lines with their labels, one group per bar (title, bar, value), then the axis.
 */
export function themeChartGroups(model: ChartModel): ChartGroup[] {
  const text = (t: ChartText): ChartPrimitive => ({ kind: 'text', fill: TEXT_COLOUR, ...t })
  const { plot } = model
  const lines: ChartPrimitive[] = [
    ...model.ticks.flatMap((tick) =>
      tick.grid.map((g): ChartPrimitive => ({ kind: 'line', x1: tick.x, y1: g.y1, x2: tick.x, y2: g.y2, stroke: GRID_COLOUR, width: 0.5, opacity: 0.35 })),
    ),
    ...model.thresholds.flatMap((t) =>
      t.segments.map((g): ChartPrimitive => ({ kind: 'line', x1: t.x, y1: g.y1, x2: t.x, y2: g.y2, stroke: TEXT_COLOUR, width: 1, dashed: true })),
    ),
    ...model.thresholds.map((t) => text(t.label)),
  ]
  const bars = model.bars.map((bar): ChartGroup => ({
    key: bar.themeId,
    items: [
      ...bar.label.map(text),
      ...(bar.rag && bar.w > 0
        ? [{ kind: 'rect', x: bar.x, y: bar.y, w: bar.w, h: bar.h, fill: RAG_COLOURS[bar.rag].fill, stroke: TEXT_COLOUR, width: 1 } as const]
        : []),
      { kind: 'rect', ...bar.valueBox, fill: '#ffffff' },
      text(bar.valueLabel),
    ],
  }))
  const axisY = plot.y + plot.h
  const axis: ChartPrimitive[] = [
    { kind: 'line', x1: plot.x, y1: axisY, x2: plot.x + plot.w, y2: axisY, stroke: TEXT_COLOUR, width: 1 },
    ...model.ticks.map((tick): ChartPrimitive => ({ kind: 'line', x1: tick.x, y1: tick.y1, x2: tick.x, y2: tick.y2, stroke: TEXT_COLOUR, width: 1 })),
    ...model.ticks.map((tick) => text(tick.label)),
    text(model.axisLabel),
  ]
  return [{ key: 'lines', items: lines }, ...bars, { key: 'axis', items: axis }]
}
