/** A Word report rendered and unzipped, for tests: its parts as text, and its headings. */
import { strFromU8, unzipSync } from 'fflate'
import { renderDocx } from '../../src/docx/render-docx'
import { buildReport, type ReportModel } from '../../src/outputs/report/build-report'
import { chartFromResult } from '../../src/outputs/chart/theme-chart'
import { assess } from '../../src/engine/assess/assess'
import type { Content } from '../../src/content/schema'
import type { SavedAssessment } from '../../src/engine/files/saved-file'

export interface UnzippedDocx {
  report: ReportModel
  files: Record<string, string>
  document: string
  /** The text of each paragraph styled as a heading, with its level. */
  headings: { level: number; text: string }[]
}

/** The text of a piece of WordprocessingML: every w:t, in order. */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

export async function renderAndUnzip(content: Content, saved: SavedAssessment): Promise<UnzippedDocx> {
  const result = assess(content, saved.assessment)
  const report = buildReport(content, saved, result, { generatedOn: '2026-04-01' })
  const bytes = await renderDocx(report, chartFromResult(result, content.framework.bands))
  const zip = unzipSync(bytes)
  const files = Object.fromEntries(Object.entries(zip).map(([name, data]) => [name, name.endsWith('.png') ? `${data.length} bytes` : strFromU8(data)]))
  const document = files['word/document.xml'] ?? ''
  const headings = [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading(\d)"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => ({
    level: Number(m[1]),
    text: xmlText(m[0]),
  }))
  return { report, files, document, headings }
}
