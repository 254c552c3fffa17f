import { describe, expect, it } from 'vitest'
import { chartFromResult, themeChart, themeChartGroups, type ChartBandInput, type ChartThemeInput } from '@/outputs/chart/theme-chart'
import { expectTextsInside } from '../../support/chart-texts'
import { assess } from '@/engine/assess/assess'
import { fixtureContent } from '../../support/content'
import { fullyAnswered } from '../../support/full-assessment'

const bands: ChartBandInput[] = [
  { name: 'Significant gaps', rag: 'Red', min: 0 },
  { name: 'Partly in place', rag: 'Amber', min: 40 },
  { name: 'Well evidenced', rag: 'Green', min: 75 },
]

const theme = (id: string, score: number | null, rag: ChartThemeInput['rag'] = null): ChartThemeInput => ({ id, title: `Theme ${id}`, score, rag })

describe('themeChart', () => {
  it('draws one bar per theme, in the order given', () => {
    const chart = themeChart([theme('a', 10, 'Red'), theme('b', 50, 'Amber'), theme('c', 90, 'Green')], bands)
    expect(chart.bars.map((b) => b.themeId)).toEqual(['a', 'b', 'c'])
    expect(chart.bars.map((b) => b.y)).toEqual([...chart.bars.map((b) => b.y)].sort((x, y) => x - y))
  })

  it.each([0, 25, 40, 75, 100])('makes a bar for a score of %i proportional to the score', (score) => {
    const chart = themeChart([theme('a', score, 'Amber')], bands)
    expect(chart.bars[0]!.w).toBeCloseTo((chart.plot.w * score) / 100)
    expect(chart.bars[0]!.x).toBe(chart.plot.x)
  })

  it('keeps bars for scores outside 0 to 100 inside the plot', () => {
    const chart = themeChart([theme('a', 140, 'Green'), theme('b', -5, 'Red')], bands)
    expect(chart.bars[0]!.w).toBe(chart.plot.w)
    expect(chart.bars[1]!.w).toBe(0)
  })

  it('shows a theme without a score as "No score", with no bar and no colour', () => {
    const bar = themeChart([theme('a', null, null)], bands).bars[0]!
    expect(bar.w).toBe(0)
    expect(bar.rag).toBeNull()
    expect(bar.valueLabel.text).toBe('No score')
  })

  it('prints the score and RAG word at the end of every bar, so colour is not the only signal', () => {
    const chart = themeChart([theme('a', 12, 'Red'), theme('b', 55, 'Amber'), theme('c', 80, 'Green')], bands)
    expect(chart.bars.map((b) => b.valueLabel.text)).toEqual(['12 Red', '55 Amber', '80 Green'])
    for (const bar of chart.bars) expect(bar.valueLabel.x).toBeGreaterThan(bar.x + bar.w)
  })

  it('draws a threshold line at each band minimum above 0, labelled with the RAG word', () => {
    const chart = themeChart([theme('a', 50, 'Amber')], bands)
    expect(chart.thresholds.map((t) => [t.min, t.label.text])).toEqual([
      [40, 'Amber from 40'],
      [75, 'Green from 75'],
    ])
    for (const t of chart.thresholds) expect(t.x).toBeCloseTo(chart.plot.x + (chart.plot.w * t.min) / 100)
  })

  it('marks the axis at 0, 25, 50, 75 and 100', () => {
    const chart = themeChart([theme('a', 50, 'Amber')], bands)
    expect(chart.ticks.map((t) => t.label.text)).toEqual(['0', '25', '50', '75', '100'])
    expect(chart.ticks[4]!.x - chart.ticks[0]!.x).toBeCloseTo(chart.plot.w)
  })

  it('wraps a long theme title onto several lines inside the chart width', () => {
    const long = 'Show how the library serves your priorities and the outcomes the council has chosen for its residents and visitors'
    const bar = themeChart([{ id: 'a', title: long, score: 50, rag: 'Amber' }], bands).bars[0]!
    expect(bar.label.length).toBeGreaterThan(1)
    expect(bar.label.map((l) => l.text).join(' ')).toBe(long)
    expect(bar.y).toBeGreaterThan(bar.label.at(-1)!.y)
  })

  it('fits everything inside its width and height', () => {
    const chart = themeChart([theme('a', 100, 'Green'), theme('b', null)], bands)
    const texts = [
      ...chart.bars.flatMap((b) => [...b.label, b.valueLabel]),
      ...chart.ticks.map((t) => t.label),
      ...chart.thresholds.map((t) => t.label),
      chart.axisLabel,
    ]
    for (const t of texts) {
      expect(t.y).toBeLessThanOrEqual(chart.height)
      expect(t.x + (t.anchor === 'start' ? t.text.length * t.size * 0.55 : 0)).toBeLessThanOrEqual(chart.width)
    }
  })
})

describe('chartFromResult', () => {
  it('takes each theme’s title, score and RAG from the Result', () => {
    const content = fixtureContent()
    const result = assess(content, fullyAnswered(content).assessment)
    const chart = chartFromResult(result, content.framework.bands)
    expect(chart.bars.map((b) => [b.themeId, b.value, b.rag])).toEqual(result.themes.map((t) => [t.id, t.score, t.band?.rag ?? null]))
    expect(chart.bars.map((b) => b.label.map((l) => l.text).join(' '))).toEqual(result.themes.map((t) => t.title))
  })
})

describe('the theme chart laid out for a phone (290 units, one a CSS pixel)', () => {
  const long = 'Show how the library serves your priorities'
  const narrow = themeChart([theme('a', 100, 'Green'), { id: 'b', title: long, score: 45, rag: 'Amber' }, theme('c', null)], bands, { width: 290 })
  const texts = themeChartGroups(narrow).flatMap((g) => g.items.filter((p) => p.kind === 'text'))

  it('keeps every text 14 units or more and inside the width', () => {
    expect(narrow.width).toBe(290)
    expect(texts.length).toBeGreaterThan(8)
    expectTextsInside(texts, narrow.width)
  })

  it('puts band labels that would overlap on rows of their own, and keeps the full title', () => {
    const labels = narrow.thresholds.map((t) => t.label)
    expect(new Set(labels.map((l) => l.y)).size).toBe(labels.length)
    expect(narrow.bars[1]!.label.map((l) => l.text).join(' ')).toBe(long)
  })

  it('lays out the same chart again from its own input', () => {
    const wide = themeChart(narrow.input.themes, narrow.input.bands)
    expect(wide.width).toBe(640)
    expect(wide.bars.map((b) => b.valueLabel.text)).toEqual(narrow.bars.map((b) => b.valueLabel.text))
  })
})
