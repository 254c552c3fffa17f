import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportWideTable from '@/components/report/ReportWideTable.vue'

describe('ReportWideTable', () => {
  it('is a region named by its table’s caption, which the keyboard can reach to scroll', () => {
    const wrapper = mount(ReportWideTable, { props: { label: 'Action plan' }, slots: { default: '<table><caption>Action plan</caption></table>' } })
    const region = wrapper.get('[role="region"]')
    expect(region.attributes('aria-label')).toBe('Action plan')
    expect(region.attributes('tabindex')).toBe('0')
    expect(region.get('caption').text()).toBe('Action plan')
  })
})
