/**
 * CSV export: every question with its answer, note and points, then the theme scores. UTF-8
 * with a byte order mark so spreadsheets read accents, every field quoted, and any cell that
 * starts like a formula neutralised so a spreadsheet never runs it. Bidirectional and other
 * invisible control characters are removed, so a name or note reads in a spreadsheet as it is.
 */
import type { Content } from '../content/schema'
import type { Result } from '../engine/core/result'
import { plainText } from './text-safety'

const BOM = '\uFEFF'

/** Quote a cell; prefix formula-like text (=, +, -, @, tab, carriage return) with an apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? plainText(value) : String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** The assessment as a table: one row per question, then one row per theme score. */
export function buildCsv(content: Content, result: Result): string {
  const prompts = new Map(content.themes.flatMap((t) => t.questions.map((q) => [q.id, q.prompt])))
  const titles = new Map(content.themes.map((t) => [t.id, t.title]))
  const header = ['Row type', 'Theme', 'Question id', 'Question', 'Answer', 'Note', 'Points', 'Maximum points', 'Theme score', 'Level']
  const questions = result.questions
    .filter((q) => q.visible)
    .map((q) => ['Question', titles.get(q.themeId) ?? q.themeId, q.id, prompts.get(q.id) ?? q.short, q.answerText, q.note ?? '', q.counted ? q.points : '', q.counted ? q.max : '', '', ''])
  const themes = result.themes.map((t) => ['Theme score', t.title, '', '', '', '', '', '', t.score ?? 'No score', t.band ? `${t.band.rag} (${t.band.name})` : 'No score'])
  const overall = ['Overall', '', '', '', '', '', '', '', result.overall.score ?? 'No score', result.overall.band ? `${result.overall.band.rag} (${result.overall.band.name})` : 'No score']
  return toCsv([header, ...questions, ...themes, overall])
}
