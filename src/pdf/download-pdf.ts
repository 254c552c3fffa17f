/**
 * "Download PDF": builds the report model and the chart, loads the PDF renderer (and with it
 * jsPDF) only now, by dynamic import, and saves the file.
 *
 * Exported API:
 * - `downloadPdf(content: Content, saved: SavedAssessment, result: Result, generatedOn: string): Promise<string>`
 *   `generatedOn` is an ISO date passed in by the page; resolves to the file name once the
 *   download has been started.
 */
import type { Content } from '@/content/schema'
import type { Result } from '@/engine/core/result'
import type { SavedAssessment } from '@/engine/files/saved-file'
import { chartFromResult } from '@/outputs/chart/theme-chart'
import { downloadFile } from '@/composables/use-download'
import { buildReport } from '../outputs/report/build-report'

export async function downloadPdf(content: Content, saved: SavedAssessment, result: Result, generatedOn: string): Promise<string> {
  // jsPDF is large: it is fetched the first time someone asks for a PDF, never on page load.
  const { renderPdf } = await import('./render-pdf')
  const report = buildReport(content, saved, result, { generatedOn })
  const bytes = renderPdf(report, chartFromResult(result, content.framework.bands))
  downloadFile(report.fileName, bytes, 'application/pdf')
  return report.fileName
}
