import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportSpread from '@/components/report/ReportSpread.vue'
import type { SpreadSection } from '@/outputs/report/report-model'
import { bodyRows, captions, columnHeaders, headings, section, tableCaptioned, workshop } from '../../support/report-fixtures'

const spread = section(workshop(), 'spread')

describe('ReportSpread', () => {
  const wrapper = mount(ReportSpread, { props: { section: spread } })

  it('has an h3 and a captioned table for each theme the room answered', () => {
    expect(headings(wrapper)).toEqual(['h2 Appendix: how the room answered', ...spread.themes.map((t) => `h3 ${t.title}`)])
    expect(captions(wrapper)).toEqual(spread.themes.map((t) => `How the room answered: ${t.title}`))
  })

  it('shows how many gave each answer, how far apart they were and the answer agreed', () => {
    const table = tableCaptioned(wrapper, 'How the room answered: Assess beta')
    expect(columnHeaders(table)).toEqual(spread.columns.map((c) => `${c} (col)`))
    const question = spread.themes.find((t) => t.id === 'beta')!.questions[0]!
    const [row] = table.findAll('tbody tr')
    expect(row?.findAll('li').map((li) => li.text())).toEqual(question.spread)
    expect(bodyRows(table)[0]).toEqual([`${question.short} (row)`, question.spread.join(''), question.disagreement, question.agreed])
  })

  it('shows the disagreement recorded under the answer agreed', () => {
    expect(wrapper.text()).toContain('Disagreement recorded: One officer says it is in place.')
  })

  it('says so when the file does not record the spread', () => {
    const old: SpreadSection = { ...spread, themes: [] }
    const empty = mount(ReportSpread, { props: { section: old } })
    expect(empty.text()).toContain(old.emptyText)
    expect(captions(empty)).toEqual([])
  })
})
