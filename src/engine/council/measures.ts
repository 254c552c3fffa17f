/**
 * The measures a council is compared on, and the value of one measure for one authority: its
 * figure, or why there is none (missing, suspect, not comparable). The council's own corrections
 * replace the published figure for that council only.
 */
import { perHundredThousand, perThousand, percentOf } from './rates'
import type { ActivityMeasure, Authority, SourceId } from './types'
import type { CouncilIndex } from './lookup'

export type MeasureId = ActivityMeasure | 'static_libraries' | 'community_share'

export interface MeasureDef {
  id: MeasureId
  /** Sentence case, for a heading or table row: "Physical visits". */
  label: string
  /** "per 1,000 residents", "per 100,000 residents" or "% of static libraries". */
  unit: string
  /** The datasets behind the figure, in the order to credit them. */
  sources: SourceId[]
  /** Per resident: not comparable for an authority with under SMALL_POPULATION residents. */
  perResident: boolean
  /** The direction in which a figure far outside the neighbours' range earns an advice prompt. */
  concern: 'low' | 'high'
}

/** Rates per resident mean little for the City of London (15,111 residents and a large daytime population). */
export const SMALL_POPULATION = 20_000

const activity = (id: ActivityMeasure, label: string): MeasureDef => ({
  id,
  label,
  unit: 'per 1,000 residents',
  sources: ['activity', 'population'],
  perResident: true,
  concern: 'low',
})

export const MEASURES: Record<MeasureId, MeasureDef> = {
  physical_visits: activity('physical_visits', 'Physical visits'),
  loans_physical_books: activity('loans_physical_books', 'Physical book loans'),
  loans_electronic: activity('loans_electronic', 'eBook and eAudio loans'),
  active_users: activity('active_users', 'Active users'),
  events_physical: activity('events_physical', 'Events'),
  attendances_physical: activity('attendances_physical', 'Event attendances'),
  pc_hours: activity('pc_hours', 'Public PC hours'),
  static_libraries: {
    id: 'static_libraries',
    label: 'Static libraries',
    unit: 'per 100,000 residents',
    sources: ['libraries', 'population'],
    perResident: true,
    concern: 'low',
  },
  community_share: {
    id: 'community_share',
    label: 'Static libraries run by the community',
    unit: '% of static libraries',
    sources: ['libraries'],
    perResident: false,
    concern: 'high',
  },
}

/** The measures issue 14 puts in "Your service in numbers", in order. */
export const HEADLINE_MEASURES: MeasureId[] = [
  'physical_visits',
  'loans_physical_books',
  'active_users',
  'events_physical',
  'static_libraries',
  'community_share',
]

/** Figures the council gave itself, replacing the published ones for that council only. */
export interface CouncilOverrides {
  population?: number
  staticLibraries?: number
  communityLibraries?: number
  counts?: Partial<Record<ActivityMeasure, number>>
}

export type ValueStatus = 'ok' | 'missing' | 'suspect' | 'not-comparable'

export interface MeasureValue {
  value: number | null
  status: ValueStatus
  /** Why a figure is suspect or not comparable (from the data's quality flags). */
  reasons: string[]
  /** Unusual but possibly genuine: shown, with these notes. */
  unusual: string[]
  /** True when the council's own figure (a correction) went into the value. */
  own: boolean
}

const missing = (own = false): MeasureValue => ({ value: null, status: 'missing', reasons: [], unusual: [], own })

/** The value of `measure` for the authority `code`, with the council's corrections if given. */
export function measureValue(index: CouncilIndex, code: string, measure: MeasureId, overrides: CouncilOverrides = {}): MeasureValue {
  const a: Authority | undefined = index.authority(code)
  if (!a) return missing()
  const population = overrides.population ?? a.population
  const ownPopulation = overrides.population !== undefined && overrides.population !== a.population
  const def = MEASURES[measure]
  if (def.perResident && population < SMALL_POPULATION) {
    return {
      value: null,
      status: 'not-comparable',
      reasons: [`rates per resident are not comparable for an area with under ${SMALL_POPULATION.toLocaleString('en-GB')} residents`],
      unusual: [],
      own: ownPopulation,
    }
  }
  if (measure === 'static_libraries' || measure === 'community_share') {
    const total = overrides.staticLibraries ?? a.libraries?.total ?? null
    const ownTotal = overrides.staticLibraries !== undefined && overrides.staticLibraries !== a.libraries?.total
    if (measure === 'static_libraries') {
      const value = perHundredThousand(total, population)
      return value === null ? missing(ownTotal) : { value, status: 'ok', reasons: [], unusual: [], own: ownTotal || ownPopulation }
    }
    const community = overrides.communityLibraries ?? a.libraries?.community ?? null
    const ownCommunity = overrides.communityLibraries !== undefined && overrides.communityLibraries !== a.libraries?.community
    const value = percentOf(community, total)
    return value === null ? missing(ownTotal || ownCommunity) : { value, status: 'ok', reasons: [], unusual: [], own: ownTotal || ownCommunity }
  }
  const act = index.activity(code)
  const ownCount = overrides.counts?.[measure]
  const count = ownCount ?? act?.counts[measure] ?? null
  const own = ownCount !== undefined && ownCount !== act?.counts[measure]
  const value = perThousand(count, population)
  if (value === null) return missing(own)
  const suspect = act?.suspect[measure]
  // A council's own figure replaces the one ACE's data made suspect.
  if (suspect && ownCount === undefined) return { value: null, status: 'suspect', reasons: suspect, unusual: [], own: false }
  return { value, status: 'ok', reasons: [], unusual: ownCount === undefined ? (act?.unusual[measure] ?? []) : [], own: own || ownPopulation }
}
