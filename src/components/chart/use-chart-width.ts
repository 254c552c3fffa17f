/**
 * The width in CSS pixels of the box a chart is drawn in, kept up to date as the window or the
 * layout changes, so the chart can be laid out for it (text then keeps its size on a phone).
 *
 * Exported API: `useChartWidth(box: Ref<HTMLElement | null>, widest: number): Ref<number | null>` —
 * null until measured (and where the browser cannot measure, as in server rendering), at most `widest`
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export function useChartWidth(box: Ref<HTMLElement | null>, widest: number): Ref<number | null> {
  const width = ref<number | null>(null)
  let observer: ResizeObserver | null = null
  const measure = () => {
    const w = box.value?.clientWidth ?? 0
    width.value = w > 0 ? Math.min(widest, Math.floor(w)) : null
  }
  onMounted(() => {
    measure()
    if (typeof ResizeObserver === 'undefined' || !box.value) return
    observer = new ResizeObserver(measure)
    observer.observe(box.value)
  })
  onBeforeUnmount(() => observer?.disconnect())
  return width
}
