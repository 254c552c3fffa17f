import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportOptions from '@/components/report/ReportOptions.vue'
import type { OptionsSection } from '@/outputs/report/report-model'
import { headings, section, skippedOne } from '../../support/report-fixtures'

const options = section(skippedOne(), 'options')

describe('ReportOptions', () => {
  it('has an h3 per group and an h4 per option', () => {
    const wrapper = mount(ReportOptions, { props: { section: options } })
    expect(headings(wrapper)).toEqual([
      'h2 Governance models and smarter services',
      'h3 Governance models',
      'h4 In-house',
      'h4 Trust',
      'h3 Smarter services',
      'h4 Co-location',
    ])
  })

  it('marks a caution that holds for this council', () => {
    const [governance, smarter] = options.groups
    const marked: OptionsSection = {
      ...options,
      groups: [
        {
          ...governance!,
          items: [
            {
              ...governance!.items[0]!,
              cautions: [
                { text: 'Needs a plan.', applies: true },
                { text: 'Costs more.', applies: false },
              ],
            },
          ],
        },
        smarter!,
      ],
    }
    const cautions = mount(ReportOptions, { props: { section: marked } })
      .findAll('li')
      .map((li) => li.text())
    expect(cautions).toContain('Applies to you: Needs a plan.')
    expect(cautions).toContain('Costs more.')
  })

  it('says so when a group has no option', () => {
    const [governance, smarter] = options.groups
    const empty: OptionsSection = { ...options, groups: [{ ...governance!, items: [] }, smarter!] }
    expect(mount(ReportOptions, { props: { section: empty } }).text()).toContain('No governance model matched your answers.')
  })
})
