import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportLegal from '@/components/report/ReportLegal.vue'
import { headings, links, section, skippedOne } from '../../support/report-fixtures'

const legal = section(skippedOne(), 'legal')
const wrapper = mount(ReportLegal, { props: { section: legal } })

describe('ReportLegal', () => {
  it('has an h3 for each part, in the model’s order', () => {
    expect(headings(wrapper)).toEqual(['h2 Legal context and disclaimer', ...legal.paragraphs.flatMap((p) => (p.heading ? [`h3 ${p.heading}`] : []))])
  })

  it('links to the law and guidance with real links', () => {
    expect(links(wrapper)).toEqual(legal.paragraphs.flatMap((p) => p.links.map((l) => `${l.text} -> ${l.url}`)))
    expect(links(wrapper).length).toBeGreaterThan(0)
  })

  it('ends with the disclaimer', () => {
    expect(wrapper.findAll('p').at(-1)?.text()).toContain('This self-assessment is not legal advice.')
  })
})
