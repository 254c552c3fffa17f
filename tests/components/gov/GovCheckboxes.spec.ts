import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import GovCheckboxes, { type GovCheckboxesItem } from '@/components/gov/GovCheckboxes.vue'
import { canonicalHtml, govukFixture } from '../../support/gov-fixtures'
import { fieldsetProps, labelled, type FieldsetOptions } from '../../support/gov-options'

/** The part of govuk's checkboxes macro options that GovCheckboxes can express. */
interface CheckboxesOptions extends FieldsetOptions {
  items: ({ value: string; text: string; hint?: { text: string }; behaviour?: 'exclusive' } | { divider: string })[]
}

function propsFrom(options: CheckboxesOptions) {
  return {
    ...fieldsetProps(options),
    items: options.items.map((item): GovCheckboxesItem =>
      'divider' in item ? item : { value: item.value, text: item.text, hint: item.hint?.text, exclusive: item.behaviour === 'exclusive' },
    ),
  }
}

const waste: GovCheckboxesItem[] = [
  { value: 'animal', text: 'Waste from animal carcasses' },
  { value: 'mines', text: 'Waste from mines or quarries' },
  { divider: 'or' },
  { value: 'none', text: 'None of these', exclusive: true },
]

// Labels find their inputs by id in the document, so clicking one needs the component attached.
function mountWaste(modelValue: string[]) {
  return mount(GovCheckboxes, { props: { name: 'waste', legend: 'Which types of waste do you transport?', items: waste, modelValue }, attachTo: document.body })
}

enableAutoUnmount(afterEach)

describe('GovCheckboxes', () => {
  it.each(['default', 'with hint', 'with divider and None', 'with error message', 'with legend as a page heading'])(
    'renders the govuk "%s" fixture',
    (name) => {
      const fixture = govukFixture('checkboxes', name)
      const wrapper = mount(GovCheckboxes, { props: propsFrom(fixture.options as unknown as CheckboxesOptions) })
      expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(fixture.html))
    },
  )

  it('checks every item whose value is in the model value', () => {
    const wrapper = mountWaste(['animal', 'mines'])
    const checked = wrapper.findAll('input').map((input) => (input.element as HTMLInputElement).checked)
    expect(checked).toEqual([true, true, false])
  })

  it('adds the value of an item the user checks', async () => {
    const wrapper = mountWaste(['animal'])
    await labelled(wrapper, 'Waste from mines or quarries').trigger('click')
    expect(wrapper.emitted('update:modelValue')).toEqual([[['animal', 'mines']]])
  })

  it('removes the value of an item the user unchecks', async () => {
    const wrapper = mountWaste(['animal', 'mines'])
    await labelled(wrapper, 'Waste from animal carcasses').trigger('click')
    expect(wrapper.emitted('update:modelValue')).toEqual([[['mines']]])
  })

  it('clears every other item when the user checks the exclusive one', async () => {
    const wrapper = mountWaste(['animal', 'mines'])
    await labelled(wrapper, 'None of these').trigger('click')
    expect(wrapper.emitted('update:modelValue')).toEqual([[['none']]])
  })

  it('clears the exclusive item when the user checks another one', async () => {
    const wrapper = mountWaste(['none'])
    await labelled(wrapper, 'Waste from animal carcasses').trigger('click')
    expect(wrapper.emitted('update:modelValue')).toEqual([[['animal']]])
  })

  it('unchecks the other boxes once the parent accepts the exclusive choice', async () => {
    const wrapper = mountWaste(['animal', 'mines'])
    await labelled(wrapper, 'None of these').trigger('click')
    await wrapper.setProps({ modelValue: ['none'] })
    const checked = wrapper.findAll('input').map((input) => (input.element as HTMLInputElement).checked)
    expect(checked).toEqual([false, false, true])
  })
})
