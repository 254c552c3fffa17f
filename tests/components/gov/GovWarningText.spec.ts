import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import GovWarningText from '@/components/gov/GovWarningText.vue'
import { canonicalHtml, govukFixture } from '../../support/gov-fixtures'

describe('GovWarningText', () => {
  it.each(['default', 'multiple lines'])('renders the govuk "%s" fixture', (name) => {
    const fixture = govukFixture('warning-text', name)
    // The text on a line of its own after the hidden "Warning", as govuk's template and ours write it.
    const wrapper = mount(GovWarningText, { slots: { default: () => `\n  ${String(fixture.options.text)}\n` } })
    expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(fixture.html))
  })

  it('holds a heading, paragraphs and buttons in a div when it is a block', () => {
    const wrapper = mount(GovWarningText, { props: { block: true }, slots: { default: () => [h('h3', 'Are you sure?'), h('p', 'This cannot be undone.')] } })
    const text = wrapper.get('.govuk-warning-text__text')
    expect(text.element.tagName).toBe('DIV')
    expect(text.get('.govuk-visually-hidden').text()).toBe('Warning')
    expect(text.get('h3').text()).toBe('Are you sure?')
  })
})
