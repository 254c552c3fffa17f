/**
 * Theme chart geometry: a horizontal bar chart of theme scores, in abstract units. Pure: no DOM,
 * no Vue, no PDF library. The screen (components/ThemeChart.vue) and the PDF
 * (report/render-pdf.ts) both draw this one model, so both show the same picture.
 *
 * Exported API:
 * - `themeChart(themes: ChartThemeInput[], bands: ChartBandInput[]): ChartModel`
 * - `chartFromResult(result: Result, bands: Band[]): ChartModel` — the same, from an engine Result
 * - `RAG_COLOURS` — fill and tint colours per RAG word, shared by both drawers
 * - types `ChartModel`, `ChartBar`, `ChartThreshold`, `ChartTick`, `ChartSegment`, `ChartText`, `Rag`
 *
 * Colour is never the only signal: every bar ends with its score and its RAG word ("72 Green"),
 * and a theme without a score says "No score".
 */
import type { Band } from '@/content/schema'
import type { Result } from '@/engine/core/result'

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

/** One line of text: `y` is the baseline, as in SVG and jsPDF. */
export interface ChartText {
  text: string
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  size: number
  bold?: boolean
}

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

// Layout constants, in abstract units. The width suits both a screen column and an A4 page.
const WIDTH = 640
const PAD = 8
const PLOT_W = 480
const FONT = 13
const SMALL = 11
const LINE = 16
const BAR_H = 20
const ROW_GAP = 12
const TOP = 26
const TICK = 5
// Helvetica's average glyph is a little over half its size; used only to wrap long titles.
const CHAR_W = 0.55

/** Split a title into lines that fit `width` units at `size`, breaking at spaces. */
function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * CHAR_W)))
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

const clamp = (n: number) => Math.min(100, Math.max(0, n))

/**
 * Lay out a horizontal bar chart: one row per theme (title above, bar below), vertical lines at
 * each band's minimum (except 0), and an axis with ticks at 0, 25, 50, 75 and 100.
 */
export function themeChart(themes: ChartThemeInput[], bands: ChartBandInput[]): ChartModel {
  const x0 = PAD
  const scale = PLOT_W / 100
  const xOf = (score: number) => x0 + clamp(score) * scale

  let y = TOP
  const bars: ChartBar[] = themes.map((theme) => {
    const lines = wrap(theme.title, WIDTH - 2 * PAD, FONT)
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

  const plotTop = TOP - 6
  const plotBottom = y - ROW_GAP / 2
  // Lines run through each bar's row but not through the titles, which stay readable.
  const segments: ChartSegment[] = bars.map((b) => ({ y1: b.y - 4, y2: b.y + b.h + 4 }))
  const lastSegment = segments.at(-1)
  if (lastSegment) lastSegment.y2 = plotBottom
  const thresholds: ChartThreshold[] = bands
    .filter((b) => b.min > 0 && b.min <= 100)
    .map((b) => ({
      min: b.min,
      rag: b.rag,
      x: xOf(b.min),
      segments: segments.map((g) => ({ ...g })),
      label: { text: `${b.rag} from ${b.min}`, x: xOf(b.min), y: TOP - 10, anchor: 'middle', size: SMALL },
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
    width: WIDTH,
    height: Math.ceil(axisY + 6),
    plot: { x: x0, y: plotTop, w: PLOT_W, h: plotBottom - plotTop },
    bars,
    thresholds,
    ticks,
    axisLabel: { text: 'Score out of 100', x: x0 + PLOT_W / 2, y: axisY, anchor: 'middle', size: SMALL },
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
