/** Find elements the way a person would: by their label, role or accessible text. */
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'

/** The form control whose <label> has exactly this text. */
export function byLabel(wrapper: VueWrapper, text: string): DOMWrapper<HTMLInputElement | HTMLTextAreaElement> {
  const label = wrapper.findAll('label').find((l) => l.text().trim() === text)
  if (!label) throw new Error(`No label "${text}"`)
  return wrapper.find(`[id="${label.attributes('for')}"]`)
}

/** The button whose text (visible and visually hidden) is exactly this. */
export function button(wrapper: VueWrapper, name: string): DOMWrapper<HTMLButtonElement> {
  const found = wrapper.findAll('button').find((b) => b.text().replace(/\s+/g, ' ').trim() === name)
  if (!found) throw new Error(`No button "${name}"`)
  return found as DOMWrapper<HTMLButtonElement>
}
