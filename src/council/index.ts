/**
 * Runtime access to the council data. The data (about 20 kB gzip) sit in a chunk of their own,
 * fetched on the first call and then kept: call this from a page that needs them (About your
 * council, results, report), never at start-up, so the start page's first load stays without it.
 *
 * - `loadCouncilIndex()`: the indexed data (rejects when the chunk cannot be fetched).
 * - `councilIndexFor(profile)`: the data only when the profile names a council, else undefined;
 *   never rejects (offline, the report is made without "Your service in numbers"). For the
 *   report downloads: `buildReport(content, saved, result, { generatedOn, council: await councilIndexFor(saved.assessment.profile) })`.
 */
import { indexCouncilData, PROFILE_FIELDS, type CouncilIndex } from '../engine/council'

let loading: Promise<CouncilIndex> | undefined

/** The indexed council data; one fetch per page load, shared by every caller. */
export function loadCouncilIndex(): Promise<CouncilIndex> {
  loading ??= import('virtual:council-data')
    .then((m) => indexCouncilData(m.default))
    .catch((e: unknown) => {
      // A failed fetch (offline, new deployment) may be retried by the next call.
      loading = undefined
      throw e
    })
  return loading
}

/** The council data when the profile names a council (so nothing is fetched otherwise); undefined when it cannot load. */
export async function councilIndexFor(profile: Record<string, string | number | undefined>): Promise<CouncilIndex | undefined> {
  const code = profile[PROFILE_FIELDS.code]
  if (typeof code !== 'string' || code.trim() === '') return undefined
  try {
    return await loadCouncilIndex()
  } catch {
    return undefined
  }
}
