import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, reactive } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { useCouncilNumbers } from '@/council/use-council'

function harness(profile: Record<string, string | number | undefined>) {
  const state = reactive(profile)
  const Harness = defineComponent({
    setup() {
      const { numbers, failed } = useCouncilNumbers(() => state)
      return () =>
        h(
          'p',
          failed.value
            ? 'failed'
            : numbers.value
              ? `${numbers.value.councilName}: ${numbers.value.rows.find((r) => r.measureId === 'static_libraries')?.council}`
              : 'none',
        )
    },
  })
  return { wrapper: mount(Harness), state }
}

describe('useCouncilNumbers', () => {
  it('loads the data when mounted and follows the profile, corrections included', async () => {
    const { wrapper, state } = harness({ 'council-code': 'E10000014', 'static-libraries': 51 })
    expect(wrapper.text()).toBe('none')
    await vi.waitFor(() => expect(wrapper.text()).toBe('Hampshire County Council: 3.5'))
    state['static-libraries'] = 49
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toBe('Hampshire County Council: 3.4')
  })

  it('gives nothing without a council, or for a code not in the data', async () => {
    const { wrapper, state } = harness({ 'council-name': 'Anytown Borough Council' })
    await flushPromises()
    expect(wrapper.text()).toBe('none')
    // Once loaded, a known code shows its numbers, so "none" below is not just "not loaded yet".
    state['council-code'] = 'E09000007'
    await vi.waitFor(() => expect(wrapper.text()).toBe('London Borough of Camden: 5.5'))
    state['council-code'] = 'E99999999'
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toBe('none')
  })
})
