/**
 * The dot plot (dot-plot.ts) as drawing instructions, in the order the SVG component and the PDF
 * paint them.
 *
 * Exported API: `dotPlotGroups(model): ChartGroup[]` (the key, then one group a row),
 * `dotPlotPrimitives(model): ChartPrimitive[]` (the same as one list); type `DotPlotPrimitive`
 */
import { DOT_COLOURS, GRID_COLOUR, TEXT_COLOUR, type DotPlotModel } from './dot-plot'
import type { ChartGroup, ChartPrimitive, ChartText } from './primitives'

/** The drawing instructions of `dotPlotGroups`, as one list: what the PDF draws. */
export type DotPlotPrimitive = ChartPrimitive

/**
 * The plot as drawing instructions in paint order: the key, then per row the title, guide line,
 * axis and ticks, median, dots, the council's diamond and its label.
 */
export function dotPlotGroups(model: DotPlotModel): ChartGroup[] {
  const text = (t: ChartText): ChartPrimitive => ({ kind: 'text', fill: TEXT_COLOUR, ...t })
  const { council, peer, median } = model.legend
  const key: ChartPrimitive[] = [
    { kind: 'polygon', points: council.points, fill: DOT_COLOURS.council, stroke: TEXT_COLOUR, width: 1.5 },
    { kind: 'circle', cx: peer.cx, cy: peer.cy, r: peer.r, fill: DOT_COLOURS.peer },
    { kind: 'line', x1: median.x, y1: median.y1, x2: median.x, y2: median.y2, stroke: TEXT_COLOUR, width: 1, dashed: true },
    ...[council.label, peer.label, median.label].flat().map(text),
  ]
  const rows = model.rows.map((row): ChartGroup => ({
    key: row.id,
    row: row.id,
    items: [
      ...row.title.map(text),
      { kind: 'line', x1: row.guide.x1, y1: row.guide.y, x2: row.guide.x2, y2: row.guide.y, stroke: GRID_COLOUR, width: 0.5, faint: true, opacity: 0.5 },
      { kind: 'line', x1: row.axis.x1, y1: row.axis.y, x2: row.axis.x2, y2: row.axis.y, stroke: TEXT_COLOUR, width: 1 },
      ...row.ticks.flatMap((tick): ChartPrimitive[] => [
        { kind: 'line', x1: tick.x, y1: tick.y1, x2: tick.x, y2: tick.y2, stroke: TEXT_COLOUR, width: 1 },
        text(tick.label),
      ]),
      ...(row.median
        ? [
            { kind: 'line', x1: row.median.x, y1: row.median.y1, x2: row.median.x, y2: row.median.y2, stroke: TEXT_COLOUR, width: 1, dashed: true } as const,
            text(row.median.label),
          ]
        : []),
      ...row.dots.map((d): ChartPrimitive => ({
        kind: 'circle',
        cx: d.cx,
        cy: d.cy,
        r: d.r,
        fill: DOT_COLOURS.peer,
        stroke: DOT_COLOURS.peerStroke,
        width: 1,
      })),
      ...(row.council ? [{ kind: 'polygon', points: row.council.points, fill: DOT_COLOURS.council, stroke: TEXT_COLOUR, width: 1.5 } as const] : []),
      ...row.councilLabel.map(text),
    ],
  }))
  return [{ key: 'legend', class: 'app-dot-plot__legend', items: key }, ...rows]
}

export function dotPlotPrimitives(model: DotPlotModel): DotPlotPrimitive[] {
  return dotPlotGroups(model).flatMap((g) => g.items)
}
