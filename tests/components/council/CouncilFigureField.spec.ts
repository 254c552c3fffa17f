import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import CouncilFigureField from '@/components/council/CouncilFigureField.vue'
import { realIndex } from '../../engine/council/fixture'

const source = realIndex().data.sources.libraries
const make = (modelValue: string, published: number | null = 51) =>
  mount(CouncilFigureField, {
    props: {
      id: 'profile-static-libraries',
      name: 'static-libraries',
      label: 'How many static libraries are there?',
      hint: 'Count every building.',
      modelValue,
      published,
      source,
    },
  })

describe('CouncilFigureField', () => {
  it('marks a prefilled figure with its source and links the mark to the box', () => {
    const w = make('51')
    expect(w.get('.govuk-tag').text()).toBe('From Arts Council England, Libraries Basic Dataset 2023')
    expect(w.get('input').attributes('aria-describedby')).toBe('profile-static-libraries-hint profile-static-libraries-origin')
    expect(w.find('button').exists()).toBe(false)
  })

  it('stays editable and emits what is typed', async () => {
    const w = make('51')
    await w.get('input').setValue('49')
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['49'])
  })

  it('shows a correction as the council’s own figure, with the published one and a way back to it', async () => {
    const w = make('49')
    expect(w.get('.govuk-tag').text()).toBe('Your council’s own figure')
    expect(w.get('#profile-static-libraries-origin').text()).toContain('Arts Council England, Libraries Basic Dataset 2023 gives 51.')
    const button = w.get('button')
    expect(button.text()).toBe('Use the published figure for How many static libraries are there?')
    expect(button.attributes('type')).toBe('button')
    await button.trigger('click')
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['51'])
  })

  it('says what was published when the box is empty, without marking a source on nothing', () => {
    const w = make('')
    expect(w.find('.govuk-tag').exists()).toBe(false)
    expect(w.get('#profile-static-libraries-origin').text()).toBe('Arts Council England, Libraries Basic Dataset 2023 gives 51.')
  })

  it('treats any figure as the council’s own when nothing was published', () => {
    const w = make('3', null)
    expect(w.get('.govuk-tag').text()).toBe('Your council’s own figure')
    expect(w.text()).not.toContain('gives')
    expect(w.find('button').exists()).toBe(false)
  })

  it('shows an error', () => {
    const w = mount(CouncilFigureField, {
      props: { id: 'f', name: 'f', label: 'L', modelValue: 'x', published: 5, source, errorMessage: 'Enter a whole number' },
    })
    expect(w.get('.govuk-error-message').text()).toBe('Error: Enter a whole number')
    expect(w.get('input').classes()).toContain('govuk-input--error')
    expect(w.get('input').attributes('aria-describedby')).toBe('f-origin f-error')
  })
})
