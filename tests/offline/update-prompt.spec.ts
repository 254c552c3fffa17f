import { describe, expect, it, vi } from 'vitest'
import { watchForUpdates } from '@/offline/service-worker'

type Listener = () => void
function fakeWorker(state: string) {
  const listeners: Listener[] = []
  return {
    state,
    postMessage: vi.fn(),
    addEventListener: (_t: 'statechange', fn: Listener) => listeners.push(fn),
    become(next: string) {
      this.state = next
      listeners.forEach((l) => l())
    },
  }
}
function fakeContainer(controller: unknown, registration: { waiting: ReturnType<typeof fakeWorker> | null; installing: ReturnType<typeof fakeWorker> | null }) {
  const changes: Listener[] = []
  const updates: Listener[] = []
  return {
    controller,
    register: vi.fn(async () => ({ ...registration, addEventListener: (_t: 'updatefound', fn: Listener) => updates.push(fn) })),
    addEventListener: (_t: 'controllerchange', fn: Listener) => changes.push(fn),
    controllerChanged: () => changes.forEach((l) => l()),
    updateFound: () => updates.forEach((l) => l()),
  }
}

describe('the update prompt', () => {
  it('offers a waiting new version and reloads only after the user chooses it', async () => {
    const worker = fakeWorker('installed')
    const container = fakeContainer({}, { waiting: worker, installing: null })
    const reload = vi.fn()
    const state = watchForUpdates(container, reload)
    await state.registered
    expect(state.ready.value).toBe(true)
    expect(reload).not.toHaveBeenCalled()
    state.applyUpdate()
    expect(worker.postMessage).toHaveBeenCalledWith('skip-waiting')
    container.controllerChanged()
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('offers a version found while the page is open once it has installed', async () => {
    const worker = fakeWorker('installing')
    const container = fakeContainer({}, { waiting: null, installing: worker })
    const state = watchForUpdates(container, vi.fn())
    await state.registered
    container.updateFound()
    expect(state.ready.value).toBe(false)
    worker.become('installed')
    expect(state.ready.value).toBe(true)
  })

  it('says nothing and never reloads on the first install, when the worker takes control', async () => {
    const worker = fakeWorker('installing')
    const container = fakeContainer(null, { waiting: null, installing: worker })
    const reload = vi.fn()
    const state = watchForUpdates(container, reload)
    await state.registered
    container.updateFound()
    worker.become('installed')
    container.controllerChanged()
    expect(state.ready.value).toBe(false)
    expect(reload).not.toHaveBeenCalled()
  })
})
