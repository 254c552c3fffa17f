/** About your council: choose the council by keyboard, correct one figure, or say it is not listed. */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProfilePage from '@/pages/ProfilePage.vue'
import { useAssessmentStore } from '@/stores/assessment'

const stub = { template: '<p />' }
function router() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'start', component: stub },
      { path: '/profile', name: 'profile', component: ProfilePage },
      { path: '/priorities', name: 'priorities', component: stub },
    ],
  })
}

async function page() {
  const r = router()
  await r.push('/profile')
  const wrapper = mount(ProfilePage, { global: { plugins: [r] }, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper.find('#profile-council-code').exists()).toBe(true))
  return { wrapper, r, store: useAssessmentStore() }
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  document.body.innerHTML = ''
})

describe('ProfilePage: choose your council', () => {
  it('chooses a council by keyboard and fills its figures, each marked with its source', async () => {
    const { wrapper, store } = await page()
    const input = wrapper.get('#profile-council-code')
    await input.setValue('hamp')
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-activedescendant')).toBe('profile-council-code-option-0')
    expect(wrapper.get('#profile-council-code-option-0').text()).toBe('Hampshire County Council')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(store.assessment.profile['council-code']).toBe('E10000014')
    expect(store.assessment.profile['council-name']).toBe('Hampshire County Council')
    expect(store.assessment.profile['council-type']).toBe('county')
    expect(store.assessment.profile.population).toBe(1_447_214)
    expect(store.assessment.profile['static-libraries']).toBe(51)
    expect(store.assessment.profile['community-libraries']).toBe(11)
    expect((wrapper.get('#profile-static-libraries').element as HTMLInputElement).value).toBe('51')
    expect(wrapper.get('#profile-static-libraries-origin').text()).toBe('From Arts Council England, Libraries Basic Dataset 2023')
    expect(wrapper.get('#profile-population-origin').text()).toBe('From ONS mid-2024 population estimates')
    // Chosen from the list, the council's name is not asked for again.
    expect(wrapper.find('#profile-council-name').exists()).toBe(false)
  })

  it('keeps a corrected figure as the council’s own, and can put the published one back', async () => {
    const { wrapper, store } = await page()
    const input = wrapper.get('#profile-council-code')
    await input.setValue('camden')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(store.assessment.profile['static-libraries']).toBe(12)
    await wrapper.get('#profile-static-libraries').setValue('10')
    expect(store.assessment.profile['static-libraries']).toBe(10)
    expect(wrapper.get('#profile-static-libraries-origin').text()).toContain('Your council’s own figure')
    expect(wrapper.get('#profile-static-libraries-origin').text()).toContain('Arts Council England, Libraries Basic Dataset 2023 gives 12')
    // The other figures stay the published ones.
    expect(wrapper.get('#profile-population-origin').text()).toBe('From ONS mid-2024 population estimates')
    const reset = wrapper.findAll('button').find((b) => b.text().startsWith('Use the published figure'))!
    await reset.trigger('click')
    expect(store.assessment.profile['static-libraries']).toBe(12)
  })

  it('asks for the name when the council is not listed, and lets the form go on', async () => {
    const { wrapper, store, r } = await page()
    await wrapper.get('#profile-council-code-not-listed').setValue(true)
    await wrapper.get('#profile-council-name').setValue('Anytown Borough Council')
    expect(store.assessment.profile['council-name']).toBe('Anytown Borough Council')
    expect(store.assessment.profile['council-code']).toBeUndefined()
    // Plain boxes without a chosen council: nothing claims a national source.
    expect(wrapper.find('#profile-static-libraries-origin').exists()).toBe(false)
    await wrapper.get('#profile-council-type-2').setValue(true)
    await wrapper.get('#profile-respondent-role').setValue(true)
    await wrapper.get('#profile-changes-planned').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('.govuk-error-summary').exists()).toBe(false)
    expect(r.currentRoute.value.name).toBe('priorities')
  })

  it('asks for the name until a council is chosen, then not again; ticking "not listed" forgets the choice', async () => {
    const { wrapper, store } = await page()
    expect(wrapper.find('#profile-council-name').exists()).toBe(true)
    const input = wrapper.get('#profile-council-code')
    await input.setValue('camd')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(store.assessment.profile['council-name']).toBe('London Borough of Camden')
    expect(wrapper.find('#profile-council-name').exists()).toBe(false)
    await wrapper.get('#profile-council-code-not-listed').setValue(true)
    expect(store.assessment.profile['council-code']).toBeUndefined()
    expect(wrapper.find('#profile-council-name').exists()).toBe(true)
    expect(wrapper.find('#profile-static-libraries-origin').exists()).toBe(false)
  })
})
