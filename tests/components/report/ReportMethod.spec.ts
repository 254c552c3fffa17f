import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportMethod from '@/components/report/ReportMethod.vue'
import { bodyRows, columnHeaders, headings, section, skippedOne, tableCaptioned } from '../../support/report-fixtures'

const method = section(skippedOne(), 'method')
const wrapper = mount(ReportMethod, { props: { section: method } })

describe('ReportMethod', () => {
  it('has the section title as its only heading', () => {
    expect(headings(wrapper)).toEqual(['h2 How the scoring works'])
  })

  it('lists the bands, RAG word first, in a captioned table', () => {
    const table = tableCaptioned(wrapper, 'Bands and the scores they cover')
    expect(columnHeaders(table)).toEqual(['RAG rating (col)', 'Band (col)', 'Score (col)', 'What it means (col)'])
    expect(bodyRows(table).map((row) => row.slice(0, 3))).toEqual([
      ['Red', 'Significant gaps (row)', '0 to 39'],
      ['Amber', 'Partly in place (row)', '40 to 74'],
      ['Green', 'Well evidenced (row)', '75 to 100'],
    ])
  })

  it('states every scoring rule', () => {
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(method.rules)
  })
})
