/**
 * The "About your council" figures a chosen authority fills in, each with its source, and how to
 * tell the council's own correction from the published figure: a profile value that differs from
 * the dataset's is the council's own.
 *
 * Profile field ids: `council-name`, `council-type` and `population` exist in questions/profile.yaml;
 * `council-code`, `static-libraries` and `community-libraries` are proposed there (see
 * /work/tools/requests/council-data.md). Until they exist, their values are simply not stored.
 */
import { PROFILE_COUNCIL_TYPE } from './lookup'
import type { CouncilOverrides } from './measures'
import type { Authority, SourceId, SourceInfo } from './types'

export const PROFILE_FIELDS = {
  code: 'council-code',
  name: 'council-name',
  type: 'council-type',
  population: 'population',
  staticLibraries: 'static-libraries',
  communityLibraries: 'community-libraries',
} as const

export interface PrefilledFigure {
  fieldId: string
  value: string | number
  /** Which dataset it came from; null for the name and code, which identify rather than measure. */
  source: SourceId | null
}

/** The profile values to fill in when the council picks `a`. Figures ACE lacks are left out, not set to 0. */
export function prefillFor(a: Authority): PrefilledFigure[] {
  const out: PrefilledFigure[] = [
    { fieldId: PROFILE_FIELDS.code, value: a.code, source: null },
    { fieldId: PROFILE_FIELDS.name, value: a.councilName || a.name, source: null },
    { fieldId: PROFILE_FIELDS.type, value: PROFILE_COUNCIL_TYPE[a.type], source: 'population' },
    { fieldId: PROFILE_FIELDS.population, value: a.population, source: 'population' },
  ]
  if (a.libraries) {
    out.push({ fieldId: PROFILE_FIELDS.staticLibraries, value: a.libraries.total, source: 'libraries' })
    out.push({ fieldId: PROFILE_FIELDS.communityLibraries, value: a.libraries.community, source: 'libraries' })
  }
  return out
}

export type FigureOrigin = { kind: 'dataset'; source: SourceInfo } | { kind: 'own'; published: number | null } | { kind: 'none' }

/**
 * Where a profile figure came from: the dataset (the value equals the published one), the council
 * (it differs, or there is no published figure), or nowhere (blank).
 */
export function figureOrigin(value: number | string | undefined | null, published: number | null, source: SourceInfo): FigureOrigin {
  if (value === undefined || value === null || value === '') return { kind: 'none' }
  const n = typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''))
  if (published !== null && n === published) return { kind: 'dataset', source }
  return { kind: 'own', published }
}

/** The corrections in a profile, for the comparison: only figures that differ from the published ones. */
export function overridesFromProfile(profile: Record<string, string | number | undefined>, a: Authority): CouncilOverrides {
  const num = (id: string): number | undefined => {
    const v = profile[id]
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.replace(/,/g, '')) : NaN
    return Number.isFinite(n) ? n : undefined
  }
  const out: CouncilOverrides = {}
  const population = num(PROFILE_FIELDS.population)
  if (population !== undefined && population !== a.population && population > 0) out.population = population
  const staticLibraries = num(PROFILE_FIELDS.staticLibraries)
  if (staticLibraries !== undefined && staticLibraries !== a.libraries?.total) out.staticLibraries = staticLibraries
  const community = num(PROFILE_FIELDS.communityLibraries)
  if (community !== undefined && community !== a.libraries?.community) out.communityLibraries = community
  return out
}
