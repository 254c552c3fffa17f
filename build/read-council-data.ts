/**
 * Reads data/ from disk (Node only) and checks it, the way read-content.ts checks questions/:
 * every problem is collected and thrown together as one CouncilDataError. Used by the Vite plugin
 * (`virtual:council-data`) and the tests.
 *
 * Checks: 153 authorities with unique, well-formed ONS codes; populations that add up to England's;
 * static libraries by who runs them that add up to the total; activity for exactly those
 * authorities, with visits and e-loans equal to the sum of their parts; 15 neighbours for each,
 * all of them authorities; case-study councils that exist; source lines naming the editions found.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CouncilDataError, type CouncilDataProblem } from '../src/engine/council/council-data-error.ts'
import {
  ACTIVITY_MEASURES,
  AUTHORITY_TYPES,
  type Activity,
  type ActivityMeasure,
  type Authority,
  type AuthorityType,
  type CaseStudyCouncil,
  type CouncilData,
  type SourceId,
  type SourceInfo,
} from '../src/engine/council/types.ts'

export const AUTHORITY_COUNT = 153
export const NEIGHBOUR_COUNT = 15
const CODE = /^E(06|08|09|10)\d{6}$/
const SOURCE_IDS: SourceId[] = ['libraries', 'activity', 'population', 'neighbours', 'names']
const EDITION_OF: Partial<Record<SourceId, string>> = { libraries: 'libraries', activity: 'activity', population: 'population', neighbours: 'neighbours' }

type Row = Record<string, string> & { _line: number }

/** RFC 4180 CSV into objects keyed by the header row; `_line` is the row's number, counting the header as 1. */
export function parseCsv(text: string): { header: string[]; rows: Row[] } {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      record.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += ch
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  const [header = [], ...body] = records
  const rows = body
    .map((cells, n) => ({ cells, line: n + 2 }))
    .filter(({ cells }) => !(cells.length === 1 && cells[0] === ''))
    .map(({ cells, line }) => Object.assign(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])), { _line: line }) as Row)
  return { header, rows }
}

/** Read and check data/ under `dir`. @throws CouncilDataError listing every problem. */
export function loadCouncilData(dir: string): CouncilData {
  const problems: CouncilDataProblem[] = []
  const problem = (file: string, where: string, message: string) => problems.push({ file, where, message })

  const readText = (file: string): string | undefined => {
    const path = join(dir, file)
    if (existsSync(path)) return readFileSync(path, 'utf8')
    problem(file, '', 'this file is missing')
    return undefined
  }
  const readCsv = (file: string, columns: string[]): Row[] => {
    const text = readText(file)
    if (text === undefined) return []
    const { header, rows } = parseCsv(text)
    const absent = columns.filter((c) => !header.includes(c))
    if (absent.length > 0) problem(file, 'header', `has no column ${absent.join(', ')}`)
    return absent.length > 0 ? [] : rows
  }
  const readJson = (file: string): Record<string, unknown> => {
    const text = readText(file)
    if (text === undefined) return {}
    try {
      return JSON.parse(text) as Record<string, unknown>
    } catch (e) {
      problem(file, '', `is not valid JSON: ${e instanceof Error ? e.message : String(e)}`)
      return {}
    }
  }
  /** A whole number of at least 0, or null for an empty cell. */
  const count = (file: string, row: Row, column: string): number | null => {
    const raw = row[column] ?? ''
    if (raw === '') return null
    if (!/^\d+$/.test(raw)) {
      problem(file, `row ${row._line}`, `${column} "${raw}" is not a whole number`)
      return null
    }
    return Number(raw)
  }

  // ---------------------------------------------------------------- authorities
  const AF = 'authorities.csv'
  const libraryColumns = [
    'static_libraries_total',
    'council_run',
    'community_run_or_managed',
    'commissioned_or_other',
    'temporarily_closed',
    'independent_community_libraries',
    'statutory_static_libraries',
    'closed_since',
    'status_unknown',
  ]
  const authorityRows = readCsv(AF, [
    'ons_code',
    'authority_name',
    'council_name',
    'authority_type',
    'population',
    'population_year',
    ...libraryColumns,
    'mobile_libraries',
    'data_date',
  ])
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
  const codes = new Set(authorities.map((a) => a.code))

  // ------------------------------------------------------------------ activity
  const VF = 'activity.csv'
  const activityRows = readCsv(VF, [
    'ons_code',
    'data_year',
    'in_ace_activity_data',
    'ace_library_service',
    ...ACTIVITY_MEASURES,
    'physical_visits_library_only_sites',
    'physical_visits_colocated_sites',
    'loans_ebooks',
    'loans_eaudiobooks',
    'suspect_measures',
    'quality_flags',
    'unusual_values',
  ])
  const activityByCode = new Map<string, Activity>()
  const notes = (r: Row, column: string): Partial<Record<ActivityMeasure, string[]>> => {
    const out: Partial<Record<ActivityMeasure, string[]>> = {}
    for (const part of (r[column] ?? '').split('; ').filter(Boolean)) {
      const m = /^([a-z_]+): (.+)$/.exec(part)
      if (!m) problem(VF, `row ${r._line}`, `${column} entry "${part}" does not start with "<measure>: "`)
      else if ((ACTIVITY_MEASURES as readonly string[]).includes(m[1]!)) (out[m[1] as ActivityMeasure] ??= []).push(m[2]!)
    }
    return out
  }
  for (const r of activityRows) {
    const at = `row ${r._line}`
    if (!codes.has(r.ons_code ?? '')) problem(VF, at, `${r.ons_code} is not in authorities.csv`)
    if (activityByCode.has(r.ons_code ?? '')) problem(VF, at, `repeats ${r.ons_code}`)
    const counts = Object.fromEntries(ACTIVITY_MEASURES.map((m) => [m, count(VF, r, m)])) as Activity['counts']
    const reported = r.in_ace_activity_data === 'yes'
    if (!reported && r.in_ace_activity_data !== 'no') problem(VF, at, `in_ace_activity_data "${r.in_ace_activity_data}" is not yes or no`)
    if (!reported && ACTIVITY_MEASURES.some((m) => counts[m] !== null)) problem(VF, at, 'has figures but is marked as not in the ACE file')
    if (reported && r.data_year !== editions.activity)
      problem(VF, at, `data_year "${r.data_year}" is not the edition in editions.json (${String(editions.activity)})`)
    const [lib = null, co = null, eb = null, ea = null] = [
      'physical_visits_library_only_sites',
      'physical_visits_colocated_sites',
      'loans_ebooks',
      'loans_eaudiobooks',
    ].map((c) => count(VF, r, c))
    const visits = lib === null && co === null ? null : (lib ?? 0) + (co ?? 0)
    if (visits !== counts.physical_visits)
      problem(VF, at, `physical_visits ${counts.physical_visits ?? 'is empty but'} is not library-only ${lib ?? 'none'} + co-located ${co ?? 'none'}`)
    const eloans = eb === null || ea === null ? null : eb + ea
    if (eloans !== counts.loans_electronic)
      problem(VF, at, `loans_electronic ${counts.loans_electronic ?? 'is empty but'} is not eBooks ${eb ?? 'none'} + eAudio ${ea ?? 'none'}`)
    const suspect = notes(r, 'quality_flags')
    const listed = (r.suspect_measures ?? '').split(' ').filter((m): m is ActivityMeasure => (ACTIVITY_MEASURES as readonly string[]).includes(m))
    const flagged = Object.keys(suspect)
    if (listed.sort().join() !== flagged.sort().join())
      problem(VF, at, `suspect_measures (${listed.join(' ') || 'none'}) do not match quality_flags (${flagged.join(' ') || 'none'})`)
    activityByCode.set(r.ons_code ?? '', {
      code: r.ons_code ?? '',
      reported,
      service: r.ace_library_service || null,
      counts,
      suspect,
      unusual: notes(r, 'unusual_values'),
    })
  }
  for (const a of authorities) if (activityRows.length > 0 && !activityByCode.has(a.code)) problem(VF, '', `has no row for ${a.code} ${a.name}`)

  // ---------------------------------------------------------------- neighbours
  const NF = 'neighbours.csv'
  const lists = new Map<string, Map<number, string>>()
  for (const r of readCsv(NF, ['ons_code', 'rank', 'neighbour_ons_code'])) {
    const at = `row ${r._line}`
    const code = r.ons_code ?? ''
    const n = r.neighbour_ons_code ?? ''
    const rank = Number(r.rank)
    if (!codes.has(code)) problem(NF, at, `${code} is not in authorities.csv`)
    if (!codes.has(n)) problem(NF, at, `neighbour ${n} of ${code} is not in authorities.csv`)
    if (n === code) problem(NF, at, `${code} is listed as its own neighbour`)
    if (!Number.isInteger(rank) || rank < 1 || rank > NEIGHBOUR_COUNT) problem(NF, at, `rank "${r.rank}" is not between 1 and ${NEIGHBOUR_COUNT}`)
    const list = lists.get(code) ?? new Map<number, string>()
    if (list.has(rank)) problem(NF, at, `${code} has two neighbours at rank ${rank}`)
    if ([...list.values()].includes(n)) problem(NF, at, `${code} lists ${n} twice`)
    list.set(rank, n)
    lists.set(code, list)
  }
  const neighbours: Record<string, string[]> = {}
  for (const a of authorities) {
    const list = lists.get(a.code)
    if (!list || list.size !== NEIGHBOUR_COUNT) problem(NF, a.code, `${a.name} has ${list?.size ?? 0} neighbours, expected ${NEIGHBOUR_COUNT}`)
    neighbours[a.code] = [...(list ?? new Map<number, string>())].sort((x, y) => x[0] - y[0]).map(([, c]) => c)
  }

  // ------------------------------------------------------ case studies, sources
  const CF = 'case-study-councils.csv'
  const caseStudyCouncils: CaseStudyCouncil[] = []
  const nameOf = new Map(authorities.map((a) => [a.code, a.name]))
  for (const r of readCsv(CF, ['case_study_id', 'ons_code', 'authority_name', 'relation'])) {
    const at = `row ${r._line}`
    if (!/^[a-z0-9-]+$/.test(r.case_study_id ?? '')) problem(CF, at, `"${r.case_study_id}" is not a case study id`)
    if (!nameOf.has(r.ons_code ?? '')) problem(CF, at, `${r.ons_code} is not in authorities.csv`)
    else if (nameOf.get(r.ons_code ?? '') !== r.authority_name) problem(CF, at, `${r.ons_code} is ${nameOf.get(r.ons_code ?? '')}, not ${r.authority_name}`)
    if (r.relation !== 'same' && r.relation !== 'predecessor') problem(CF, at, `relation "${r.relation}" is not same or predecessor`)
    caseStudyCouncils.push({ caseStudyId: r.case_study_id ?? '', code: r.ons_code ?? '', relation: r.relation === 'predecessor' ? 'predecessor' : 'same' })
  }
  const sources = {} as Record<SourceId, SourceInfo>
  for (const id of SOURCE_IDS) {
    const s = sourcesJson[id] as Partial<SourceInfo> | undefined
    const fields: (keyof SourceInfo)[] = ['edition', 'name', 'short', 'period', 'url', 'licence', 'attribution']
    const absent = fields.filter((f) => typeof s?.[f] !== 'string' || s[f] === '')
    if (Object.keys(sourcesJson).length > 0 && absent.length > 0) problem('sources.json', id, `has no ${absent.join(', ')}`)
    const edition = EDITION_OF[id]
    if (s && edition && editions[edition] !== undefined && s.edition !== editions[edition]) {
      problem('sources.json', id, `names edition ${s.edition}, but the data are ${String(editions[edition])} (editions.json): update the source lines`)
    }
    sources[id] = {
      edition: s?.edition ?? '',
      name: s?.name ?? '',
      short: s?.short ?? '',
      period: s?.period ?? '',
      url: s?.url ?? '',
      licence: s?.licence ?? '',
      attribution: s?.attribution ?? '',
    }
  }

  if (problems.length > 0) throw new CouncilDataError(problems)
  return { authorities, activity: authorities.map((a) => activityByCode.get(a.code)!), neighbours, sources, caseStudyCouncils }
}

/** The files the loader reads, for the Vite plugin's watch list. */
export const COUNCIL_DATA_FILES = ['authorities.csv', 'activity.csv', 'neighbours.csv', 'case-study-councils.csv', 'sources.json', 'editions.json']
