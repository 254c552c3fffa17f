import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import GovRadios, { type GovRadiosItem } from '@/components/gov/GovRadios.vue'
import { canonicalHtml, govukFixture, renameIds } from '../../support/gov-fixtures'
import { fieldsetProps, labelled, type FieldsetOptions } from '../../support/gov-options'

/** The part of govuk's radios macro options that GovRadios can express. */
interface RadiosOptions extends FieldsetOptions {
  items: ({ value: string; text: string; hint?: { text: string } } | { divider: string })[]
}

function propsFrom(options: RadiosOptions) {
  return {
    ...fieldsetProps(options),
    items: options.items.map((item): GovRadiosItem => ('divider' in item ? item : { value: item.value, text: item.text, hint: item.hint?.text })),
  }
}

const yesNo: GovRadiosItem[] = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
]

enableAutoUnmount(afterEach)

describe('GovRadios', () => {
  it.each(['default', 'with hint', 'with a divider', 'with hint and error message'])('renders the govuk "%s" fixture', (name) => {
    const fixture = govukFixture('radios', name)
    const wrapper = mount(GovRadios, { props: propsFrom(fixture.options as unknown as RadiosOptions) })
    expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(fixture.html))
  })

  it('renders the govuk "with hints on items" fixture, with ids from the prefix', () => {
    const fixture = govukFixture('radios', 'with hints on items')
    // The fixture gives each item its own id ("gateway", "verify"); GovRadios always numbers ids
    // from idPrefix, so the expected ids are the numbered ones.
    const expected = renameIds(fixture.html, { gateway: 'gov', verify: 'gov-2' })
    const wrapper = mount(GovRadios, { props: propsFrom(fixture.options as unknown as RadiosOptions) })
    expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(expected))
  })

  it('puts a caption inside the legend, before the page heading', () => {
    const wrapper = mount(GovRadios, {
      props: { name: 'size', legend: 'How big is your council?', legendSize: 'l', legendIsHeading: true, caption: 'About your council', items: yesNo },
    })
    const legend = wrapper.get('legend')
    expect(legend.element.children[0]?.outerHTML).toBe('<span class="govuk-caption-l">About your council</span>')
    expect(legend.get('h1').attributes()).toEqual({ class: 'govuk-fieldset__heading' })
  })

  it('leaves the caption out when the legend is not the page heading', () => {
    const wrapper = mount(GovRadios, { props: { name: 'size', legend: 'How big?', caption: 'About your council', items: yesNo } })
    expect(wrapper.get('legend').text()).toBe('How big?')
  })

  it('checks the item whose value is the model value', () => {
    const wrapper = mount(GovRadios, { props: { name: 'changed', legend: 'Have you changed your name?', items: yesNo, modelValue: 'no' } })
    expect(wrapper.get(`#${labelled(wrapper, 'No').attributes('for')}`).element).toHaveProperty('checked', true)
    expect(wrapper.get(`#${labelled(wrapper, 'Yes').attributes('for')}`).element).toHaveProperty('checked', false)
  })

  it('emits the value of the option whose label the user clicks', async () => {
    // A label finds its input by id in the document, so the radios must be in the document.
    const wrapper = mount(GovRadios, {
      props: { name: 'changed', legend: 'Have you changed your name?', items: yesNo, modelValue: 'yes' },
      attachTo: document.body,
    })
    await labelled(wrapper, 'No').trigger('click')
    expect(wrapper.emitted('update:modelValue')).toEqual([['no']])
  })

  it('adds the small modifier to the radios when asked', () => {
    const wrapper = mount(GovRadios, { props: { name: 'changed', legend: 'Have you changed your name?', items: yesNo, small: true } })
    expect(wrapper.get('[data-module="govuk-radios"]').classes()).toEqual(['govuk-radios', 'govuk-radios--small'])
  })
})
