/**
 * The GOV.UK character count on GovTextarea and GovInput: the field stops at the limit the saved
 * file allows, the count is on screen, and it is announced politely once typing stops.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import GovTextarea from '@/components/gov/GovTextarea.vue'
import GovInput from '@/components/gov/GovInput.vue'

afterEach(() => {
  vi.useRealTimers()
})

describe.each([
  ['GovTextarea', GovTextarea, 'textarea'],
  ['GovInput', GovInput, 'input'],
] as const)('%s with a maxlength', (_name, component, tag) => {
  const props = { id: 'lead', name: 'lead', label: 'Lead', hint: 'A role', maxlength: 500 }

  it('stops at the limit and says how many characters are left', () => {
    const wrapper = mount(component, { props: { ...props, modelValue: 'Head of libraries' } })
    expect(wrapper.get(tag).attributes('maxlength')).toBe('500')
    expect(wrapper.get('.govuk-character-count__status').text()).toBe('You have 483 characters remaining')
    expect(wrapper.get('.govuk-character-count__status').classes()).toContain('govuk-hint')
    expect(wrapper.get('#lead-info').text()).toBe('You can enter up to 500 characters')
    expect(wrapper.get(tag).attributes('aria-describedby')).toBe('lead-info lead-hint')
  })

  it('shows a value already over the limit as too many, in the error style', () => {
    const wrapper = mount(component, { props: { ...props, modelValue: 'x'.repeat(501) } })
    expect(wrapper.get('.govuk-character-count__status').text()).toBe('You have 1 character too many')
    expect(wrapper.get('.govuk-character-count__status').classes()).toContain('govuk-error-message')
  })

  it('announces the count politely a second after typing stops, not on every key', async () => {
    vi.useFakeTimers()
    const wrapper = mount(component, { props: { ...props, modelValue: '' } })
    const live = wrapper.get('[aria-live="polite"]')
    expect(live.text()).toBe('You have 500 characters remaining')
    await wrapper.setProps({ modelValue: 'Head' })
    expect(live.text()).toBe('You have 500 characters remaining')
    vi.advanceTimersByTime(1000)
    await nextTick()
    expect(live.text()).toBe('You have 496 characters remaining')
  })

  it('says when a paste was cut to fit', async () => {
    const wrapper = mount(component, { props: { ...props, modelValue: '' } })
    const field = wrapper.get(tag)
    const event = new Event('paste') as Event & { clipboardData: { getData: () => string } }
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => 'y'.repeat(600) } })
    field.element.dispatchEvent(event)
    await field.setValue('y'.repeat(500))
    expect(wrapper.text()).toContain('The text you pasted was longer than 500 characters, so only the first 500 were kept.')
    await field.setValue('y'.repeat(499))
    expect(wrapper.text()).not.toContain('The text you pasted')
  })
})

describe('without a maxlength', () => {
  it('shows no count', () => {
    const wrapper = mount(GovInput, { props: { id: 'n', name: 'n', label: 'Number' } })
    expect(wrapper.find('.govuk-character-count__status').exists()).toBe(false)
    expect(wrapper.get('input').attributes('maxlength')).toBeUndefined()
  })
})
