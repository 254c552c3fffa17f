#!/usr/bin/env node
// Rebuilds data/ (the council data the app uses) from the three provenance-checked extracts:
//
//   library-authorities.csv   153 library authorities: ONS code, type, mid-year population and
//                             static libraries by who runs them (ACE Libraries Basic Dataset)
//   library-activity.csv      ACE Libraries Activity Data: visits, loans, users, events, PC hours,
//                             with quality flags (suspect and unusual values)
//   nearest-neighbours.csv    ONS upper-tier statistical nearest neighbours, every rank
//
// Those three files are made by make-library-authorities.mjs and make-library-activity.mjs from
// the publishers' own files; see data/README.md. This script only trims them to what the app
// uses (ranks 1 to 15 of the neighbours, the headline activity measures) and checks them.
//
// Usage:
//   npm run data:update -- <source folder> [--check] [--out <folder>]
//   node scripts/data-update.mjs <source folder> [--check] [--out <folder>]
//
//   <source folder>  the folder holding the three extracts (required; nothing is read by default)
//   --check          write nothing; exit 1 if data/ differs from what the extracts give
//   --out <folder>   write somewhere other than data/ (used by the tests)
//
// data/sources.json (titles, dates, licences and attribution lines) is written by hand. This script
// writes data/editions.json with the editions it found, and the build (build/read-council-data.ts)
// stops if sources.json names a different edition, so a new edition cannot ship with stale lines.
//
// Node 20, no dependencies (the CSV reader, build/csv-records.mjs, is shared with the build).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { activityColumns, AUTHORITY_COLUMNS } from '../build/council-columns.mjs'
import { csvRecords, isBlankRecord } from '../build/csv-records.mjs'

export const NEIGHBOURS_KEPT = 15
export const AUTHORITY_COUNT = 153

/** Counts carried over from the activity extract; each has a `<name>_per_1000` rate there. */
export const ACTIVITY_MEASURES = [
  'active_users',
  'physical_visits',
  'loans_physical_books',
  'loans_electronic',
  'events_physical',
  'attendances_physical',
  'pc_hours',
]
const ACTIVITY_COLUMNS = activityColumns(ACTIVITY_MEASURES)
const NEIGHBOUR_COLUMNS = ['ons_code', 'rank', 'neighbour_ons_code', 'distance']

// ---------------------------------------------------------------- CSV

/** Parses RFC 4180 CSV text into objects keyed by the header row. */
export function parseCsv(text, file = 'CSV') {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const { records: rows, unterminated } = csvRecords(text)
  if (unterminated) throw new Error(`${file}: ends inside a quoted field`)
  const [header, ...body] = rows.filter((r) => !isBlankRecord(r))
  if (!header) throw new Error(`${file}: empty`)
  return body.map((cells, n) => {
    if (cells.length !== header.length) throw new Error(`${file}: row ${n + 2} has ${cells.length} cells, the header has ${header.length}`)
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]))
  })
}

const cell = (v) => {
  const s = v === null || v === undefined ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
const toCsv = (columns, rows) => [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n'

// ---------------------------------------------------------------- checks

const rate = (count, population) => (Math.round((count / population) * 1000 * 10) / 10).toFixed(1)

function need(condition, message, problems) {
  if (!condition) problems.push(message)
}

/** Trims the three extracts to data/ files. Returns { files: Map(name -> text), problems: [] }. */
export function buildData(sourceDir) {
  const problems = []
  const read = (name) => {
    const path = join(sourceDir, name)
    if (!existsSync(path))
      throw new Error(`${path} is missing: give the folder that holds library-authorities.csv, library-activity.csv and nearest-neighbours.csv`)
    return parseCsv(readFileSync(path, 'utf8'), name)
  }
  const authorities = read('library-authorities.csv')
  const activity = read('library-activity.csv')
  const neighbours = read('nearest-neighbours.csv')

  need(authorities.length === AUTHORITY_COUNT, `library-authorities.csv has ${authorities.length} rows, expected ${AUTHORITY_COUNT}`, problems)
  const codes = new Set(authorities.map((a) => a.ons_code))
  need(codes.size === authorities.length, 'library-authorities.csv repeats an ONS code', problems)
  for (const col of AUTHORITY_COLUMNS) need(col in (authorities[0] ?? {}), `library-authorities.csv has no column ${col}`, problems)
  for (const col of [...ACTIVITY_COLUMNS, ...ACTIVITY_MEASURES.map((m) => `${m}_per_1000`), 'population'])
    need(col in (activity[0] ?? {}), `library-activity.csv has no column ${col}`, problems)
  if (problems.length > 0) return { files: new Map(), problems }

  const population = new Map(authorities.map((a) => [a.ons_code, Number(a.population)]))
  for (const a of authorities) {
    if (a.static_libraries_total === '') continue
    const parts = ['council_run', 'community_run_or_managed', 'commissioned_or_other', 'temporarily_closed'].map((c) => Number(a[c]))
    need(
      parts.reduce((n, v) => n + v, 0) === Number(a.static_libraries_total),
      `${a.authority_name}: libraries by who runs them do not add up to the total`,
      problems,
    )
  }

  const activityCodes = new Set(activity.map((r) => r.ons_code))
  need(
    activity.length === AUTHORITY_COUNT && [...codes].every((c) => activityCodes.has(c)),
    'library-activity.csv does not list the same 153 authorities',
    problems,
  )
  for (const r of activity) {
    need(Number(r.population) === population.get(r.ons_code), `${r.ons_code}: activity population differs from library-authorities.csv`, problems)
    for (const m of ACTIVITY_MEASURES) {
      if (r[m] === '') {
        need(r[`${m}_per_1000`] === '', `${r.ons_code} ${m}: a rate without a count`, problems)
        continue
      }
      // The app recomputes every rate from count and population; they must agree with the extract.
      need(
        rate(Number(r[m]), Number(r.population)) === r[`${m}_per_1000`],
        `${r.ons_code} ${m}: rate ${r[`${m}_per_1000`]} is not ${rate(Number(r[m]), Number(r.population))}`,
        problems,
      )
    }
  }

  const kept = neighbours.filter((n) => Number(n.rank) <= NEIGHBOURS_KEPT)
  for (const code of codes) {
    const list = kept.filter((n) => n.ons_code === code)
    need(list.length === NEIGHBOURS_KEPT, `${code}: ${list.length} neighbours at ranks 1 to ${NEIGHBOURS_KEPT}`, problems)
    for (const n of list) need(codes.has(n.neighbour_ons_code), `${code}: neighbour ${n.neighbour_ons_code} is not a library authority`, problems)
  }

  const one = (rows, col, file) => {
    const values = [...new Set(rows.map((r) => r[col]).filter((v) => v !== ''))]
    need(values.length === 1, `${file}: ${col} should hold one edition, holds ${values.join(', ') || 'none'}`, problems)
    return values[0]
  }
  const editions = {
    libraries: one(authorities, 'data_date', 'library-authorities.csv'),
    population: one(authorities, 'population_year', 'library-authorities.csv'),
    activity: one(activity, 'data_year', 'library-activity.csv'),
    neighbours: one(neighbours, 'release_date', 'nearest-neighbours.csv'),
    neighboursKept: NEIGHBOURS_KEPT,
  }

  const byName = (a, b) => a.authority_name.localeCompare(b.authority_name, 'en')
  const authorityRows = [...authorities].sort(byName)
  const order = new Map(authorityRows.map((a, i) => [a.ons_code, i]))
  const activityRows = [...activity].sort((a, b) => order.get(a.ons_code) - order.get(b.ons_code))
  const neighbourRows = [...kept].sort((a, b) => order.get(a.ons_code) - order.get(b.ons_code) || Number(a.rank) - Number(b.rank))

  const files = new Map([
    ['authorities.csv', toCsv(AUTHORITY_COLUMNS, authorityRows)],
    ['activity.csv', toCsv(ACTIVITY_COLUMNS, activityRows)],
    ['neighbours.csv', toCsv(NEIGHBOUR_COLUMNS, neighbourRows)],
    ['editions.json', JSON.stringify(editions, null, 2) + '\n'],
  ])
  return { files, problems }
}

// ---------------------------------------------------------------- main

function main(argv) {
  const args = [...argv]
  const check = args.includes('--check')
  const outAt = args.indexOf('--out')
  const here = dirname(fileURLToPath(import.meta.url))
  const out = outAt >= 0 ? resolve(args[outAt + 1] ?? '') : resolve(here, '..', 'data')
  const positional = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1))
  if (positional.length !== 1) {
    console.error(
      'Usage: npm run data:update -- <folder with library-authorities.csv, library-activity.csv, nearest-neighbours.csv> [--check] [--out <folder>]',
    )
    return 2
  }
  const { files, problems } = buildData(resolve(positional[0]))
  if (problems.length > 0) {
    console.error(`The extracts have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `- ${p}`).join('\n')}`)
    return 1
  }
  if (check) {
    const stale = [...files].filter(([name, text]) => !existsSync(join(out, name)) || readFileSync(join(out, name), 'utf8') !== text)
    for (const [name] of stale) console.error(`${join(out, name)} is out of date: run npm run data:update -- ${positional[0]}`)
    if (stale.length === 0) console.log(`${out} matches the extracts`)
    return stale.length === 0 ? 0 : 1
  }
  mkdirSync(out, { recursive: true })
  for (const [name, text] of files) writeFileSync(join(out, name), text)
  console.log(`wrote ${[...files.keys()].join(', ')} to ${out}. Check data/sources.json names the same editions, then run npm run build.`)
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2))
