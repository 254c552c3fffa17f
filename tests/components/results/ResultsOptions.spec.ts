/** The ways of running the service: the three most relevant first, the rest behind "Show n more". */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ResultsOptions from '@/components/results/ResultsOptions.vue'
import type { OptionModel } from '@/content/schema'
import type { OptionRecommendation } from '@/engine/core/result'

const items = [1, 2, 3, 4, 5].map((n) => ({
  model: { id: `m${n}`, name: `Model ${n}`, summary: `Summary ${n}`, prerequisites: [], examples: [] } as unknown as OptionModel,
  recommendation: { id: `m${n}`, reasons: [{ text: `Reason ${n}`, points: n }], cautions: [] } as unknown as OptionRecommendation,
}))

describe('ResultsOptions', () => {
  it('shows three, then the rest on "Show 2 more", moving focus to the first of them', async () => {
    const wrapper = mount(ResultsOptions, { props: { items, emptyText: 'None', exampleTitles: {}, more: 'delivery models' }, attachTo: document.body })
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Model 1', 'Model 2', 'Model 3'])
    const button = wrapper.get('button')
    expect(button.text()).toBe('Show 2 more delivery models')
    await button.trigger('click')
    await wrapper.vm.$nextTick()
    expect(wrapper.findAll('h3')).toHaveLength(5)
    expect(document.activeElement?.textContent).toBe('Model 4')
    expect(wrapper.find('button').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says so when nothing stands out', () => {
    const wrapper = mount(ResultsOptions, { props: { items: [], emptyText: 'No delivery model stands out.', exampleTitles: {}, more: 'delivery models' } })
    expect(wrapper.text()).toBe('No delivery model stands out.')
  })
})
