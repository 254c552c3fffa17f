import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportSummary from '@/components/report/ReportSummary.vue'
import { bodyRows, columnHeaders, headings, section, skippedOne, tableCaptioned } from '../../support/report-fixtures'

const built = skippedOne()
const summary = section(built, 'summary')
const wrapper = mount(ReportSummary, { props: { section: summary } })

describe('ReportSummary', () => {
  it('has the section title, then the legal position as the first subheading', () => {
    expect(headings(wrapper)).toEqual(['h2 Executive summary', `h3 Legal position: ${summary.legal.label}`])
  })

  it('leads with the legal position, its meaning and its reasons, the level in words', () => {
    expect(wrapper.get('h3 .govuk-tag').text()).toBe(summary.legal.label)
    expect(wrapper.text()).toContain(summary.legal.summary)
    const reasons = wrapper.findAll('.govuk-inset-text li').map((li) => li.text())
    expect(reasons).toEqual(summary.legal.reasons)
  })

  it('shows service maturity beside the overall level', () => {
    expect(wrapper.text()).toContain(summary.maturityText)
  })

  it('prints the overall RAG word beside the overall level', () => {
    const line = wrapper.findAll('p').find((p) => p.text().includes(summary.overall.text))
    expect(line?.get('strong').text()).toBe('Amber')
  })

  it('shows the headline and every summary sentence after the legal position', () => {
    for (const text of [summary.headline, ...summary.paragraphs.slice(1)]) expect(wrapper.text()).toContain(text)
  })

  it('counts the statutory essentials in a captioned table', () => {
    const table = tableCaptioned(wrapper, 'Statutory essentials')
    expect(columnHeaders(table)).toEqual(['Status (col)', 'Number (col)'])
    expect(bodyRows(table)).toEqual([
      ['Met (row)', '1'],
      ['Partly met (row)', '0'],
      ['Not met (row)', '0'],
      ['Not known (row)', '0'],
      ['Total (row)', '1'],
    ])
  })

  it('warns that it is not legal advice', () => {
    expect(wrapper.get('.govuk-warning-text').text()).toContain(summary.notLegalAdvice)
  })
})
