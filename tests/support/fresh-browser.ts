/**
 * For store tests: every test starts on a fresh page load with empty browser storage and a new
 * Pinia, and any spy (a failing localStorage, a fixed clock) is put back after it.
 */
import { afterEach, beforeEach, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

export function freshBrowserEachTest(): void {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })
}
