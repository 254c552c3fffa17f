import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ThemeChart from '@/components/chart/ThemeChart.vue'
import { RAG_COLOURS, themeChart } from '@/outputs/chart/theme-chart'

const chart = themeChart(
  [
    { id: 'a', title: 'Assess local needs', score: 30, rag: 'Red' },
    { id: 'b', title: 'Consult fairly', score: null, rag: null },
  ],
  [
    { name: 'Significant gaps', rag: 'Red', min: 0 },
    { name: 'Well evidenced', rag: 'Green', min: 75 },
  ],
)

describe('ThemeChart', () => {
  it('is an image named by its title and described by the page’s data table', () => {
    const wrapper = mount(ThemeChart, { props: { chart, title: 'Scores by theme', descId: 'theme-table' } })
    const svg = wrapper.get('svg[role="img"]')
    const titleId = svg.attributes('aria-labelledby')!
    expect(wrapper.get(`[id="${titleId}"]`).text()).toBe('Scores by theme')
    expect(svg.attributes('aria-describedby')!.split(' ')).toContain('theme-table')
  })

  it('prints each theme, its score and RAG word as text', () => {
    const wrapper = mount(ThemeChart, { props: { chart, title: 'Scores by theme' } })
    const texts = wrapper.findAll('text').map((t) => t.text())
    expect(texts).toEqual(expect.arrayContaining(['Assess local needs', '30 Red', 'Consult fairly', 'No score', 'Green from 75']))
  })

  it('draws a bar only for a theme with a score', () => {
    const wrapper = mount(ThemeChart, { props: { chart, title: 'Scores by theme' } })
    // White boxes sit behind the value labels; the coloured rectangles are the bars.
    const bars = wrapper.findAll('rect').filter((r) => r.attributes('fill') !== '#ffffff')
    expect(bars).toHaveLength(1)
    expect(bars[0]!.attributes('fill')).toBe(RAG_COLOURS.Red.fill)
  })
})
