/**
 * The front of the report as the PDF and Word file draw it: the cover, the executive summary, the
 * findings by theme (with the chart) and the questions to ask officers. Part of pdf-layout.ts.
 *
 * Exported API: `cover`, `summary`, `findings`, `officerQuestions` (each `(w, section) => void`;
 * `findings` also takes the chart)
 */
import type { ChartModel } from '@/outputs/chart/theme-chart'
import type { CoverSection, FindingsSection, OfficerQuestionsSection, SummarySection } from '../outputs/report/report-model'
import { labelledBullets, sectionStart } from './layout-helpers'
import type { ReportWriter } from './report-writer'

export function cover(w: ReportWriter, s: CoverSection): void {
  w.gap(20)
  w.heading(s.title, 1)
  if (s.councilName) w.paragraph(s.councilName, { size: 'lead', bold: true, after: 4 })
  w.paragraph('A self-assessment of the public library service against the duty to provide a comprehensive and efficient service.', {
    secondary: true,
    after: 8,
  })
  w.keyValues(s.details)
  w.coverNote()
}

export function summary(w: ReportWriter, s: SummarySection): void {
  w.heading(s.title, 2)
  w.paragraph(s.headline, { size: 'lead', bold: true, after: 4 })
  // The legal position leads, with its reasons (the top risks), before the overall level.
  const legalSentence = `${s.legal.label}. ${s.legal.summary}`
  w.label(`Legal position: ${s.legal.label}`)
  w.paragraph(s.legal.summary, { after: s.legal.reasons.length > 0 ? 1 : 2 })
  if (s.legal.reasons.length > 0) w.bullets(s.legal.reasons)
  w.ragLine(s.overall.rag, s.overall.ragWord, s.overall.text)
  if (s.maturityText) w.paragraph(s.maturityText)
  for (const p of s.paragraphs) if (p !== legalSentence && p !== s.overall.text && p !== s.maturityText) w.paragraph(p)
  w.gap(2)
  w.table(
    ['Statutory essentials', 'Number'],
    [
      ['Met', String(s.essentials.met)],
      ['Partly met', String(s.essentials.partlyMet)],
      ['Not met', String(s.essentials.notMet)],
      ['Not known', String(s.essentials.unknown)],
      ['Total', String(s.essentials.total)],
    ],
    { widths: [0.7, 0.3], rowHeaders: true },
  )
  w.notice(s.notLegalAdvice)
}

export function findings(w: ReportWriter, s: FindingsSection, chart: ChartModel): void {
  w.heading(s.title, 2)
  w.paragraph(s.intro, { keepWithNext: true })
  w.chart(chart)
  w.table(
    ['Theme', 'Score', 'RAG rating', 'Band'],
    s.themes.map((t) => [t.title, t.scoreText, t.ragWord, t.bandName ?? 'No score']),
    { widths: [0.46, 0.18, 0.14, 0.22], rowHeaders: true },
  )
  for (const t of s.themes) {
    w.heading(t.title, 3, true)
    w.ragLine(t.rag, t.ragWord, t.bandName ? `${t.bandName}: ${t.scoreText}` : t.scoreText)
    if (t.capReason) w.paragraph(t.capReason)
    for (const sentence of t.explanation) w.paragraph(sentence)
    labelledBullets(w, 'Evidence gaps', t.gaps)
    if (t.nextLevel) {
      w.label('To reach the next level')
      w.paragraph(t.nextLevel)
    }
  }
}

export function officerQuestions(w: ReportWriter, s: OfficerQuestionsSection): void {
  if (!sectionStart(w, s, s.items.length === 0, {})) return
  for (const item of s.items) {
    w.numbered(item.number, () => {
      w.paragraph(item.prompt, { bold: true, after: 1 })
      w.paragraph([item.themeTitle, item.label].filter(Boolean).join('. ') + '.', { size: 'small', secondary: true, after: 2 })
    })
  }
}
