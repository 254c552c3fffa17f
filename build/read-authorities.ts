/**
 * authorities.csv for the council-data loader (read-council-data.ts): unique, well-formed ONS
 * codes, known authority types, populations of the stated edition that add up to England's, and
 * static libraries by who runs them that add up to the total.
 *
 * Exported API: `readAuthorities(reader): { authorities, editions, sourcesJson }`, `AUTHORITY_COUNT`
 */
import { AUTHORITY_TYPES, type Authority, type AuthorityType } from '../src/engine/council/types.ts'
import { AUTHORITY_COLUMNS, LIBRARY_COUNT_COLUMNS } from './council-columns.mjs'
import type { CouncilDataReader } from './council-data-reader.ts'

export const AUTHORITY_COUNT = 153
const CODE = /^E(06|08|09|10)\d{6}$/

/** The authorities, and editions.json and sources.json (read after authorities.csv, which they check). */
export function readAuthorities({ problem, readCsv, readJson, count }: CouncilDataReader): {
  authorities: Authority[]
  editions: Record<string, unknown>
  sourcesJson: Record<string, unknown>
} {
  const AF = 'authorities.csv'
  const libraryColumns = LIBRARY_COUNT_COLUMNS
  const authorityRows = readCsv(AF, AUTHORITY_COLUMNS)
  const editions = readJson('editions.json')
  const sourcesJson = readJson('sources.json')

  if (authorityRows.length > 0 && authorityRows.length !== AUTHORITY_COUNT)
    problem(AF, '', `has ${authorityRows.length} authorities, expected ${AUTHORITY_COUNT}`)
  const seen = new Map<string, number>()
  const authorities: Authority[] = []
  for (const r of authorityRows) {
    const at = `row ${r._line}`
    const code = r.ons_code ?? ''
    if (!CODE.test(code)) problem(AF, at, `"${code}" is not an ONS code for a county, unitary, metropolitan district or London borough`)
    const prior = seen.get(code)
    if (prior !== undefined) problem(AF, at, `repeats the ONS code ${code} of row ${prior}`)
    seen.set(code, r._line)
    const type = r.authority_type as AuthorityType
    if (!AUTHORITY_TYPES.includes(type)) problem(AF, at, `authority_type "${r.authority_type}" is not one of ${AUTHORITY_TYPES.join(', ')}`)
    const population = count(AF, r, 'population')
    if (population === null || population === 0) problem(AF, at, 'has no population')
    if (r.population_year !== editions.population)
      problem(AF, at, `population_year "${r.population_year}" is not the edition in editions.json (${String(editions.population)})`)
    const n = Object.fromEntries(libraryColumns.map((c) => [c, count(AF, r, c)])) as Record<string, number | null>
    const given = libraryColumns.filter((c) => n[c] !== null)
    let libraries: Authority['libraries'] = null
    if (given.length > 0 && given.length < libraryColumns.length) {
      problem(AF, at, `has some library counts but not ${libraryColumns.filter((c) => n[c] === null).join(', ')}`)
    } else if (given.length === libraryColumns.length) {
      const v = (c: string) => n[c] ?? 0
      const parts = v('council_run') + v('community_run_or_managed') + v('commissioned_or_other') + v('temporarily_closed')
      if (parts !== v('static_libraries_total')) {
        problem(
          AF,
          at,
          `static libraries by who runs them add up to ${parts} (council ${v('council_run')} + community ${v('community_run_or_managed')} + commissioned ${v('commissioned_or_other')} + temporarily closed ${v('temporarily_closed')}), not the total ${v('static_libraries_total')}`,
        )
      }
      if (v('independent_community_libraries') > v('community_run_or_managed'))
        problem(AF, at, 'has more independent community libraries than community-run libraries')
      if (v('statutory_static_libraries') > v('static_libraries_total')) problem(AF, at, 'has more statutory libraries than static libraries')
      if (r.data_date !== editions.libraries) problem(AF, at, `data_date "${r.data_date}" is not the edition in editions.json (${String(editions.libraries)})`)
      libraries = {
        total: v('static_libraries_total'),
        council: v('council_run'),
        community: v('community_run_or_managed'),
        commissioned: v('commissioned_or_other'),
        temporarilyClosed: v('temporarily_closed'),
        independentCommunity: v('independent_community_libraries'),
        statutory: v('statutory_static_libraries'),
        mobile: count(AF, r, 'mobile_libraries'),
        closedSince: v('closed_since'),
        statusUnknown: v('status_unknown'),
      }
    }
    authorities.push({ code, name: r.authority_name ?? '', councilName: r.council_name ?? '', type, population: population ?? 0, libraries })
  }
  const total = authorities.reduce((s, a) => s + a.population, 0)
  if (authorities.length === AUTHORITY_COUNT && typeof sourcesJson.englandPopulation === 'number' && total !== sourcesJson.englandPopulation) {
    problem(AF, '', `populations add up to ${total}, not England's ${sourcesJson.englandPopulation} (sources.json)`)
  }
  return { authorities, editions, sourcesJson }
}
