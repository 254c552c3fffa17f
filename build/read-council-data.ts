/**
 * Reads data/ from disk (Node only) and checks it, the way read-content.ts checks questions/:
 * every problem is collected and thrown together as one CouncilDataError. Used by the Vite plugin
 * (`virtual:council-data`) and the tests. authorities.csv is checked in read-authorities.ts,
 * activity.csv in read-activity.ts, and files are read by council-data-reader.ts; the neighbours,
 * case-study councils and source lines are checked here.
 *
 * Checks: 153 authorities with unique, well-formed ONS codes; populations that add up to England's;
 * static libraries by who runs them that add up to the total; activity for exactly those
 * authorities, with visits and e-loans equal to the sum of their parts; 15 neighbours for each,
 * all of them authorities; case-study councils that exist; source lines naming the editions found.
 */
import { CouncilDataError } from '../src/engine/council/council-data-error.ts'
import type { CaseStudyCouncil, CouncilData, SourceId, SourceInfo } from '../src/engine/council/types.ts'
import { councilDataReader } from './council-data-reader.ts'
import { readActivity } from './read-activity.ts'
import { AUTHORITY_COUNT, readAuthorities } from './read-authorities.ts'

export { AUTHORITY_COUNT }
export { parseCsv } from './council-data-reader.ts'
export const NEIGHBOUR_COUNT = 15
const SOURCE_IDS: SourceId[] = ['libraries', 'activity', 'population', 'neighbours', 'names']
const EDITION_OF: Partial<Record<SourceId, string>> = { libraries: 'libraries', activity: 'activity', population: 'population', neighbours: 'neighbours' }

/** Read and check data/ under `dir`. @throws CouncilDataError listing every problem. */
export function loadCouncilData(dir: string): CouncilData {
  const reader = councilDataReader(dir)
  const { problems, problem, readCsv } = reader
  const { authorities, editions, sourcesJson } = readAuthorities(reader)
  const codes = new Set(authorities.map((a) => a.code))

  const activityByCode = readActivity(reader, editions, authorities)

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
