import { describe, expect, it } from 'vitest'
import { dotPlot, niceCeil, type DotPlotRowInput } from '../../src/outputs/chart/dot-plot'
import { dotPlotPrimitives } from '../../src/outputs/chart/dot-plot-drawing'
import { expectTextsInside } from '../support/chart-texts'

const fmt = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 })
const row = (over: Partial<DotPlotRowInput> = {}): DotPlotRowInput => ({
  id: 'physical_visits',
  title: 'Physical visits per 1,000 residents',
  council: 2000,
  peers: [
    { name: 'Brook', value: 1500 },
    { name: 'Dale', value: 3000 },
    { name: 'Fell', value: 1000 },
    { name: 'Holt', value: 2500 },
  ],
  median: 2000,
  format: fmt,
  ...over,
})

describe('dot plot geometry', () => {
  const plot = dotPlot([row()])
  const r = plot.rows[0]!

  it('scales each row from 0 to a round number above its largest figure', () => {
    expect(r.ticks.map((t) => t.value)).toEqual([0, 2500, 5000])
    expect(r.ticks.map((t) => t.label.text)).toEqual(['0.0', '2,500.0', '5,000.0'])
    const x = (v: number) => r.axis.x1 + (v / 5000) * (r.axis.x2 - r.axis.x1)
    expect(r.dots.map((d) => [d.name, d.cx])).toEqual([
      ['Brook', x(1500)],
      ['Dale', x(3000)],
      ['Fell', x(1000)],
      ['Holt', x(2500)],
    ])
    expect(r.council?.cx).toBe(x(2000))
    expect(r.median?.x).toBe(x(2000))
  })

  it('draws the council as a diamond labelled with its figure, and labels the median', () => {
    const c = r.council!
    expect(c.points).toEqual([
      [c.cx, c.cy - 8],
      [c.cx + 8, c.cy],
      [c.cx, c.cy + 8],
      [c.cx - 8, c.cy],
    ])
    expect(r.councilLabel.map((l) => l.text)).toEqual(['Your council 2,000.0'])
    expect(r.median?.label.text).toBe('Median 2,000.0')
  })

  it('says so, and draws no diamond, when the council has no figure', () => {
    const none = dotPlot([row({ council: null, councilMissing: 'No figure' })]).rows[0]!
    expect(none.council).toBeNull()
    expect(none.councilLabel.map((l) => l.text)).toEqual(['Your council: No figure'])
    expect(none.dots).toHaveLength(4)
  })

  it('stacks dots that would overlap instead of hiding one behind another', () => {
    const close = dotPlot([
      row({
        council: 4000,
        peers: [
          { name: 'A', value: 1000 },
          { name: 'B', value: 1001 },
          { name: 'C', value: 1002 },
        ],
      }),
    ]).rows[0]!
    const ys = close.dots.map((d) => d.cy)
    expect(new Set(ys).size).toBe(3)
    // A dot at the council's figure moves up off the diamond.
    const onCouncil = dotPlot([row({ peers: [{ name: 'A', value: 2000 }] })]).rows[0]!
    expect(onCouncil.dots[0]!.cy).toBeLessThan(onCouncil.council!.cy)
  })

  it('keeps labels inside the plot at either end', () => {
    const low = dotPlot([row({ council: 0, median: 4999 })]).rows[0]!
    expect(low.councilLabel[0]!.anchor).toBe('start')
    expect(low.median?.label.anchor).toBe('end')
  })

  it('stacks rows top to bottom without overlap, and describes itself', () => {
    const two = dotPlot([
      row(),
      row({ id: 'active_users', title: 'Active users per 1,000 residents', council: 50, peers: [{ name: 'A', value: 60 }], median: 60 }),
    ])
    const [a, b] = two.rows
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.h)
    expect(two.height).toBeGreaterThanOrEqual(b!.y + b!.h)
    expect(two.rows.every((x) => x.title[0]!.y > x.y)).toBe(true)
    expect(two.summary).toMatch(/^Your council \(a diamond\) against its statistically nearest neighbours \(dots\) on 2 measures/)
    expect(dotPlot([]).summary).toBe('No figures to show.')
  })

  it('prints the scale with its own format when given one', () => {
    const pct = dotPlot([row({ council: 21.6, peers: [{ name: 'A', value: 43.3 }], median: 43.3, formatTick: (v) => `${v}%` })]).rows[0]!
    expect(pct.ticks.map((t) => t.label.text)).toEqual(['0%', '25%', '50%'])
  })

  it('draws a key above the rows and stops the median line at the axis', () => {
    const words = (lines: { text: string }[]) => lines.map((l) => l.text).join(' ')
    expect(words(plot.legend.council.label)).toBe('Your council')
    expect(words(plot.legend.peer.label)).toBe('A neighbour (one of the 15 most similar councils)')
    expect(words(plot.legend.median.label)).toBe('Neighbours’ median')
    expect(plot.legend.council.points).toHaveLength(4)
    expect(r.y).toBeGreaterThan(plot.legend.median.y2)
    // Tick labels sit below the axis, so the dashed line never runs through them.
    expect(r.median!.y2).toBe(r.axis.y)
    expect(r.ticks.every((t) => t.label.y > r.median!.y2)).toBe(true)
  })

  it('picks round numbers for the scale', () => {
    expect([niceCeil(3000), niceCeil(7166.2), niceCeil(21.6), niceCeil(43.3), niceCeil(0), niceCeil(1)]).toEqual([5000, 10000, 25, 50, 1, 1])
  })
})

describe('dot plot drawing instructions', () => {
  it('lists every shape and label of the model, in paint order, with the diamond over the dots', () => {
    const model = dotPlot([row(), row({ id: 'b', council: null, councilMissing: 'No figure' })])
    const p = dotPlotPrimitives(model)
    const count = (kind: string) => p.filter((x) => x.kind === kind).length
    // Key: 1 diamond, 1 dot, 1 dashed line, 3 labels. Each row: title, guide, axis, 3 ticks (line + label), median (line + label), 4 dots, council label; the first row's diamond.
    expect(count('polygon')).toBe(1 + 1)
    expect(count('circle')).toBe(1 + 4 + 4)
    expect(count('line')).toBe(1 + 2 * (2 + 3 + 1))
    expect(count('text')).toBe(3 + 2 * (1 + 3 + 1 + 1))
    const start = p.findIndex((x) => x.kind === 'text' && x.text === 'Physical visits per 1,000 residents')
    const end = p.findIndex((x, i) => i > start && x.kind === 'text' && x.text === 'Physical visits per 1,000 residents')
    const firstRow = p.slice(start, end < 0 ? undefined : end)
    const lastCircle = firstRow.map((x) => x.kind).lastIndexOf('circle')
    expect(firstRow.findIndex((x) => x.kind === 'polygon')).toBeGreaterThan(lastCircle)
    expect(p.filter((x) => x.kind === 'line' && x.dashed)).toHaveLength(3)
    expect(p.filter((x) => x.kind === 'text').map((t) => (t.kind === 'text' ? t.text : ''))).toContain('Your council: No figure')
  })
})

describe('the dot plot laid out for a phone (290 units, one a CSS pixel)', () => {
  const narrow = dotPlot(
    [
      row(),
      row({ id: 'events', title: 'Static libraries run by the community (% of static libraries)', council: null, councilMissing: 'Not compared per resident' }),
    ],
    { width: 290 },
  )

  it('keeps every text 14 units or more and inside the width, wrapping long titles and labels', () => {
    expect(narrow.width).toBe(290)
    expectTextsInside(dotPlotPrimitives(narrow), narrow.width)
    expect(narrow.rows[1]!.title.length).toBeGreaterThan(1)
    expect(narrow.rows[1]!.councilLabel.map((l) => l.text).join(' ')).toBe('Your council: Not compared per resident')
  })

  it('puts the key entries on lines of their own and starts the rows below them', () => {
    const { council, peer, median } = narrow.legend
    expect(peer.cy).toBeGreaterThan(council.points[0]![1])
    expect(median.y1).toBeGreaterThan(peer.cy)
    expect(narrow.rows[0]!.y).toBeGreaterThan(median.y2)
  })
})
