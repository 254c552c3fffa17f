/** The risks list: critical risks and warnings all show, advice waits behind "Show n more", sources on one line. */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ResultsFlags from '@/components/results/ResultsFlags.vue'
import type { RaisedFlag } from '@/engine/core'

function flag(id: string, severity: RaisedFlag['severity']): RaisedFlag {
  return {
    id,
    severity,
    title: `Risk ${id}`,
    why: `Why ${id}`,
    action: `Do ${id}`,
    because: `the answer to ${id} is no`,
    references: [
      { id: `${id}-a`, title: `Source A ${id}`, url: 'https://example.org/a' },
      { id: `${id}-b`, title: `Source B ${id}`, url: 'https://example.org/b' },
    ] as RaisedFlag['references'],
    lessons: [],
    legal: severity !== 'advice',
    questionIds: [],
  }
}

describe('ResultsFlags', () => {
  it('shows every critical risk and warning, and the advice after "Show n more", moving focus to the first advice', async () => {
    const flags = [flag('c1', 'critical'), flag('w1', 'warning'), flag('a1', 'advice'), flag('a2', 'advice')]
    const wrapper = mount(ResultsFlags, { props: { flags, lessonTitles: {} }, attachTo: document.body })
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Critical Risk c1', 'Warning Risk w1'])
    const button = wrapper.get('button')
    expect(button.text()).toBe('Show 2 more risks (advice)')
    await button.trigger('click')
    await wrapper.vm.$nextTick()
    expect(wrapper.findAll('h3')).toHaveLength(4)
    expect(document.activeElement?.textContent).toBe('Advice Risk a1')
    expect(wrapper.find('button').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows advice at once when nothing more serious is raised', () => {
    const wrapper = mount(ResultsFlags, { props: { flags: [flag('a1', 'advice'), flag('a2', 'advice')], lessonTitles: {} } })
    expect(wrapper.findAll('h3')).toHaveLength(2)
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('gives each risk its sources on one line, each link saying it opens a new tab, and the rule behind "How this was worked out"', () => {
    const wrapper = mount(ResultsFlags, { props: { flags: [flag('c1', 'critical')], lessonTitles: {} } })
    const sources = wrapper.findAll('p').find((p) => p.text().startsWith('Sources:'))!
    expect(sources.text()).toBe('Sources: Source A c1 (opens in new tab); Source B c1 (opens in new tab).')
    expect(sources.findAll('a').map((a) => a.attributes('target'))).toEqual(['_blank', '_blank'])
    expect(wrapper.get('details').text()).toContain('Raised because the answer to c1 is no.')
  })

  it('says so when there are no risks', () => {
    expect(mount(ResultsFlags, { props: { flags: [], lessonTitles: {} } }).text()).toBe('Your answers raise no risks.')
  })
})
