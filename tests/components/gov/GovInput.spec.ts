import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import GovInput from '@/components/gov/GovInput.vue'
import { canonicalHtml, govukFixture } from '../../support/gov-fixtures'
import { labelProps, type LabelOptions } from '../../support/gov-options'

/** The part of govuk's input macro options that GovInput can express. */
interface InputOptions extends LabelOptions {
  type?: string
  inputmode?: 'numeric' | 'decimal' | 'text'
  suffix?: { text: string }
  classes?: string
  autocomplete?: string
  spellcheck?: boolean
}

function propsFrom(options: InputOptions) {
  return {
    ...labelProps(options),
    labelIsHeading: options.label.isPageHeading,
    type: options.type,
    inputmode: options.inputmode,
    suffix: options.suffix?.text,
    widthClass: options.classes,
    autocomplete: options.autocomplete,
    spellcheck: options.spellcheck,
  }
}

describe('GovInput', () => {
  it.each([
    'default',
    'with hint text',
    'with error message',
    'with error and hint',
    'with suffix',
    'with label as page heading',
    'inputmode',
    'with width-10 class',
    'with autocomplete attribute',
    'with spellcheck enabled',
    'with spellcheck disabled',
  ])('renders the govuk "%s" fixture', (name) => {
    const fixture = govukFixture('input', name)
    const wrapper = mount(GovInput, { props: propsFrom(fixture.options as unknown as InputOptions) })
    expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(fixture.html))
  })

  it('puts a caption inside the label that is the page heading', () => {
    const wrapper = mount(GovInput, {
      props: { id: 'council', name: 'council', label: 'What is your council called?', labelSize: 'l', labelIsHeading: true, caption: 'About your council' },
    })
    expect(wrapper.get('h1 label').element.innerHTML).toBe('<span class="govuk-caption-l">About your council</span> What is your council called?')
  })

  it('shows the model value in the input', () => {
    const wrapper = mount(GovInput, { props: { id: 'council', name: 'council', label: 'Council name', modelValue: 'Anytown' } })
    expect(wrapper.get('input').element.value).toBe('Anytown')
  })

  it('emits what the user types', async () => {
    const wrapper = mount(GovInput, { props: { id: 'council', name: 'council', label: 'Council name', modelValue: '' } })
    await wrapper.get('input').setValue('Anytown')
    expect(wrapper.emitted('update:modelValue')).toEqual([['Anytown']])
  })
})
