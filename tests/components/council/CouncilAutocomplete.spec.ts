import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import CouncilAutocomplete from '@/components/council/CouncilAutocomplete.vue'
import { realIndex } from '../../engine/council/fixture'

const authorities = realIndex().data.authorities

function make(props: Record<string, unknown> = {}) {
  const wrapper = mount(CouncilAutocomplete, {
    props: { id: 'council', label: 'Choose your council', hint: 'Start typing its name.', authorities, modelValue: null, statusDelay: 0, ...props },
    attachTo: document.body,
  })
  // Keep v-model behaviour: feed emitted values back as props, as a page would.
  wrapper.vm.$.emit = ((orig) =>
    function (this: unknown, event: string, ...args: unknown[]) {
      if (event === 'update:modelValue') void wrapper.setProps({ modelValue: args[0] as string | null })
      if (event === 'update:notListed') void wrapper.setProps({ notListed: args[0] as boolean })
      return orig.call(this, event, ...args)
    })(wrapper.vm.$.emit)
  return wrapper
}

const input = (w: VueWrapper) => w.get('input[role="combobox"]')
const options = (w: VueWrapper) => w.findAll('[role="option"]')
const status = (w: VueWrapper) => w.get('[role="status"]').text()

async function type(w: VueWrapper, text: string) {
  await input(w).setValue(text)
}
async function key(w: VueWrapper, k: string): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })
  input(w).element.dispatchEvent(event)
  await w.vm.$nextTick()
  return event
}

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
  vi.useRealTimers()
})

describe('CouncilAutocomplete', () => {
  it('is a labelled combobox that points at its hint, its listbox and how to use it', () => {
    mounted = make()
    const el = input(mounted)
    expect(mounted.get('label').attributes('for')).toBe('council')
    expect(el.attributes()).toMatchObject({
      id: 'council',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'council-listbox',
      autocomplete: 'off',
    })
    expect(el.attributes('aria-describedby')).toBe('council-hint council-usage')
    expect(mounted.get('#council-usage').text()).toMatch(/use up and down arrows to review and Enter to select/)
    expect(mounted.get('[role="listbox"]').attributes('id')).toBe('council-listbox')
  })

  it('lists matching councils as you type and announces how many', async () => {
    mounted = make()
    await type(mounted, 'hamp')
    expect(options(mounted).map((o) => o.text())).toEqual(['Hampshire County Council'])
    expect(input(mounted).attributes('aria-expanded')).toBe('true')
    expect(status(mounted)).toBe('1 result is available.')
    await type(mounted, 'north')
    expect(options(mounted).length).toBeGreaterThan(1)
    expect(status(mounted)).toBe(`${options(mounted).length} results are available.`)
  })

  it('moves through the results with the arrow keys and announces the highlighted one', async () => {
    mounted = make()
    await type(mounted, 'north')
    const down = await key(mounted, 'ArrowDown')
    expect(down.defaultPrevented).toBe(true)
    const first = options(mounted)[0]!
    expect(input(mounted).attributes('aria-activedescendant')).toBe('council-option-0')
    expect(first.attributes('aria-selected')).toBe('true')
    const n = options(mounted).length
    expect(status(mounted)).toBe(`${n} results are available. ${first.text()} 1 of ${n} is highlighted.`)
    await key(mounted, 'ArrowDown')
    expect(input(mounted).attributes('aria-activedescendant')).toBe('council-option-1')
    expect(options(mounted)[0]!.attributes('aria-selected')).toBe('false')
    await key(mounted, 'ArrowUp')
    await key(mounted, 'ArrowUp')
    // Back in the text box: nothing highlighted.
    expect(input(mounted).attributes('aria-activedescendant')).toBeUndefined()
  })

  it('chooses the highlighted council with Enter, without submitting the form', async () => {
    mounted = make()
    await type(mounted, 'camd')
    await key(mounted, 'ArrowDown')
    const enter = await key(mounted, 'Enter')
    expect(enter.defaultPrevented).toBe(true)
    expect(mounted.emitted('update:modelValue')?.at(-1)).toEqual(['E09000007'])
    expect((input(mounted).element as HTMLInputElement).value).toBe('London Borough of Camden')
    expect(input(mounted).attributes('aria-expanded')).toBe('false')
    expect(status(mounted)).toBe('London Borough of Camden selected.')
  })

  it('lets Enter submit the form when nothing is highlighted', async () => {
    mounted = make()
    await type(mounted, 'camd')
    const enter = await key(mounted, 'Enter')
    expect(enter.defaultPrevented).toBe(false)
    expect(mounted.emitted('update:modelValue')).toBeUndefined()
  })

  it('closes the list with Escape', async () => {
    mounted = make()
    await type(mounted, 'kent')
    await key(mounted, 'Escape')
    expect(input(mounted).attributes('aria-expanded')).toBe('false')
    expect(options(mounted)).toHaveLength(0)
  })

  it('chooses a council by click', async () => {
    mounted = make()
    await type(mounted, 'york')
    await options(mounted)[0]!.trigger('click')
    expect(mounted.emitted('update:modelValue')?.at(-1)).toEqual(['E06000014'])
  })

  it('says when nothing matches', async () => {
    mounted = make()
    await type(mounted, 'Atlantis')
    expect(mounted.text()).toContain('No results found')
    expect(status(mounted)).toBe('No search results.')
    expect(input(mounted).attributes('aria-expanded')).toBe('false')
  })

  it('clears the choice when the text is changed, and shows a chosen council’s name', async () => {
    mounted = make({ modelValue: 'E10000014' })
    expect((input(mounted).element as HTMLInputElement).value).toBe('Hampshire County Council')
    await type(mounted, 'Hampshire County Counci')
    expect(mounted.emitted('update:modelValue')?.at(-1)).toEqual([null])
  })

  it('counts a name typed in full as chosen when leaving the box', async () => {
    mounted = make()
    await type(mounted, 'kent county council')
    await input(mounted).trigger('blur')
    expect(mounted.emitted('update:modelValue')?.at(-1)).toEqual(['E10000016'])
  })

  it('offers "My council is not listed", which clears any choice', async () => {
    mounted = make({ modelValue: 'E10000014' })
    const box = mounted.get('#council-not-listed')
    expect(mounted.get('label[for="council-not-listed"]').text()).toBe('My council is not listed')
    await box.setValue(true)
    expect(mounted.emitted('update:notListed')?.at(-1)).toEqual([true])
    expect(mounted.emitted('update:modelValue')?.at(-1)).toEqual([null])
  })

  it('unticks "not listed" when a council is then chosen', async () => {
    mounted = make({ notListed: true })
    await type(mounted, 'camd')
    await key(mounted, 'ArrowDown')
    await key(mounted, 'Enter')
    expect(mounted.emitted('update:notListed')?.at(-1)).toEqual([false])
  })

  it('waits before announcing, so a screen reader is not interrupted at every key', async () => {
    vi.useFakeTimers()
    mounted = make({ statusDelay: 500 })
    await type(mounted, 'hamp')
    expect(status(mounted)).toBe('')
    vi.advanceTimersByTime(500)
    await mounted.vm.$nextTick()
    expect(status(mounted)).toBe('1 result is available.')
  })

  it('shows an error message and links it to the box', () => {
    mounted = make({ errorMessage: 'Choose your council, or tick “My council is not listed”' })
    expect(mounted.get('#council-error').text()).toContain('Choose your council')
    expect(input(mounted).attributes('aria-describedby')).toBe('council-hint council-error council-usage')
    expect(input(mounted).classes()).toContain('govuk-input--error')
  })
})
