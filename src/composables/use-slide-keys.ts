/**
 * The presentation's keyboard: → ↓ Page Down and Space for the next slide; ← ↑ Page Up for the
 * previous one; Home and End for the first and last; Escape to leave. Space on a button or link
 * presses it and does not also move the slides; keys with Alt, Ctrl or Meta are left alone.
 * Listens on the window while the component is mounted.
 */
import { onBeforeUnmount, onMounted } from 'vue'

export interface SlideKeyActions {
  next: () => void
  previous: () => void
  first: () => void
  last: () => void
  leave: () => void
}

/** Which action a key press means, or null for a key the presentation leaves alone. */
export function slideAction(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>): keyof SlideKeyActions | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null
  const target = event.target as HTMLElement | null
  const onControl = Boolean(target?.closest?.('button, a'))
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next'
    case ' ':
      return onControl ? null : 'next'
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case 'Escape':
      return 'leave'
    default:
      return null
  }
}

export function useSlideKeys(actions: SlideKeyActions): void {
  function onKey(event: KeyboardEvent) {
    const action = slideAction(event)
    if (!action) return
    event.preventDefault()
    actions[action]()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
