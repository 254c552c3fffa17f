/**
 * A list that shows its first `initial` items and a "Show n more" button: after the click the
 * rest show and focus moves to the first of them (its heading, `tabindex="-1"`), so a keyboard or
 * screen reader user goes on from where the new items start.
 */
import { computed, nextTick, ref, type Ref } from 'vue'

export function useShowMore<T>(items: () => readonly T[], initial: () => number) {
  const showAll = ref(false)
  /** The headings of the items shown, in order (a template ref on each item's heading). */
  const headings: Ref<HTMLElement[]> = ref([])
  const shown = computed(() => (showAll.value ? items() : items().slice(0, initial())))
  const hidden = computed(() => (showAll.value ? 0 : Math.max(0, items().length - initial())))
  async function showMore() {
    showAll.value = true
    await nextTick()
    headings.value[initial()]?.focus()
  }
  return { shown, hidden, headings, showMore }
}
