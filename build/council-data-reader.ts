/**
 * Reading data/ for the council-data loader (read-council-data.ts): CSV into rows keyed by the
 * header, and a reader that collects every problem instead of stopping at the first.
 *
 * Exported API:
 * - `parseCsv(text): { header, rows }` — each row keyed by the header, with `_line` its line number
 * - `councilDataReader(dir): CouncilDataReader` — `problems`, `problem(file, where, message)`,
 *   `readCsv(file, columns)`, `readJson(file)`, `count(file, row, column)`
 * - type `Row`
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CouncilDataProblem } from '../src/engine/council/council-data-error.ts'
import { csvRecords, isBlankRecord } from './csv-records.mjs'

export type Row = Record<string, string> & { _line: number }

/** RFC 4180 CSV into objects keyed by the header row; `_line` is the row's number, counting the header as 1. */
export function parseCsv(text: string): { header: string[]; rows: Row[] } {
  const { records } = csvRecords(text)
  const [header = [], ...body] = records
  const rows = body
    .map((cells, n) => ({ cells, line: n + 2 }))
    .filter(({ cells }) => !isBlankRecord(cells))
    .map(({ cells, line }) => Object.assign(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])), { _line: line }) as Row)
  return { header, rows }
}

export type CouncilDataReader = ReturnType<typeof councilDataReader>

/** Reads files under `dir`, noting each problem (a missing file, a missing column, bad JSON, a bad count). */
export function councilDataReader(dir: string) {
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
  return { problems, problem, readCsv, readJson, count }
}
