import { nextTick, onMounted, watch, type MaybeRefOrGetter, toValue } from 'vue'

export const SERVICE_NAME = 'Library service self-assessment'

// On the first page of a visit focus stays at the top, so the skip link comes first.
let firstPage = true

/** Move focus to the page's h1 so screen reader users hear the new page. */
export function focusHeading(): void {
  const h1 = document.querySelector<HTMLElement>('h1')
  if (!h1) return
  h1.setAttribute('tabindex', '-1')
  h1.focus()
}

/**
 * Every page calls this: it sets a unique document title (with "Error: " when the page shows
 * errors) and, after the first page, moves focus to the h1.
 */
export function usePage(title: MaybeRefOrGetter<string>, error: MaybeRefOrGetter<boolean> = false) {
  const apply = () => {
    const page = toValue(title)
    document.title = `${toValue(error) ? 'Error: ' : ''}${page === SERVICE_NAME ? page : `${page} – ${SERVICE_NAME}`}`
  }
  watch(() => [toValue(title), toValue(error)], apply)
  onMounted(async () => {
    apply()
    await nextTick()
    if (firstPage) firstPage = false
    else focusHeading()
  })
}
