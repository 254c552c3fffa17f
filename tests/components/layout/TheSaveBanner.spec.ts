/** The banner above every page: another tab's change first, then saving problems, then unreadable saved answers. */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import TheSaveBanner from '@/components/layout/TheSaveBanner.vue'
import UnreadableCopies from '@/components/layout/UnreadableCopies.vue'

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', name: 'start', component: { template: '<p />' } }] })

describe('TheSaveBanner', () => {
  it('says another tab changed the answers, as an alert, and offers to reload or download (D3)', async () => {
    const wrapper = mount(TheSaveBanner, { props: { saveError: null, restoreProblem: 'x', conflict: 'changed' }, global: { plugins: [router] } })
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('Your answers were changed in another tab or window')
    expect(alert.text()).toContain('This tab has stopped saving')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Reload the latest answers')!
      .trigger('click')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Download the answers in this tab')!
      .trigger('click')
    expect(wrapper.emitted('reload')).toHaveLength(1)
    expect(wrapper.emitted('download')).toHaveLength(1)
  })

  it('says when the answers were deleted in another tab', () => {
    const wrapper = mount(TheSaveBanner, { props: { saveError: null, restoreProblem: null, conflict: 'deleted' }, global: { plugins: [router] } })
    expect(wrapper.text()).toContain('Your answers were deleted in another tab or window')
  })

  it('points to the start page for unreadable answers, except on the start page', () => {
    const elsewhere = mount(TheSaveBanner, {
      props: { saveError: null, restoreProblem: 'Your saved answers could not be read.', conflict: null },
      global: { plugins: [router] },
    })
    expect(elsewhere.text()).toContain('Go to the start page to see what was kept')
    const start = mount(TheSaveBanner, {
      props: { saveError: null, restoreProblem: 'Your saved answers could not be read.', conflict: null, onStartPage: true },
      global: { plugins: [router] },
    })
    expect(start.text()).not.toContain('Go to the start page')
  })
})

describe('UnreadableCopies', () => {
  const copies = [
    { key: 'k1', number: 1, characters: 12_345, council: 'Anytown \u202Egnp.exe', updatedAt: '2026-11-01T10:00:00.000Z' },
    { key: 'k2', number: 2, characters: 48, council: null, updatedAt: null },
  ]

  it('offers every copy to download, recover or delete, naming each (D8)', async () => {
    const wrapper = mount(UnreadableCopies, { props: { notice: { kind: 'unreadable', reason: 'r', setAside: [], copyKept: true }, copies } })
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Copy 1: Anytown \u202Egnp.exe', 'Copy 2'])
    expect(wrapper.get('h3 bdi').text()).toBe('Anytown \u202Egnp.exe')
    expect(wrapper.text()).toContain('12,345 characters, last changed 1 November 2026.')
    const buttons = wrapper.findAll('button')
    await buttons.find((b) => b.text() === 'Download the unreadable copy 2')!.trigger('click')
    await buttons.find((b) => b.text() === 'Try to recover copy 1')!.trigger('click')
    await buttons.find((b) => b.text() === 'Delete this copy (copy 2)')!.trigger('click')
    expect(wrapper.emitted()).toMatchObject({ download: [['k2']], recover: [['k1']], delete: [['k2']] })
  })

  it('lists what was left out when only part could be read', () => {
    const wrapper = mount(UnreadableCopies, {
      props: {
        notice: { kind: 'partial', reason: '', setAside: ['In action 1, the lead is longer than 500 characters.'], copyKept: true },
        copies: [copies[1]!],
      },
    })
    expect(wrapper.get('li').text()).toBe('In action 1, the lead is longer than 500 characters.')
  })

  it('shows nothing when every saved answer was read and there are no copies', () => {
    expect(mount(UnreadableCopies, { props: { notice: null, copies: [] } }).html()).toBe('<!--v-if-->')
  })
})
