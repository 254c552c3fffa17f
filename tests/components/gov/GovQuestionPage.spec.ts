import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import GovQuestionPage from '@/components/gov/GovQuestionPage.vue'

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', name: 'start', component: { template: '<div />' } }] })

function mountPage(errors: { text: string; href: string }[], submitText?: string) {
  return mount(GovQuestionPage, {
    props: { back: { name: 'start' }, errors, attempt: 1, submitText },
    slots: { intro: '<h1>Upload saved answers</h1>', default: '<input id="answers-file" />' },
    global: { plugins: [router] },
  })
}

enableAutoUnmount(afterEach)

describe('GovQuestionPage', () => {
  it('shows the back link, the intro, then the form with its Continue button, and no error summary without errors', () => {
    const wrapper = mountPage([])
    expect(wrapper.get('a.govuk-back-link').text()).toBe('Back')
    expect(wrapper.find('.govuk-error-summary').exists()).toBe(false)
    expect(wrapper.get('h1').text()).toBe('Upload saved answers')
    expect(wrapper.get('form').attributes('novalidate')).toBeDefined()
    expect(wrapper.get('form').find('#answers-file').exists()).toBe(true)
    expect(wrapper.get('form button[type="submit"]').text()).toBe('Continue')
  })

  it('shows the error summary with its links while there are errors, and names the button as asked', () => {
    const wrapper = mountPage([{ text: 'Select a file of saved answers', href: '#answers-file' }], 'Upload answers')
    expect(wrapper.get('.govuk-error-summary a').attributes('href')).toBe('#answers-file')
    expect(wrapper.get('button[type="submit"]').text()).toBe('Upload answers')
  })

  it('emits submit when the form is sent', async () => {
    const wrapper = mountPage([])
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([[]])
  })
})
