import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import GovDetails from '@/components/gov/GovDetails.vue'
import { canonicalHtml, govukFixture } from '../../support/gov-fixtures'

interface DetailsOptions {
  summaryText: string
  text: string
  open?: boolean
}

function mountFixture(options: DetailsOptions) {
  return mount(GovDetails, { props: { summary: options.summaryText, open: options.open }, slots: { default: () => options.text } })
}

describe('GovDetails', () => {
  it('renders the govuk "default" fixture', () => {
    const fixture = govukFixture('details', 'default')
    const wrapper = mountFixture(fixture.options as unknown as DetailsOptions)
    expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(fixture.html))
  })

  it('renders the govuk "expanded" fixture, which also sets an id', () => {
    const fixture = govukFixture('details', 'expanded')
    const wrapper = mountFixture(fixture.options as unknown as DetailsOptions)
    // GovDetails takes no id (nothing links to one), so the fixture's id is not expected.
    const expected = fixture.html.replace(' id="help-with-nationality"', '')
    expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(expected))
  })

  it('is closed unless asked to be open', () => {
    const wrapper = mount(GovDetails, { props: { summary: 'Help with scoring' }, slots: { default: () => 'Each answer scores from 0 to 3.' } })
    expect((wrapper.element as HTMLDetailsElement).open).toBe(false)
  })
})
