import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import WorkshopFilePicker from '@/components/workshop/WorkshopFilePicker.vue'
import { byLabel } from '../../support/workshop-queries'

/** Drop files on the area around the picker, as a browser does. */
async function drop(wrapper: ReturnType<typeof mount>, label: string, dropped: File[]) {
  const event = new Event('drop', { bubbles: true, cancelable: true })
  Object.defineProperty(event, 'dataTransfer', { value: { files: dropped } })
  byLabel(wrapper, label).element.parentElement!.dispatchEvent(event)
  await wrapper.vm.$nextTick()
}

const files = [new File(['{}'], 'a.json', { type: 'application/json' }), new File(['{}'], 'b.json', { type: 'application/json' })]

describe('WorkshopFilePicker', () => {
  it('is a labelled file picker that takes several files', () => {
    const input = byLabel(mount(WorkshopFilePicker, { props: { id: 'f', label: 'Upload answer files', multiple: true } }), 'Upload answer files')
    expect(input.attributes('type')).toBe('file')
    expect(input.attributes('multiple')).toBeDefined()
  })

  it('emits the files dropped on it', async () => {
    const wrapper = mount(WorkshopFilePicker, { props: { id: 'f', label: 'Upload answer files', multiple: true } })
    await drop(wrapper, 'Upload answer files', files)
    expect(wrapper.emitted('files')).toEqual([[files]])
  })

  it('takes only the first file dropped when it takes one', async () => {
    const wrapper = mount(WorkshopFilePicker, { props: { id: 'f', label: 'Upload the earlier assessment' } })
    await drop(wrapper, 'Upload the earlier assessment', files)
    expect(wrapper.emitted('files')).toEqual([[[files[0]]]])
  })

  it('shows an error message tied to the picker', () => {
    const input = byLabel(mount(WorkshopFilePicker, { props: { id: 'f', label: 'Upload', errorMessage: 'Select a file' } }), 'Upload')
    expect(input.attributes('aria-describedby')).toBe('f-error')
  })
})
