import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import GovTextarea from '@/components/gov/GovTextarea.vue'
import { canonicalHtml, govukFixture } from '../../support/gov-fixtures'
import { labelProps, type LabelOptions } from '../../support/gov-options'

/** The part of govuk's textarea macro options that GovTextarea can express. */
interface TextareaOptions extends LabelOptions {
  rows?: number
}

function propsFrom(options: TextareaOptions) {
  return {
    ...labelProps(options),
    rows: options.rows,
  }
}

describe('GovTextarea', () => {
  // "with default value" is left out: Vue sets a textarea's value as a property, which the
  // serialised HTML does not show, so it is tested below through the element instead.
  it.each(['default', 'with hint', 'with error message', 'with hint and error message', 'with custom rows'])('renders the govuk "%s" fixture', (name) => {
    const fixture = govukFixture('textarea', name)
    const wrapper = mount(GovTextarea, { props: propsFrom(fixture.options as unknown as TextareaOptions) })
    // The one addition to govuk's markup: dir="auto", because the text is the person's own.
    expect(wrapper.get('textarea').attributes('dir')).toBe('auto')
    expect(canonicalHtml(wrapper.html({ raw: true }).replace(' dir="auto"', ''))).toBe(canonicalHtml(fixture.html))
  })

  it('keeps the line breaks of the model value', () => {
    const wrapper = mount(GovTextarea, { props: { id: 'notes', name: 'notes', label: 'Notes', modelValue: '221B Baker Street\nLondon' } })
    expect(wrapper.get('textarea').element.value).toBe('221B Baker Street\nLondon')
  })

  it('limits the length when given a maximum', () => {
    const wrapper = mount(GovTextarea, { props: { id: 'notes', name: 'notes', label: 'Notes', maxlength: 500 } })
    expect(wrapper.get('textarea').attributes('maxlength')).toBe('500')
  })

  it('emits what the user types', async () => {
    const wrapper = mount(GovTextarea, { props: { id: 'notes', name: 'notes', label: 'Notes', modelValue: '' } })
    await wrapper.get('textarea').setValue('We share a library service.')
    expect(wrapper.emitted('update:modelValue')).toEqual([['We share a library service.']])
  })
})
