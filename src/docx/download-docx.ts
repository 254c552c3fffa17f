/**
 * "Download Word report": builds the report model and the chart, loads the Word renderer (and
 * with it the docx library) only now, by dynamic import, draws the chart as a PNG in the browser
 * for word processors without SVG, and saves the file.
 *
 * Exported API:
 * - `downloadDocx(content: Content, saved: SavedAssessment, result: Result, generatedOn: string): Promise<ReportDownload>`
 *   the same shape as `downloadPdf`; `unsupported` is always empty, as Word keeps every character
 */
import type { Content } from '@/content/schema'
import type { Result } from '@/engine/core'
import type { SavedAssessment } from '@/engine/files'
import { chartFromResult } from '@/outputs/chart/theme-chart'
import { downloadFile } from '@/composables/use-download'
import { buildReport } from '@/outputs/report/build-report'
import { councilIndexFor } from '@/council'
import type { ReportDownload } from '../pdf/download-pdf'

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export async function downloadDocx(content: Content, saved: SavedAssessment, result: Result, generatedOn: string): Promise<ReportDownload> {
  const [{ renderDocx, docxFileName }, { chartPng, chartSvg }] = await Promise.all([import('./render-docx'), import('./chart-image')])
  // The council's published figures come with the report when the profile names a council.
  const council = await councilIndexFor(saved.assessment.profile)
  const report = buildReport(content, saved, result, { generatedOn, council })
  const chart = chartFromResult(result, content.framework.bands)
  const bytes = await renderDocx(report, chart, { svg: chartSvg(chart), png: await chartPng(chart) })
  const name = docxFileName(report)
  downloadFile(name, bytes, DOCX_TYPE)
  return { fileName: name, unsupported: [] }
}
