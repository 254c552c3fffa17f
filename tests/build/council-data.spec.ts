/**
 * The council data check: data/ as shipped passes, and a broken copy fails with a
 * CouncilDataError that names every problem (file, place, sentence), never a stack trace.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { councilDataPlugin } from '../../build/council-data-plugin.ts'
import { AUTHORITY_COUNT, loadCouncilData, parseCsv } from '../../build/read-council-data.ts'
import { CouncilDataError } from '../../src/engine/council/council-data-error'
import { ACTIVITY_MEASURES } from '../../src/engine/council/types'
import { DATA_DIR } from '../engine/council/fixture'
import { realContent } from '../support/content'

const BROKEN = resolve(import.meta.dirname, '..', 'fixtures', 'council-data-broken')

function errorFrom(dir: string): CouncilDataError {
  try {
    loadCouncilData(dir)
  } catch (e) {
    if (e instanceof CouncilDataError) return e
    throw e
  }
  throw new Error('Expected a CouncilDataError, but the data were accepted')
}

const temps: string[] = []
/** A copy of data/ with `change` applied to one file. */
function brokenCopy(file: string, change: (text: string) => string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'council-data-'))
  temps.push(dir)
  cpSync(DATA_DIR, dir, { recursive: true })
  const text = change(readFileSync(join(dir, file), 'utf8'))
  if (text === null) rmSync(join(dir, file))
  else writeFileSync(join(dir, file), text)
  return dir
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('data/ as shipped', () => {
  const data = loadCouncilData(DATA_DIR)

  it('holds the 153 library authorities, each once', () => {
    expect(data.authorities).toHaveLength(AUTHORITY_COUNT)
    expect(new Set(data.authorities.map((a) => a.code)).size).toBe(AUTHORITY_COUNT)
    expect(data.activity.map((a) => a.code)).toEqual(data.authorities.map((a) => a.code))
  })

  it('has populations adding up to England’s and library counts adding up by who runs them', () => {
    expect(data.authorities.reduce((n, a) => n + a.population, 0)).toBe(58_620_101)
    const withLibraries = data.authorities.filter((a) => a.libraries)
    expect(withLibraries).toHaveLength(152)
    for (const a of withLibraries) {
      const l = a.libraries!
      expect(l.council + l.community + l.commissioned + l.temporarilyClosed).toBe(l.total)
    }
    expect(withLibraries.reduce((n, a) => n + a.libraries!.total, 0)).toBe(2896)
    expect(data.authorities.find((a) => a.name === 'Isles of Scilly')?.libraries).toBeNull()
  })

  it('gives every authority its 15 nearest neighbours, all of them authorities', () => {
    const codes = new Set(data.authorities.map((a) => a.code))
    for (const a of data.authorities) {
      expect(data.neighbours[a.code]).toHaveLength(15)
      expect(data.neighbours[a.code]!.every((c) => codes.has(c) && c !== a.code)).toBe(true)
    }
  })

  it('keeps the quality flags for the headline measures', () => {
    const sunderland = data.activity.find((a) => a.code === 'E08000024')!
    expect(sunderland.suspect.physical_visits?.[0]).toMatch(/figures for 1 of 12 months/)
    const notReported = data.activity.filter((a) => !a.reported)
    expect(notReported).toHaveLength(24)
    expect(notReported.every((a) => Object.values(a.counts).every((v) => v === null))).toBe(true)
  })

  it('maps case studies only to ids that exist in the content', () => {
    const ids = new Set(realContent().caseStudies.map((c) => c.id))
    expect(data.caseStudyCouncils.length).toBeGreaterThan(40)
    expect(data.caseStudyCouncils.filter((c) => !ids.has(c.caseStudyId))).toEqual([])
  })

  it('carries a source line naming the edition for each dataset', () => {
    expect(data.sources.libraries.name).toBe('Arts Council England, Libraries Basic Dataset 2023')
    expect(data.sources.activity.name).toBe('Arts Council England, Libraries Activity Data 2023-24')
    expect(data.sources.population.edition).toBe('mid-2024')
    expect(data.sources.neighbours.edition).toBe('2025-10-01')
  })
})

describe('broken council data', () => {
  it('lists every problem in the broken fixture, by file and place', () => {
    const error = errorFrom(BROKEN)
    expect(error.name).toBe('CouncilDataError')
    const lines = error.problems.map((p) => `${p.file} ${p.where}: ${p.message}`)
    const expected = [
      /^authorities\.csv : has 4 authorities, expected 153$/,
      /^authorities\.csv row 3: static libraries by who runs them add up to 7 .* not the total 10$/,
      /^authorities\.csv row 4: repeats the ONS code E06000902 of row 3$/,
      /^authorities\.csv row 4: authority_type "borough" is not one of/,
      /^authorities\.csv row 5: "X123" is not an ONS code/,
      /^authorities\.csv row 5: has no population$/,
      /^authorities\.csv row 5: population_year "mid-2023" is not the edition in editions\.json \(mid-2024\)$/,
      /^activity\.csv row 3: active_users "-4" is not a whole number$/,
      /^activity\.csv row 2: physical_visits 200000 is not library-only 150000 \+ co-located 40000$/,
      /^activity\.csv row 3: suspect_measures \(physical_visits\) do not match quality_flags \(none\)$/,
      /^activity\.csv : has no row for X123 Dale$/,
      /^neighbours\.csv row 3: neighbour E06000999 of E06000901 is not in authorities\.csv$/,
      /^neighbours\.csv row 4: E06000902 is listed as its own neighbour$/,
      /^neighbours\.csv E06000901: Ashby has 2 neighbours, expected 15$/,
      /^case-study-councils\.csv row 2: E06000901 is Ashby, not Hampshire$/,
      /^sources\.json libraries: names edition 2022, but the data are 2023 \(editions\.json\): update the source lines$/,
    ]
    for (const pattern of expected)
      expect(
        lines.some((l) => pattern.test(l)),
        `${pattern}\n${lines.join('\n')}`,
      ).toBe(true)
    expect(error.message).toMatch(/^The council data in data\/ has \d+ problems:\n- /)
  })

  it('names a missing file', () => {
    const error = errorFrom(brokenCopy('neighbours.csv', () => null))
    expect(error.problems).toContainEqual({ file: 'neighbours.csv', where: '', message: 'this file is missing' })
  })

  it('names a missing column', () => {
    const error = errorFrom(brokenCopy('activity.csv', (t) => t.replace('pc_hours,', 'pc_hour,')))
    expect(error.problems[0]).toEqual({ file: 'activity.csv', where: 'header', message: 'has no column pc_hours' })
  })

  it('catches libraries by who runs them that do not add up, in an otherwise good copy', () => {
    // Hampshire: 51 static libraries = 40 council-run + 11 community-run.
    const error = errorFrom(
      brokenCopy('authorities.csv', (t) =>
        t.replace('Hampshire County Council,county,1447214,mid-2024,51,40,', 'Hampshire County Council,county,1447214,mid-2024,51,41,'),
      ),
    )
    expect(error.problems).toHaveLength(1)
    expect(error.problems[0]!.message).toBe(
      'static libraries by who runs them add up to 52 (council 41 + community 11 + commissioned 0 + temporarily closed 0), not the total 51',
    )
  })

  it('catches populations that no longer add up to England’s', () => {
    const error = errorFrom(brokenCopy('authorities.csv', (t) => t.replace(',1447214,', ',1447215,')))
    expect(error.problems.map((p) => p.message)).toEqual(["populations add up to 58620102, not England's 58620101 (sources.json)"])
  })

  it('catches a case study mapped to a code that is not an authority', () => {
    const error = errorFrom(brokenCopy('case-study-councils.csv', (t) => t.replace('lesson-brent-2011,E09000005', 'lesson-brent-2011,E09000099')))
    expect(error.problems.map((p) => p.message)).toEqual(['E09000099 is not in authorities.csv'])
  })
})

describe('the virtual:council-data plugin', () => {
  it('resolves only its own id and serves the checked data as JSON', () => {
    const plugin = councilDataPlugin(DATA_DIR) as unknown as {
      resolveId(id: string): string | undefined
      load(this: { addWatchFile(f: string): void }, id: string): string | undefined
    }
    expect(plugin.resolveId('virtual:content')).toBeUndefined()
    const id = plugin.resolveId('virtual:council-data')!
    const watched: string[] = []
    const code = plugin.load.call({ addWatchFile: (f) => watched.push(f) }, id)!
    const json = JSON.parse(JSON.parse(/^export default JSON\.parse\((.*)\)$/s.exec(code)![1]!)) as { authorities: unknown[] }
    expect(json.authorities).toHaveLength(153)
    expect(watched.map((w) => w.slice(DATA_DIR.length + 1)).sort()).toEqual([
      'activity.csv',
      'authorities.csv',
      'case-study-councils.csv',
      'editions.json',
      'neighbours.csv',
      'sources.json',
    ])
    expect(plugin.load.call({ addWatchFile: () => {} }, 'other')).toBeUndefined()
  })

  it('fails the build with the CouncilDataError', () => {
    const plugin = councilDataPlugin(BROKEN) as unknown as { load(this: { addWatchFile(f: string): void }, id: string): string | undefined }
    expect(() => plugin.load.call({ addWatchFile: () => {} }, '\0virtual:council-data')).toThrow(CouncilDataError)
  })
})

describe('npm run data:update', () => {
  type Update = { buildData(dir: string): { files: Map<string, string>; problems: string[] } }
  const script = resolve(import.meta.dirname, '..', '..', 'scripts', 'data-update.mjs')

  /** Extracts shaped like the data pack's, rebuilt from data/ itself (with rates and every column the script reads). */
  function extractsFromData(change: (name: string, text: string) => string = (_n, t) => t): string {
    const dir = mkdtempSync(join(tmpdir(), 'council-extracts-'))
    temps.push(dir)
    const csv = (rows: Record<string, string | number>[]) => {
      const cols = Object.keys(rows[0]!)
      const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))
      return [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c] ?? '')).join(','))].join('\n') + '\n'
    }
    const strip = ({ _line, ...rest }: Record<string, string> & { _line: number }) => (void _line, rest)
    const authorities = parseCsv(readFileSync(join(DATA_DIR, 'authorities.csv'), 'utf8')).rows.map(strip)
    const population = new Map(authorities.map((a) => [a.ons_code, Number(a.population)]))
    const activity = parseCsv(readFileSync(join(DATA_DIR, 'activity.csv'), 'utf8'))
      .rows.map(strip)
      .map((r) => {
        const out: Record<string, string> = { ...r, population: String(population.get(r.ons_code!)) }
        for (const m of ACTIVITY_MEASURES) {
          out[`${m}_per_1000`] = r[m] === '' ? '' : (Math.round((Number(r[m]) / population.get(r.ons_code!)!) * 1000 * 10) / 10).toFixed(1)
        }
        return out
      })
    const neighbours = parseCsv(readFileSync(join(DATA_DIR, 'neighbours.csv'), 'utf8'))
      .rows.map(strip)
      .map((r) => ({ ...r, release_date: '2025-10-01' }))
    writeFileSync(join(dir, 'library-authorities.csv'), change('library-authorities.csv', csv(authorities)))
    writeFileSync(join(dir, 'library-activity.csv'), change('library-activity.csv', csv(activity)))
    writeFileSync(join(dir, 'nearest-neighbours.csv'), change('nearest-neighbours.csv', csv(neighbours)))
    return dir
  }

  it('keeps the activity measures the app reads, in the app’s order', async () => {
    const { ACTIVITY_MEASURES: kept } = (await import(/* @vite-ignore */ script)) as { ACTIVITY_MEASURES: string[] }
    expect(kept).toEqual([...ACTIVITY_MEASURES])
  })

  it('rebuilds data/ exactly from extracts holding the same figures', async () => {
    const { buildData } = (await import(/* @vite-ignore */ script)) as Update
    const { files, problems } = buildData(extractsFromData())
    expect(problems).toEqual([])
    expect([...files.keys()]).toEqual(['authorities.csv', 'activity.csv', 'neighbours.csv', 'editions.json'])
    for (const [name, text] of files) expect(text, name).toBe(readFileSync(join(DATA_DIR, name), 'utf8'))
  })

  it('refuses extracts whose rates differ from the app’s arithmetic, or whose libraries do not add up', async () => {
    const { buildData } = (await import(/* @vite-ignore */ script)) as Update
    const dir = extractsFromData((name, text) =>
      name === 'library-activity.csv'
        ? text.replace(',2323.5,', ',2323.6,')
        : name === 'library-authorities.csv'
          ? text.replace('mid-2024,51,40,', 'mid-2024,51,39,')
          : text,
    )
    const { files, problems } = buildData(dir)
    expect(problems).toEqual(['Hampshire: libraries by who runs them do not add up to the total', 'E10000014 physical_visits: rate 2323.6 is not 2323.5'])
    expect(files.size).toBe(4)
    // Run as `npm run data:update` would: it stops with the list and writes nothing.
    const out = mkdtempSync(join(tmpdir(), 'council-out-'))
    temps.push(out)
    const run = spawnSync(process.execPath, [script, dir, '--out', out], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('The extracts have 2 problems:\n- Hampshire: libraries by who runs them do not add up to the total')
    expect(readdirSync(out)).toEqual([])
  })

  it('needs the source folder: it reads nothing by default', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^Usage: npm run data:update -- <folder/)
  })
})

describe('CSV reading', () => {
  it('reads quoted fields with commas, quotes and line breaks, and numbers rows by line', () => {
    const { header, rows } = parseCsv('a,b\n"x, y","say ""hi"""\n\n"two\nlines",2\r\n')
    expect(header).toEqual(['a', 'b'])
    expect(rows.map((r) => [r.a, r.b, r._line])).toEqual([
      ['x, y', 'say "hi"', 2],
      ['two\nlines', '2', 4],
    ])
  })
})
