/**
 * The PDF renderer, loaded by dynamic import (see download-pdf.ts) so jsPDF is fetched only
 * when a PDF is asked for.
 *
 * Exported API:
 * - `renderPdf(report, chart, fonts): RenderedPdf` — `{ bytes, unsupported }`: the file, and the
 *   characters the font could not draw (each shown as � and listed on the cover)
 * - `renderPdfDocument(report, chart, fonts)` — the same with the jsPDF document itself
 * - type `RenderedPdf`
 *
 * The file: A4 portrait, PDF 1.7, tagged (a structure tree with headings, paragraphs, lists,
 * tables with header cells, the chart as a Figure with alternative text, links; page furniture
 * as artifacts; tab order by structure), language en-GB, DejaVu Sans embedded as a subset,
 * title shown instead of the file name, a bookmark for every section, "Page x of y" on every
 * page, clickable links, the theme chart drawn as vectors, tables repeating their header row.
 */
import { jsPDF } from 'jspdf'
import type { ChartModel } from '@/outputs/chart/theme-chart'
import type { ReportModel } from '../outputs/report/report-model'
import { FontCoverage, registerFonts, FONT_NAME, type PdfFonts } from './fonts/pdf-fonts'
import { layoutReport } from './pdf-layout'
import { PdfPen } from './pdf-pen'
import { JsPdfWriter } from './pdf-writer'
import { TaggedPdf } from './tagging/tag-jspdf'

export interface RenderedPdf {
  bytes: Uint8Array<ArrayBuffer>
  /** Characters the embedded font cannot draw, in the order first met (each drawn as �). */
  unsupported: string[]
}

/** Every string in the report, to find the characters the font lacks before anything is drawn. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) strings(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out)
  return out
}

export function renderPdfDocument(report: ReportModel, chart: ChartModel, fonts: PdfFonts): { doc: jsPDF; unsupported: string[] } {
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true })
  const tag = new TaggedPdf(doc)
  registerFonts(doc, fonts)
  const coverage = FontCoverage.of(doc)
  // Look for missing characters first, so the cover can list them.
  for (const s of [...strings(report), ...strings(chart)]) {
    coverage.drawable(s)
    coverage.drawable(s, true)
  }
  const unsupported = [...coverage.missing]
  doc.setDocumentProperties({
    title: coverage.drawable(report.meta.title),
    subject: coverage.drawable(report.meta.subject),
    author: coverage.drawable(report.meta.author),
    keywords: coverage.drawable(report.meta.keywords),
    creator: 'Library service self-assessment tool',
  })
  doc.setLanguage('en-GB')
  doc.viewerPreferences({ DisplayDocTitle: true })
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines')
  doc.setFont(FONT_NAME, 'normal')

  const writer = new JsPdfWriter(new PdfPen(doc, tag, coverage), unsupported)
  layoutReport(writer, report, chart)
  writer.furniture(report.title, report.dateText)
  writer.outline()
  return { doc, unsupported }
}

/** The report as the bytes of a PDF file, and the characters its font could not draw. */
export function renderPdf(report: ReportModel, chart: ChartModel, fonts: PdfFonts): RenderedPdf {
  const { doc, unsupported } = renderPdfDocument(report, chart, fonts)
  return { bytes: new Uint8Array(doc.output('arraybuffer')), unsupported }
}
