/**
 * Finding authorities: by ONS code, by name as typed (for the autocomplete), and their nearest
 * neighbours. Pure functions over CouncilData.
 */
import type { Activity, Authority, AuthorityType, CouncilData } from './types'

/** A loose key for names: case, punctuation and "&" versus "and" do not matter. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,'’()]/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The profile's council-type option value for each authority type (questions/profile.yaml). */
export const PROFILE_COUNCIL_TYPE: Record<AuthorityType, string> = {
  county: 'county',
  unitary: 'unitary',
  'metropolitan district': 'metropolitan-district',
  'London borough': 'london-borough',
  other: 'city-of-london',
}

export interface CouncilIndex {
  data: CouncilData
  authority(code: string): Authority | undefined
  activity(code: string): Activity | undefined
  /** Nearest neighbours, ONS rank 1 first; [] for an unknown code. */
  neighbours(code: string): Authority[]
}

/** Index the data by code (one pass; lookups are then constant time). */
export function indexCouncilData(data: CouncilData): CouncilIndex {
  const authorities = new Map(data.authorities.map((a) => [a.code, a]))
  const activity = new Map(data.activity.map((a) => [a.code, a]))
  return {
    data,
    authority: (code) => authorities.get(code),
    activity: (code) => activity.get(code),
    neighbours: (code) => (data.neighbours[code] ?? []).map((c) => authorities.get(c)).filter((a): a is Authority => a !== undefined),
  }
}

const words = (s: string) => nameKey(s).split(' ').filter(Boolean)

/**
 * Authorities matching what was typed, best first. Every typed word must start a word of the
 * ONS name or the council's official name ("st hel" finds St. Helens, "bristol" finds
 * "Bristol, City of"). Names that start with the query come first, then other ONS-name matches,
 * then official-name matches; ties are alphabetical.
 */
export function searchAuthorities(authorities: readonly Authority[], query: string, limit = 10): Authority[] {
  const q = words(query)
  if (q.length === 0) return []
  const joined = q.join(' ')
  const matches = (name: string) => {
    const w = words(name)
    return q.every((part) => w.some((x) => x.startsWith(part)))
  }
  const scored = authorities
    .map((a) => {
      const ons = nameKey(a.name)
      const official = nameKey(a.councilName)
      let score = -1
      if (ons.startsWith(joined)) score = 0
      else if (official.startsWith(joined)) score = 1
      else if (matches(a.name)) score = 2
      else if (matches(a.councilName)) score = 3
      return { a, score }
    })
    .filter((s) => s.score >= 0)
  scored.sort((x, y) => x.score - y.score || x.a.name.localeCompare(y.a.name, 'en'))
  return scored.slice(0, limit).map((s) => s.a)
}

/** The authority whose ONS or official name is exactly `name` (loosely compared), if any. */
export function findByName(authorities: readonly Authority[], name: string): Authority | undefined {
  const key = nameKey(name)
  if (key === '') return undefined
  return authorities.find((a) => nameKey(a.name) === key || nameKey(a.councilName) === key)
}

/** A name to show: the official council name, with the ONS area name when they differ a lot. */
export function displayName(a: Authority): string {
  return a.councilName || a.name
}
