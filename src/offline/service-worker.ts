/**
 * Registers the service worker (dist/sw.js, written by build/offline-plugin.ts) and says when a
 * new version is waiting. The new version takes over only when the user chooses: `applyUpdate`
 * asks the waiting worker to take over, then reloads once it has. Answers are saved as they are
 * given, so nothing typed is lost, and nothing reloads by itself.
 */
import { ref, type Ref } from 'vue'

export interface UpdateState {
  /** A new version is installed and waiting for the user to choose to reload. */
  ready: Ref<boolean>
  applyUpdate: () => void
}

interface SwContainer {
  controller: unknown
  register(url: string, options?: { scope?: string }): Promise<Registration>
  addEventListener(type: 'controllerchange', fn: () => void): void
}
interface Worker {
  state: string
  postMessage(message: unknown): void
  addEventListener(type: 'statechange', fn: () => void): void
}
interface Registration {
  waiting: Worker | null
  installing: Worker | null
  addEventListener(type: 'updatefound', fn: () => void): void
}

export function watchForUpdates(container: SwContainer, reload: () => void, url = '/sw.js'): UpdateState & { registered: Promise<Registration | null> } {
  const ready = ref(false)
  let waiting: Worker | null = null
  let reloading = false
  const offer = (worker: Worker) => {
    // With no controller this is the first install: nothing to update, the page is already current.
    if (!container.controller) return
    waiting = worker
    ready.value = true
  }
  const track = (worker: Worker) => {
    if (worker.state === 'installed') offer(worker)
    else worker.addEventListener('statechange', () => worker.state === 'installed' && offer(worker))
  }
  container.addEventListener('controllerchange', () => {
    if (!waiting || reloading) return
    reloading = true
    reload()
  })
  const registered = container.register(url, { scope: '/' }).then(
    (registration) => {
      if (registration.waiting) track(registration.waiting)
      registration.addEventListener('updatefound', () => registration.installing && track(registration.installing))
      return registration
    },
    // Without a worker the app still works online; offline use needs one, so say why in the console.
    (e: unknown) => {
      console.warn('Offline use is not available in this browser:', e)
      return null
    },
  )
  return {
    ready,
    registered,
    applyUpdate: () => {
      if (waiting) waiting.postMessage('skip-waiting')
    },
  }
}
