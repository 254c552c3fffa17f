import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import WorkshopRoomWarnings from '@/components/workshop/WorkshopRoomWarnings.vue'
import WorkshopFilter from '@/components/workshop/WorkshopFilter.vue'

describe('WorkshopRoomWarnings', () => {
  it('shows each warning in a labelled banner', () => {
    const wrapper = mount(WorkshopRoomWarnings, {
      props: { titleId: 't', warnings: [{ kind: 'councils', text: 'These files come from 2 different councils.', values: [] }] },
    })
    expect(wrapper.find('[role="region"]').attributes('aria-labelledby')).toBe('t')
    expect(wrapper.find('#t').text()).toBe('Check the files before you combine them')
    expect(wrapper.text()).toContain('These files come from 2 different councils.')
  })

  it('shows nothing when the files agree', () => {
    expect(
      mount(WorkshopRoomWarnings, { props: { titleId: 't', warnings: [] } })
        .find('[role="region"]')
        .exists(),
    ).toBe(false)
  })
})

describe('WorkshopFilter', () => {
  it('offers the three filters with their counts and emits the one chosen', async () => {
    const wrapper = mount(WorkshopFilter, { props: { modelValue: 'all', counts: { all: 98, disagreements: 12, 'not-agreed': 40 } } })
    expect(wrapper.findAll('label').map((l) => l.text())).toEqual(['All questions the room answered (98)', 'Disagreements only (12)', 'Not yet agreed (40)'])
    await wrapper.findAll('input')[1]!.setValue(true)
    expect(wrapper.emitted('update:modelValue')).toEqual([['disagreements']])
  })
})
