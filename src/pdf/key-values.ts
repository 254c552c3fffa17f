/**
 * Label–value pairs (the cover's details, the profile) as the PDF and the Word file both draw
 * them: a two-column table, labels as row headers, no head row, 30% and 70% wide.
 */
import type { LabelledValue } from '@/outputs/report/report-model'
import type { TableOptions } from './pdf-layout'

export function keyValueTable(rows: LabelledValue[]): { head: string[]; rows: string[][]; options: TableOptions } {
  return { head: ['', ''], rows: rows.map((r) => [r.label, r.value]), options: { widths: [0.3, 0.7], rowHeaders: true, noHead: true } }
}
