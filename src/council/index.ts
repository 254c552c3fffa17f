/**
 * Runtime access to the council data. The data (about 20 kB gzip) sit in a chunk of their own,
 * fetched on the first call and then kept: call this from a page that needs them (About your
 * council, results, report), never at start-up, so the start page's first load stays without it.
 */
import { indexCouncilData, type CouncilIndex } from '../engine/council'

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
