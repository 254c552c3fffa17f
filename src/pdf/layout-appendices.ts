/**
 * The appendices as the PDF and Word file draw them: every question with its answer (notes and
 * dissent in full-width rows), and for a combined assessment how the room answered. Part of pdf-layout.ts.
 *
 * Exported API: `appendix`, `spread` (each `(w, section) => void`)
 */
import type { AppendixSection, SpreadSection } from '../outputs/report/report-model'
import { sectionStart } from './layout-helpers'
import type { ReportWriter, TableCell } from './report-writer'

export function appendix(w: ReportWriter, s: AppendixSection): void {
  w.heading(s.title, 2)
  w.heading('About your council', 3)
  w.table(
    ['Question', 'Answer'],
    s.profile.map((p) => [p.label, p.value]),
    { widths: [0.4, 0.6], rowHeaders: true },
  )
  for (const theme of s.themes) {
    w.heading(theme.title, 3, true)
    if (theme.questions.length === 0) {
      w.paragraph('No question in this theme applies to your council.')
      continue
    }
    w.table(
      ['Question', 'Answer'],
      theme.questions.flatMap((q): TableCell[][] => {
        // A note gets a full-width row under its question, so a long note reads at full width.
        const note = [q.note ? `Note: ${q.note}` : null, q.dissent ? `Disagreement recorded: ${q.dissent}` : null].filter((n) => n !== null).join('\n\n')
        return note ? [[q.prompt, q.answerText], [{ text: note, colSpan: 2 }]] : [[q.prompt, q.answerText]]
      }),
      { widths: [0.6, 0.4], rowHeaders: true },
    )
  }
}

export function spread(w: ReportWriter, s: SpreadSection): void {
  if (!sectionStart(w, s, s.themes.length === 0)) return
  for (const theme of s.themes) {
    w.heading(theme.title, 3, true)
    w.table(
      s.columns,
      theme.questions.flatMap((q): TableCell[][] => {
        const row = [q.short, q.spread.join('\n'), q.disagreement, q.agreed]
        return q.dissent ? [row, [{ text: `Disagreement recorded: ${q.dissent}`, colSpan: row.length }]] : [row]
      }),
      { widths: [0.19, 0.39, 0.16, 0.26], rowHeaders: true },
    )
  }
}
