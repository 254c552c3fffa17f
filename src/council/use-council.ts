/**
 * Composables for pages: the council data, loaded only when a page mounts that asks for it, and
 * "Your service in numbers" for the council in a profile, kept up to date as the profile changes.
 * Pages pass the profile in (components never read a store).
 *
 * - `useCouncilIndex()` -> `{ index, failed }`: the data for the autocomplete (About your council).
 * - `useCouncilNumbers(profile)` -> `{ numbers, index, failed }`: null until loaded, and when the
 *   profile names no council (or one not in the data).
 */
import { computed, onMounted, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { overridesFromProfile, PROFILE_FIELDS, type CouncilIndex } from '../engine/council'
import { councilNumbers, type CouncilNumbers } from '../outputs/council-numbers'
import { loadCouncilIndex } from './index'

export function useCouncilIndex(): { index: ShallowRef<CouncilIndex | undefined>; failed: Ref<boolean> } {
  const index = shallowRef<CouncilIndex>()
  const failed = shallowRef(false)
  onMounted(async () => {
    try {
      index.value = await loadCouncilIndex()
    } catch {
      // Offline or a new deployment: the page falls back to typed answers.
      failed.value = true
    }
  })
  return { index, failed }
}

type Profile = Record<string, string | number | undefined>

export function useCouncilNumbers(profile: () => Profile): {
  numbers: ComputedRef<CouncilNumbers | null>
  index: ShallowRef<CouncilIndex | undefined>
  failed: Ref<boolean>
} {
  const { index, failed } = useCouncilIndex()
  const numbers = computed(() => {
    const ix = index.value
    const p = profile()
    const code = p[PROFILE_FIELDS.code]
    const a = ix && typeof code === 'string' ? ix.authority(code) : undefined
    return ix && a ? councilNumbers(ix, a.code, { overrides: overridesFromProfile(p, a) }) : null
  })
  return { numbers, index, failed }
}
