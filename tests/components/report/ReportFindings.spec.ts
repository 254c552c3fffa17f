import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportFindings from '@/components/report/ReportFindings.vue'
import type { FindingsSection } from '@/outputs/report/report-model'
import { bodyRows, columnHeaders, headings, section, skippedOne, tableCaptioned, type Built } from '../../support/report-fixtures'

function mountFindings(built: Built) {
  return mount(ReportFindings, { props: { section: section(built, 'findings'), chart: built.chart } })
}

describe('ReportFindings', () => {
  it('has the section title, then one h3 per theme with its labelled parts', () => {
    expect(headings(mountFindings(skippedOne()))).toEqual([
      'h2 Findings by theme',
      'h3 Assess alpha',
      'h4 Evidence gaps',
      'h3 Assess beta',
      'h4 To reach the next level',
    ])
  })

  it('draws the chart as an image described by the table of the same numbers', () => {
    const wrapper = mountFindings(skippedOne())
    const chart = wrapper.get('svg[role="img"]')
    const table = tableCaptioned(wrapper, 'Score and RAG rating for each theme')
    expect(chart.attributes('aria-describedby')?.split(' ')).toContain(table.attributes('id'))
  })

  it('lists each theme’s score, RAG word and band in a captioned table', () => {
    const table = tableCaptioned(mountFindings(skippedOne()), 'Score and RAG rating for each theme')
    expect(columnHeaders(table)).toEqual(['Theme (col)', 'Score (col)', 'RAG rating (col)', 'Band (col)'])
    expect(bodyRows(table)).toEqual([
      ['Assess alpha (row)', '83 out of 100', 'Green', 'Well evidenced'],
      ['Assess beta (row)', '0 out of 100', 'Red', 'Significant gaps'],
    ])
  })

  it('names a skipped answer as an evidence gap', () => {
    expect(mountFindings(skippedOne()).text()).toContain('Alpha yes (not answered)')
  })

  it('says "No score" in words for a theme without one', () => {
    const findings = section(skippedOne(), 'findings')
    const unscored: FindingsSection = {
      ...findings,
      themes: findings.themes.map((t) => ({ ...t, score: null, scoreText: 'No score', rag: null, ragWord: 'No score', bandName: null })),
    }
    const wrapper = mount(ReportFindings, { props: { section: unscored, chart: skippedOne().chart } })
    expect(bodyRows(tableCaptioned(wrapper, 'Score and RAG rating for each theme'))[0]).toEqual(['Assess alpha (row)', 'No score', 'No score', 'No score'])
  })
})
