import { describe, expect, it } from 'vitest'
import { slideAction } from '@/composables/use-slide-keys'

const press = (key: string, extra: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; target: EventTarget | null }> = {}) =>
  slideAction({ key, altKey: false, ctrlKey: false, metaKey: false, target: document.body, ...extra })

describe('slideAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'leave'],
    ['a', null],
  ])('maps %j to %j', (key, action) => {
    expect(press(key)).toBe(action)
  })

  it('leaves Space on a button to press the button', () => {
    const button = document.createElement('button')
    expect(press(' ', { target: button })).toBeNull()
    expect(press('ArrowRight', { target: button })).toBe('next')
  })

  it('leaves keys with Alt, Ctrl or Meta to the browser', () => {
    expect(press('ArrowLeft', { altKey: true })).toBeNull()
    expect(press('Home', { ctrlKey: true })).toBeNull()
    expect(press('End', { metaKey: true })).toBeNull()
  })
})
