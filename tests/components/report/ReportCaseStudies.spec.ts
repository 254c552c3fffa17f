import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportCaseStudies from '@/components/report/ReportCaseStudies.vue'
import type { CaseStudiesSection } from '@/outputs/report/report-model'
import { headings, links, section, skippedOne } from '../../support/report-fixtures'

describe('ReportCaseStudies', () => {
  const studies = section(skippedOne(), 'case-studies')
  const wrapper = mount(ReportCaseStudies, { props: { section: studies } })

  it('gives each case study an h3, with why it was suggested and its source', () => {
    expect(headings(wrapper)).toEqual(['h2 Case studies to learn from', 'h3 Health study', 'h4 Why it was suggested', 'h4 Source'])
  })

  it('gives the reasons it was chosen', () => {
    const reasons = wrapper.findAll('ul.govuk-list--bullet li').map((li) => li.text())
    expect(reasons).toEqual(studies.items[0]!.reasons)
  })

  it('links to its source, printing the URL once', () => {
    expect(links(wrapper)).toEqual(['https://example.org/health -> https://example.org/health'])
    expect(wrapper.get('a').classes()).toContain('app-report-link--bare')
  })

  it('says so when no case study matched', () => {
    const empty: CaseStudiesSection = { ...studies, items: [] }
    const wrapper = mount(ReportCaseStudies, { props: { section: empty } })
    expect(wrapper.text()).toContain(empty.emptyText)
    expect(wrapper.text()).not.toContain(empty.intro)
  })
})
