/**
 * What to do, as the PDF and Word file draw it: the numbered recommendations, the case studies
 * with their legal lessons, and the governance models and smarter services. Part of pdf-layout.ts.
 *
 * Exported API: `recommendations`, `caseStudies`, `options` (each `(w, section) => void`)
 */
import type { CaseStudiesSection, OptionsSection, RecommendationsSection } from '../outputs/report/report-model'
import { labelledBullets } from './layout-helpers'
import type { ReportWriter } from './report-writer'

export function recommendations(w: ReportWriter, s: RecommendationsSection): void {
  w.heading(s.title, 2)
  w.paragraph(s.intro)
  if (s.items.length === 0) w.paragraph(s.emptyText)
  for (const item of s.items) {
    w.numbered(item.number, () => {
      w.paragraph(`${item.label}: ${item.title}`, { bold: true, after: 1 })
      w.paragraph(item.text, { after: 1 })
      if (item.why) w.paragraph(`Why it matters: ${item.why}`, { size: 'small', after: 1 })
      if (item.because) w.paragraph(`Raised because: ${item.because}`, { size: 'small', after: 1 })
      if (item.links.length > 0) w.links(item.links)
      w.gap(2)
    })
  }
}

export function caseStudies(w: ReportWriter, s: CaseStudiesSection): void {
  w.heading(s.title, 2)
  w.paragraph(s.items.length === 0 ? s.emptyText : s.intro)
  for (const c of s.items) {
    w.heading(c.title, 3)
    w.paragraph(`${c.kindLabel}. ${c.organisation}, ${c.place}, ${c.years}.`, { size: 'small', secondary: true })
    w.paragraph(c.summary)
    labelledBullets(w, 'Outcomes', c.outcomes)
    w.label('Why it was suggested')
    w.bullets(c.reasons)
    w.label(c.sources.length === 1 ? 'Source' : 'Sources')
    w.links(c.sources)
  }
  if (s.lessons.length > 0) {
    w.heading('Legal lessons for the risks raised', 3)
    for (const lesson of s.lessons) {
      w.paragraph(`${lesson.title} (${lesson.place}, ${lesson.years}). ${lesson.reason}.`, { after: lesson.sources.length > 0 ? 1 : 2 })
      if (lesson.sources.length > 0) w.links(lesson.sources)
    }
  }
}

export function options(w: ReportWriter, s: OptionsSection): void {
  w.heading(s.title, 2)
  for (const group of s.groups) {
    w.heading(group.title, 3, true)
    w.paragraph(group.items.length === 0 ? group.emptyText : group.intro)
    for (const item of group.items) {
      w.label(item.name)
      if (item.summary) w.paragraph(item.summary, { after: 1 })
      w.label('Why it may fit')
      w.bullets(item.reasons)
      labelledBullets(w, 'What it needs in place first', item.prerequisites)
      labelledBullets(
        w,
        'Cautions',
        item.cautions.map((c) => (c.applies ? `Applies to you: ${c.text}` : c.text)),
      )
      if (item.examples.length > 0) w.paragraph(`Examples: ${item.examples.join('; ')}.`)
      w.gap(2)
    }
  }
}
