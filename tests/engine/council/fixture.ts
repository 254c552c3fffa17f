/**
 * A small made-up council data set for the engine, output and component tests, and the real
 * data/ for the worked examples. Figures here are invented for the tests and appear nowhere else.
 */
import { resolve } from 'node:path'
import { loadCouncilData } from '../../../build/read-council-data.ts'
import {
  ACTIVITY_MEASURES,
  indexCouncilData,
  type Activity,
  type ActivityMeasure,
  type Authority,
  type CouncilData,
  type CouncilIndex,
  type SourceInfo,
} from '../../../src/engine/council'

export const DATA_DIR = resolve(import.meta.dirname, '..', '..', '..', 'data')

let real: CouncilData | undefined
/** The real data/ (read once). */
export function realIndex(): CouncilIndex {
  real ??= loadCouncilData(DATA_DIR)
  return indexCouncilData(real)
}

const source = (name: string, edition: string, period: string): SourceInfo => ({
  edition,
  name,
  short: name,
  period,
  url: 'https://example.org/',
  licence: 'Test licence',
  attribution: `Source: ${name}.`,
})

export interface PlaceSpec {
  code: string
  name: string
  population?: number
  type?: Authority['type']
  libraries?: { total: number; community: number } | null
  counts?: Partial<Record<ActivityMeasure, number | null>>
  suspect?: Partial<Record<ActivityMeasure, string[]>>
  unusual?: Partial<Record<ActivityMeasure, string[]>>
}

function authority(p: PlaceSpec): Authority {
  const lib = p.libraries === undefined ? { total: 10, community: 2 } : p.libraries
  return {
    code: p.code,
    name: p.name,
    councilName: `${p.name} Council`,
    type: p.type ?? 'unitary',
    population: p.population ?? 100_000,
    libraries: lib && {
      total: lib.total,
      council: lib.total - lib.community,
      community: lib.community,
      commissioned: 0,
      temporarilyClosed: 0,
      independentCommunity: 0,
      statutory: lib.total,
      mobile: null,
      closedSince: 0,
      statusUnknown: 0,
    },
  }
}

function activity(p: PlaceSpec): Activity {
  const counts = Object.fromEntries(ACTIVITY_MEASURES.map((m) => [m, p.counts?.[m] ?? null])) as Activity['counts']
  return { code: p.code, reported: Object.values(counts).some((v) => v !== null), service: p.name, counts, suspect: p.suspect ?? {}, unusual: p.unusual ?? {} }
}

/** Data for `council` with `peers` as its neighbours in that order (each peer's own list is empty). */
export function makeIndex(council: PlaceSpec, peers: PlaceSpec[]): CouncilIndex {
  const all = [council, ...peers]
  const data: CouncilData = {
    authorities: all.map(authority),
    activity: all.map(activity),
    neighbours: { [council.code]: peers.map((p) => p.code), ...Object.fromEntries(peers.map((p) => [p.code, []])) },
    sources: {
      libraries: source('Test Libraries Dataset 2023', '2023', 'the 2023 snapshot'),
      activity: source('Test Activity Data 2023-24', '2023-24', 'April 2023 to March 2024'),
      population: source('Test population estimates', 'mid-2024', 'mid-2024'),
      neighbours: source('Test nearest neighbours', '2025-10-01', 'October 2025'),
      names: source('Test names', '1', 'now'),
    },
    caseStudyCouncils: [],
  }
  return indexCouncilData(data)
}

/**
 * The standard fixture: council "Ashby" (100,000 residents, 200,000 visits = 2,000.0 per 1,000)
 * and seven neighbours on visits: four usable (1,000, 1,500, 2,500, 3,000 per 1,000: median of
 * an even count 2,000), two with no figure, one suspect, one of them unusual.
 */
export function standardIndex(overrides: Partial<PlaceSpec> = {}): CouncilIndex {
  return makeIndex({ code: 'E06000901', name: 'Ashby', counts: { physical_visits: 200_000, active_users: 5_000 }, ...overrides }, [
    { code: 'E06000902', name: 'Brook', counts: { physical_visits: 150_000, active_users: 9_000 } },
    { code: 'E06000903', name: 'Cole', counts: { physical_visits: null } },
    { code: 'E06000904', name: 'Dale', counts: { physical_visits: 300_000, active_users: 8_000 }, unusual: { physical_visits: ['Apr 2023 figure is low'] } },
    {
      code: 'E06000905',
      name: 'Eden',
      counts: { physical_visits: 900_000, active_users: 7_000 },
      suspect: { physical_visits: ['figures for 6 of 12 months only'] },
    },
    { code: 'E06000906', name: 'Fell', counts: { physical_visits: 100_000, active_users: 6_000 } },
    { code: 'E06000907', name: 'Gare', counts: {} },
    { code: 'E06000908', name: 'Holt', counts: { physical_visits: 250_000, active_users: 10_000 }, population: 100_000 },
  ])
}
