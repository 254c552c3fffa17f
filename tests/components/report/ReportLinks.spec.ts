import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportLinks from '@/components/report/ReportLinks.vue'
import { links } from '../../support/report-fixtures'

describe('ReportLinks', () => {
  const wrapper = mount(ReportLinks, {
    props: {
      links: [
        { text: 'Section 7', url: 'https://example.org/s7' },
        { text: 'https://example.org/study', url: 'https://example.org/study' },
      ],
    },
  })

  it('renders each as a real link to its URL', () => {
    expect(links(wrapper)).toEqual(['Section 7 -> https://example.org/s7', 'https://example.org/study -> https://example.org/study'])
  })

  it('marks only a link whose text is its URL, so print does not repeat the URL', () => {
    expect(wrapper.findAll('a').map((a) => a.classes().includes('app-report-link--bare'))).toEqual([false, true])
  })
})
