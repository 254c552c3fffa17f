/**
 * "Download PDF": builds the report model and the chart, loads the PDF renderer (and with it
 * jsPDF) and the font only now, by dynamic import and fetch, and saves the file.
 *
 * Exported API:
 * - `downloadPdf(content: Content, saved: SavedAssessment, result: Result, generatedOn: string): Promise<ReportDownload>`
 *   `generatedOn` is an ISO date passed in by the page; resolves once the download has been
 *   started, to the file name and the characters the PDF could not show (the page can warn:
 *   the PDF lists them on its cover too)
 * - type `ReportDownload`
 */
import type { Content } from '@/content/schema'
import type { Result } from '@/engine/core'
import type { SavedAssessment } from '@/engine/files'
import { chartFromResult } from '@/outputs/chart/theme-chart'
import { downloadFile } from '@/composables/use-download'
import { buildReport } from '../outputs/report/build-report'
import { loadPdfFonts } from './fonts/load-fonts'
import { councilIndexFor } from '@/council'

export interface ReportDownload {
  fileName: string
  /** Characters the file could not show, each replaced visibly by �; empty when none. */
  unsupported: string[]
}

export async function downloadPdf(content: Content, saved: SavedAssessment, result: Result, generatedOn: string): Promise<ReportDownload> {
  // jsPDF and the font are large: fetched the first time someone asks for a PDF, never on page load.
  const [{ renderPdf }, fonts] = await Promise.all([import('./render-pdf'), loadPdfFonts()])
  // The council's published figures come with the report when the profile names a council.
  const council = await councilIndexFor(saved.assessment.profile)
  const report = buildReport(content, saved, result, { generatedOn, council })
  const { bytes, unsupported } = renderPdf(report, chartFromResult(result, content.framework.bands), fonts)
  downloadFile(report.fileName, bytes, 'application/pdf')
  return { fileName: report.fileName, unsupported }
}
