import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportRecommendations from '@/components/report/ReportRecommendations.vue'
import type { RecommendationsSection } from '@/outputs/report/report-model'
import { headings, links, section, skippedOne } from '../../support/report-fixtures'

const recommendations = section(skippedOne(), 'recommendations')

describe('ReportRecommendations', () => {
  it('gives each recommendation a numbered h3, in the model’s order', () => {
    const wrapper = mount(ReportRecommendations, { props: { section: recommendations } })
    expect(headings(wrapper)).toEqual(['h2 Recommendations', 'h3 1. Advice: Beta is weak', 'h3 2. Theme: Assess beta (Red)'])
  })

  it('says why it matters and what raised it', () => {
    const text = mount(ReportRecommendations, { props: { section: recommendations } }).text()
    expect(text).toContain('Why it matters: Why.')
    expect(text).toContain('Raised because: the score for “Assess beta” is below 40')
  })

  it('links to the references as real links', () => {
    const wrapper = mount(ReportRecommendations, { props: { section: recommendations } })
    expect(links(wrapper)).toEqual(['Section 7 -> https://www.legislation.gov.uk/ukpga/1964/75/section/7'])
  })

  it('says so when there is nothing to recommend', () => {
    const empty: RecommendationsSection = { ...recommendations, items: [] }
    const wrapper = mount(ReportRecommendations, { props: { section: empty } })
    expect(wrapper.text()).toContain(empty.emptyText)
    expect(headings(wrapper)).toEqual(['h2 Recommendations'])
  })
})
