/**
 * The council against its statistically nearest neighbours (ONS ranks 1 to 15), the way the
 * data's README says may honestly be shown: the council's value, the median and range of the
 * neighbours with usable figures, and its rank among them (1 = highest). Missing and suspect
 * figures are left out and listed, never filled from rank 16 onwards and never read as 0.
 */
import { MEASURES, measureValue, type CouncilOverrides, type MeasureDef, type MeasureId, type MeasureValue } from './measures'
import { median, rankHighFirst } from './rates'
import type { CouncilIndex } from './lookup'

/** Fewer usable neighbours than this and no prompt is raised: the range means too little. */
export const MIN_PEERS_FOR_ADVICE = 5

export interface PeerValue extends MeasureValue {
  code: string
  name: string
  /** ONS rank, 1 = most similar; 0 for the council itself. */
  rank: number
}

export interface Extreme {
  value: number
  /** Every neighbour with that value (usually one). */
  names: string[]
}

export interface Comparison {
  measure: MeasureDef
  council: PeerValue
  /** All neighbours, in ONS order. */
  peers: PeerValue[]
  /** Neighbours with a usable figure, highest first. */
  usable: PeerValue[]
  /** Neighbours with no figure at all. */
  missing: PeerValue[]
  /** Neighbours whose figure is suspect or not comparable, left out. */
  leftOut: PeerValue[]
  median: number | null
  lowest: Extreme | null
  highest: Extreme | null
  /** The council's rank among itself and the usable neighbours (1 = highest), or null without a council figure. */
  rank: number | null
  /** usable.length + 1. */
  of: number
  /** Where the council's figure sits against the usable neighbours' range. */
  position: 'below' | 'above' | 'within' | null
  /** Outside the range in the measure's direction of concern, with enough neighbours to say so. */
  farOutside: boolean
}

function extreme(usable: PeerValue[], pick: 'min' | 'max'): Extreme | null {
  if (usable.length === 0) return null
  const values = usable.map((p) => p.value!)
  const value = pick === 'min' ? Math.min(...values) : Math.max(...values)
  return { value, names: usable.filter((p) => p.value === value).map((p) => p.name) }
}

/** Compare the council `code` with its neighbours on one measure. */
export function compareWithNeighbours(index: CouncilIndex, code: string, measureId: MeasureId, overrides: CouncilOverrides = {}): Comparison {
  const measure = MEASURES[measureId]
  const self = index.authority(code)
  const council: PeerValue = { ...measureValue(index, code, measureId, overrides), code, name: self?.name ?? code, rank: 0 }
  const peers: PeerValue[] = index.neighbours(code).map((n, i) => ({ ...measureValue(index, n.code, measureId), code: n.code, name: n.name, rank: i + 1 }))
  const usable = peers.filter((p) => p.status === 'ok' && p.value !== null).sort((a, b) => b.value! - a.value! || a.rank - b.rank)
  const lowest = extreme(usable, 'min')
  const highest = extreme(usable, 'max')
  const mine = council.status === 'ok' ? council.value : null
  const rank = mine === null ? null : rankHighFirst(mine, [mine, ...usable.map((p) => p.value!)])
  let position: Comparison['position'] = null
  if (mine !== null && lowest && highest) position = mine < lowest.value ? 'below' : mine > highest.value ? 'above' : 'within'
  const enough = usable.length >= MIN_PEERS_FOR_ADVICE
  const farOutside = enough && ((measure.concern === 'low' && position === 'below') || (measure.concern === 'high' && position === 'above'))
  return {
    measure,
    council,
    peers,
    usable,
    missing: peers.filter((p) => p.status === 'missing'),
    leftOut: peers.filter((p) => p.status === 'suspect' || p.status === 'not-comparable'),
    median: median(usable.map((p) => p.value!)),
    lowest,
    highest,
    rank,
    of: usable.length + 1,
    position,
    farOutside,
  }
}
