/**
 * Report models for the Report* component tests, built with buildReport over the fixture
 * content, and queries that find things the way a reader does: headings, tables by caption,
 * links by their text.
 */
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'
import { buildReport, reportSection, type ReportModel, type ReportSection, type SectionId } from '@/outputs/report/build-report'
import { chartFromResult, type ChartModel } from '@/outputs/chart/theme-chart'
import { assess } from '@/engine/assess/assess'
import { newSavedAssessment, type SavedAssessment } from '@/engine/files/saved-file'
import type { Content } from '@/content/schema'
import type { Result } from '@/engine/core/result'
import { fixtureContent } from './content'
import { fullyAnswered, workshopOfThree } from './full-assessment'

export interface Built {
  content: Content
  report: ReportModel
  chart: ChartModel
}

/** The report and the Result for a saved assessment, dated 1 April 2026. */
export function reportFor(content: Content, saved: SavedAssessment): { report: ReportModel; result: Result } {
  const result = assess(content, saved.assessment)
  return { report: buildReport(content, saved, result, { generatedOn: '2026-04-01' }), result }
}

function build(content: Content, saved: SavedAssessment): Built {
  const result = assess(content, saved.assessment)
  return { content, report: buildReport(content, saved, result, { generatedOn: '2026-04-01' }), chart: chartFromResult(result, content.framework.bands) }
}

/** Every question answered, with a note on one, then "Alpha yes" skipped. */
export function skippedOne(): Built {
  const content = fixtureContent()
  const saved = fullyAnswered(content, { notes: { 'a-essential': 'Agreed by cabinet in 2025.' } })
  delete saved.assessment.answers['a-yes']
  return build(content, saved)
}

/** Nothing answered at all: no council name, no actions. */
export function nothingAnswered(): Built {
  const content = fixtureContent()
  return build(content, newSavedAssessment(content, '2026-04-01T09:00:00.000Z'))
}

/** The agreed answers of a workshop of three, with one disagreement recorded. */
export function workshop(): Built {
  const content = fixtureContent()
  return build(content, workshopOfThree(content))
}

export function section<K extends SectionId>(built: Built, id: K): Extract<ReportSection, { id: K }> {
  return reportSection(built.report, id)
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Every heading, in document order, as "h2 Executive summary". */
export function headings(wrapper: VueWrapper): string[] {
  return wrapper.findAll('h1, h2, h3, h4, h5, h6').map((h) => `${h.element.tagName.toLowerCase()} ${squash(h.text())}`)
}

/** The captions of every table, in order. */
export function captions(wrapper: VueWrapper): string[] {
  return wrapper.findAll('table').map((t) => squash(t.find('caption').exists() ? t.get('caption').text() : ''))
}

/** The table with this caption. */
export function tableCaptioned(wrapper: VueWrapper, caption: string): DOMWrapper<HTMLTableElement> {
  const table = wrapper.findAll('table').find((t) => squash(t.find('caption').exists() ? t.get('caption').text() : '') === caption)
  if (!table) throw new Error(`No table captioned "${caption}"`)
  return table as DOMWrapper<HTMLTableElement>
}

/** The column headers of a table, with their scope. */
export function columnHeaders(table: DOMWrapper<HTMLTableElement>): string[] {
  return table.findAll('thead th').map((th) => `${squash(th.text())} (${th.attributes('scope')})`)
}

/** Each body row as its cells' text; a row header is marked with its scope. */
export function bodyRows(table: DOMWrapper<HTMLTableElement>): string[][] {
  return table
    .findAll('tbody tr')
    .map((tr) => tr.findAll('th, td').map((c) => (c.element.tagName === 'TH' ? `${squash(c.text())} (${c.attributes('scope')})` : squash(c.text()))))
}

/** Every link as "text -> href". */
export function links(wrapper: VueWrapper): string[] {
  return wrapper.findAll('a').map((a) => `${squash(a.text())} -> ${a.attributes('href')}`)
}

/** Every question answered, with two answered "Don't know" (one of them the statutory essential). */
export function twoDontKnow(): Built {
  const content = fixtureContent()
  const saved = fullyAnswered(content)
  saved.assessment.answers['a-essential'] = { value: 'dont-know' }
  saved.assessment.answers['b-one'] = { value: 'dont-know' }
  return build(content, saved)
}
