/**
 * The council data the app carries (data/, validated at build time by build/read-council-data.ts
 * and served as `virtual:council-data`): the 153 English library authorities, their library
 * counts, their 2023-24 activity and their 15 statistically nearest neighbours.
 *
 * An absent figure is `null`, never 0: "no figure" and "none" are different facts.
 */

/** Authority types as the extract writes them (ONS geography; City of London is `other`). */
export type AuthorityType = 'county' | 'unitary' | 'metropolitan district' | 'London borough' | 'other'

export const AUTHORITY_TYPES: readonly AuthorityType[] = ['county', 'unitary', 'metropolitan district', 'London borough', 'other']

/** Static libraries at the ACE snapshot, by who runs them. */
export interface LibraryCounts {
  /** council + community + commissioned + temporarily closed (statutory and not). */
  total: number
  council: number
  /** ACE CR (community run, inside or outside the statutory service) and ICL (independent). */
  community: number
  /** ACE C: a trust, mutual or contractor commissioned by the council. */
  commissioned: number
  temporarilyClosed: number
  /** The ICL part of `community`. */
  independentCommunity: number
  /** Those the council counts as part of its statutory service. */
  statutory: number
  /** Mobile libraries listed by ACE; null where ACE lists none (which does not prove none). */
  mobile: number | null
  /** Closures recorded since 1 April 2010: a count of closures, not a net loss. */
  closedSince: number
  /** ACE status unknown; not in `total`. */
  statusUnknown: number
}

export interface Authority {
  /** 9-character ONS (GSS) code. */
  code: string
  /** ONS area name, for example "Bristol, City of". */
  name: string
  /** Official council name, for example "Bristol City Council". */
  councilName: string
  type: AuthorityType
  /** ONS mid-year estimate, all ages. */
  population: number
  /** null when the authority is not in the ACE basic dataset (Isles of Scilly). */
  libraries: LibraryCounts | null
}

/** The headline activity measures, each a count over the activity year. */
export type ActivityMeasure =
  'active_users' | 'physical_visits' | 'loans_physical_books' | 'loans_electronic' | 'events_physical' | 'attendances_physical' | 'pc_hours'

export const ACTIVITY_MEASURES: readonly ActivityMeasure[] = [
  'active_users',
  'physical_visits',
  'loans_physical_books',
  'loans_electronic',
  'events_physical',
  'attendances_physical',
  'pc_hours',
]

export interface Activity {
  code: string
  /** Whether the authority is in the ACE activity file at all. */
  reported: boolean
  /** ACE's name for the service, when reported. */
  service: string | null
  counts: Record<ActivityMeasure, number | null>
  /** Measures ACE's figures make suspect (left out of comparisons), with the reasons. */
  suspect: Partial<Record<ActivityMeasure, string[]>>
  /** Unusual but possibly genuine figures (shown with a note). */
  unusual: Partial<Record<ActivityMeasure, string[]>>
}

export interface SourceInfo {
  edition: string
  /** As it should be credited, for example "Arts Council England, Libraries Basic Dataset 2023". */
  name: string
  short: string
  /** The period or date the figures describe, in words. */
  period: string
  /** Where the copy used was taken from. */
  url: string
  licence: string
  attribution: string
}

export type SourceId = 'libraries' | 'activity' | 'population' | 'neighbours' | 'names'

export interface CaseStudyCouncil {
  caseStudyId: string
  code: string
  /** `same`: the council named in the case study; `predecessor`: the case study's council was reorganised into this one. */
  relation: 'same' | 'predecessor'
}

export interface CouncilData {
  authorities: Authority[]
  /** One per authority, same order. */
  activity: Activity[]
  /** Code -> the codes of its nearest neighbours, rank 1 first (15 of them). */
  neighbours: Record<string, string[]>
  sources: Record<SourceId, SourceInfo>
  caseStudyCouncils: CaseStudyCouncil[]
}
