/**
 * The workshop's own outcome, for the room: where the room split (the questions whose answers
 * were furthest apart, with how many gave each answer and what was agreed) and the agreed
 * positions with dissent. Read from the combined file alone, so the slides never hold a
 * respondent's name.
 */
import type { Content } from '../../content/schema'
import type { DisagreementLevel } from '../../engine/files'
import type { SavedAssessment } from '../../engine/files'
import { spreadAppendix, type SpreadRow } from '../../engine/workshop'
import type { Slide, SlideItem } from './slide-model'
import { cut, plural, shorten } from './slide-words'

const SPLIT_ORDER: Partial<Record<DisagreementLevel, number>> = { strong: 0, some: 1 }

// An answer label as a quotation: without its closing full stop, cut to fit.
const quote = (label: string) => `“${shorten(label.replace(/[.\s]+$/, ''), 60)}”`

/** "Agreed: “Yes” (2). Also given: “No” (1)": the agreed answer first, then the others, most given first. */
function spreadWords(row: SpreadRow): string {
  const missing = new Map([
    ['Not answered', 'not answered'],
    ['Not asked', 'not asked'],
  ])
  const given = row.spread.filter((s) => !missing.has(s.label)).sort((a, b) => b.count - a.count)
  const agreed = given.find((s) => s.label === row.agreed)
  const others = [
    ...given.filter((s) => s !== agreed).map((s) => `${quote(s.label)} (${s.count})`),
    ...row.spread.filter((s) => missing.has(s.label)).map((s) => `${s.count} ${missing.get(s.label)}`),
  ]
  const head = agreed ? `Agreed: ${quote(row.agreed)} (${agreed.count})` : `Agreed: ${quote(row.agreed)}`
  return others.length > 0 ? `${head}. Also given: ${others.join(', ')}.` : `${head}.`
}

/** The slide for where the room split: strong disagreement first, then some, in assessment order. */
export function roomSplitSlide(content: Content, file: Pick<SavedAssessment, 'assessment' | 'combined'>): Slide {
  const levels = file.combined?.spread ?? {}
  const rows = spreadAppendix(content, file)
    .map((row, position) => ({ row, position, order: SPLIT_ORDER[levels[row.questionId]?.disagreement ?? 'agree'] }))
    .filter((r): r is { row: SpreadRow; position: number; order: number } => r.order !== undefined)
    .sort((a, b) => a.order - b.order || a.position - b.position)
  const items = cut(rows.map(({ row }): SlideItem => ({ title: shorten(row.short, 90), tag: row.disagreement, detail: shorten(spreadWords(row), 240) })))
  return {
    kind: 'list',
    id: 'room-split',
    title: 'Where the room split',
    lead:
      rows.length === 0
        ? 'The room’s answers were close on every question.'
        : `${plural(rows.length, 'question', 'questions')} where the room’s answers were some way apart, strongest first, with how many gave each answer.`,
    items: items.shown,
    more: items.more,
  }
}

/** The slide for the agreed positions that have dissent recorded. */
export function dissentSlide(content: Content, file: Pick<SavedAssessment, 'assessment' | 'combined'>): Slide {
  const rows = spreadAppendix(content, file).filter((row) => row.dissent !== '')
  const items = cut(rows.map((row): SlideItem => ({ title: shorten(row.short, 90), detail: shorten(`Agreed: ${row.agreed}. Dissent: ${row.dissent}`) })))
  return {
    kind: 'list',
    id: 'agreed-dissent',
    title: 'Agreed positions with dissent',
    lead:
      rows.length === 0
        ? 'No dissent was recorded: the room accepted every agreed answer.'
        : `${plural(rows.length, 'agreed answer has', 'agreed answers have')} dissent recorded. The full text is in the report.`,
    items: items.shown,
    more: items.more,
  }
}
