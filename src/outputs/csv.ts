/**
 * CSV export: the council's details, the legal position, every question with its answer, note
 * and points, the theme scores, the risks and the action plan. UTF-8
 * with a byte order mark so spreadsheets read accents, every field quoted, and any cell that
 * starts like a formula neutralised so a spreadsheet never runs it. Bidirectional and other
 * invisible control characters are removed, so a name or note reads in a spreadsheet as it is.
 */
import type { Content } from '../content/schema'
import type { Result } from '../engine/core'
import type { ActionRow } from '../engine/files'
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

/** What the CSV carries beyond the Result: the council's details and the action plan as edited. */
export interface CsvExtras {
  profile?: Record<string, string | number | undefined>
  actionPlan?: readonly ActionRow[]
}

const SEVERITY = { critical: 'Critical', warning: 'Warning', advice: 'Advice' } as const

/**
 * The assessment as a table: the council's details, the legal position, one row per question,
 * one row per theme score, the overall rating, then each risk and each action-plan row.
 */
export function buildCsv(content: Content, result: Result, extras: CsvExtras = {}): string {
  const prompts = new Map(content.themes.flatMap((t) => t.questions.map((q) => [q.id, q.prompt])))
  const titles = new Map(content.themes.map((t) => [t.id, t.title]))
  const themeOf = new Map(result.questions.map((q) => [q.id, q.themeId]))
  const header = [
    'Row type',
    'Theme',
    'Question id',
    'Question',
    'Answer',
    'Note',
    'Points',
    'Maximum points',
    'Theme score',
    'Level',
    'Lead',
    'Target date',
    'Measure',
    'Sources',
  ]
  const pad = (row: (string | number)[]) => [...row, ...Array<string>(header.length - row.length).fill('')]
  const council = content.profile.flatMap((f) => {
    const value = extras.profile?.[f.id]
    if (value === undefined || value === '') return []
    const text = f.kind === 'choice' ? (f.options.find((o) => o.value === value)?.label ?? String(value)) : String(value)
    return [pad(['Council', '', f.id, f.short, text])]
  })
  const legal = pad(['Legal position', '', '', result.legal.summary, result.legal.label])
  const questions = result.questions
    .filter((q) => q.visible)
    .map((q) =>
      pad([
        'Question',
        titles.get(q.themeId) ?? q.themeId,
        q.id,
        prompts.get(q.id) ?? q.short,
        q.answerText,
        q.note ?? '',
        q.counted ? q.points : '',
        q.counted ? q.max : '',
        '',
        '',
      ]),
    )
  const themes = result.themes.map((t) =>
    pad(['Theme score', t.title, '', '', '', '', '', '', t.score ?? 'No score', t.band ? `${t.band.rag} (${t.band.name})` : 'No score']),
  )
  const overall = pad([
    'Overall',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    result.overall.score ?? 'No score',
    result.overall.band ? `${result.overall.band.rag} (${result.overall.band.name})` : 'No score',
  ])
  const risks = result.flags.map((f) => {
    const themeId = f.questionIds.map((id) => themeOf.get(id)).find(Boolean)
    return pad([
      'Risk',
      themeId ? (titles.get(themeId) ?? themeId) : '',
      f.id,
      f.title,
      SEVERITY[f.severity],
      `Why it matters: ${f.why} What to do: ${f.action}`,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      f.references.map((r) => `${r.title} ${r.url}`).join('; '),
    ])
  })
  const actions = (extras.actionPlan ?? []).map((a) => pad(['Action', '', a.id, a.action, '', '', '', '', '', '', a.lead, a.targetDate, a.measure]))
  return toCsv([header, ...council, legal, ...questions, ...themes, overall, ...risks, ...actions])
}
