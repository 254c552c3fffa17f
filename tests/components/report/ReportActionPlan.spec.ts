import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportActionPlan from '@/components/report/ReportActionPlan.vue'
import { bodyRows, captions, columnHeaders, headings, nothingAnswered, section, skippedOne, tableCaptioned } from '../../support/report-fixtures'

describe('ReportActionPlan', () => {
  it('shows the actions in a captioned table with the model’s columns', () => {
    const wrapper = mount(ReportActionPlan, { props: { section: section(skippedOne(), 'action-plan') } })
    expect(headings(wrapper)).toEqual(['h2 Action plan'])
    const table = tableCaptioned(wrapper, 'Action plan')
    expect(columnHeaders(table)).toEqual(['Ref (col)', 'Action (col)', 'Lead (col)', 'Target date (col)', 'Measure of success (col)'])
    expect(bodyRows(table)[0]).toEqual([
      '1 (row)',
      'Refresh the needs assessment before any decision',
      'Head of libraries',
      '30 September 2026',
      'Assessment agreed by cabinet',
    ])
  })

  it('says there are no actions yet, with no empty table', () => {
    const plan = section(nothingAnswered(), 'action-plan')
    const wrapper = mount(ReportActionPlan, { props: { section: plan } })
    expect(wrapper.text()).toContain(plan.emptyText)
    expect(captions(wrapper)).toEqual([])
  })
})
