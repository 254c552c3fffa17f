import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import WorkshopFileList from '@/components/workshop/WorkshopFileList.vue'
import { button } from '../../support/workshop-queries'

const files = [
  { id: 'f1', name: 'ann.json', status: 'accepted' as const, messages: [] },
  { id: 'f2', name: 'odd.json', status: 'accepted' as const, messages: ['odd.json has answers to 1 question this version of the tool does not ask (x).'] },
  { id: 'f3', name: 'bad.json', status: 'refused' as const, messages: ['bad.json: The file is not a saved assessment from this tool.'] },
]

// Each file's status as the list says it.
const STATUS_WORDS: Record<string, string> = { 'ann.json': 'Added', 'odd.json': 'Added with warnings', 'bad.json': 'Not added' }

describe('WorkshopFileList', () => {
  it.each(Object.entries(STATUS_WORDS))('shows %s as “%s” in words', (name, status) => {
    const row = mount(WorkshopFileList, { props: { files } })
      .findAll('tbody tr')
      .find((r) => r.find('th').text() === name)!
    expect(row.find('strong').text()).toBe(status)
  })

  it('shows each file’s messages', () => {
    expect(mount(WorkshopFileList, { props: { files } }).text()).toContain('bad.json: The file is not a saved assessment from this tool.')
  })

  it('names the file on its remove button and emits its id', async () => {
    const wrapper = mount(WorkshopFileList, { props: { files } })
    await button(wrapper, 'Remove odd.json').trigger('click')
    await button(wrapper, 'Dismiss bad.json').trigger('click')
    expect(wrapper.emitted('remove')).toEqual([['f2'], ['f3']])
  })
})
