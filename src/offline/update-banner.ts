/**
 * A small app of its own, above the skip link (where GOV.UK puts its cookie banner), so the
 * update message works on every page without touching the page layout.
 */
import { createApp, h, ref } from 'vue'
import UpdateBanner from '@/components/offline/UpdateBanner.vue'
import { watchForUpdates } from './service-worker'

export function startServiceWorker(target: Element, container: ServiceWorkerContainer, reload: () => void): void {
  const { ready, applyUpdate } = watchForUpdates(container as unknown as Parameters<typeof watchForUpdates>[0], reload)
  const dismissed = ref(false)
  createApp({
    render: () => h(UpdateBanner, { ready: ready.value && !dismissed.value, onReload: applyUpdate, onDismiss: () => (dismissed.value = true) }),
  }).mount(target)
}
