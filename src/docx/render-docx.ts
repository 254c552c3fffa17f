/**
 * The Word (.docx) renderer, loaded by dynamic import (see download-docx.ts) so the docx library
 * is fetched only when a Word file is asked for. It writes the same report model, through the
 * same layout (src/pdf/pdf-layout.ts), as the PDF and the print view.
 *
 * Exported API:
 * - `renderDocx(report, chart, images?): Promise<Uint8Array>` — the .docx file's bytes. `images`
 *   are the chart as SVG and PNG (see chart-image.ts); by default the SVG and a blank PNG fallback.
 * - `docxFileName(report): string` — like the PDF's, ending .docx
 *
 * The file: A4, 2 cm margins, Arial 11 pt, language en-GB; styles Heading 1 to 3; a numbered list
 * for the recommendations; tables with a repeating header row; the chart with alternative text,
 * followed by the same figures as a table; the running title in the header and "Page x of y"
 * in the footer; title, subject, author and keywords in the document properties.
 */
import { AlignmentType, Document, Footer, Header, LevelFormat, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx'
import type { ChartModel } from '@/outputs/chart/theme-chart'
import { fileName } from '@/outputs/file-names'
import { plainText } from '@/outputs/text-safety'
import type { ReportModel } from '@/outputs/report/report-model'
import { layoutReport } from '../pdf/pdf-layout'
import { chartPng, chartSvg } from './chart-image'
import { DocxWriter, RECOMMENDATIONS_NUMBERING, type ChartImages } from './docx-writer'

const FONT = 'Arial'
const SECONDARY = '484949'
// 2 cm in twips.
const MARGIN = 1134

export function docxFileName(report: ReportModel): string {
  return fileName('report', report.councilName ?? undefined, report.generatedOn, 'docx')
}

function document(report: ReportModel, writer: DocxWriter): Document {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: '0B0C0C' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  })
  return new Document({
    title: plainText(report.meta.title),
    subject: plainText(report.meta.subject),
    creator: plainText(report.meta.author),
    keywords: plainText(report.meta.keywords),
    description: 'Made by the library service self-assessment tool.',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: 'en-GB' } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: heading(48, 0),
        heading2: heading(34, 240),
        heading3: heading(26, 200),
        hyperlink: { run: { color: '1D70B8', underline: {} } },
      },
    },
    numbering: {
      config: [
        {
          reference: RECOMMENDATIONS_NUMBERING,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { run: { bold: true }, paragraph: { indent: { left: 567, hanging: 567 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: `${plainText(report.title)} · ${report.dateText}`, size: 19, color: SECONDARY })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 19, color: SECONDARY })],
              }),
            ],
          }),
        },
        children: writer.children,
      },
    ],
  })
}

/** The report as the bytes of a .docx file. */
export async function renderDocx(report: ReportModel, chart: ChartModel, images?: ChartImages): Promise<Uint8Array<ArrayBuffer>> {
  const writer = new DocxWriter(images ?? { svg: chartSvg(chart), png: await chartPng(chart) })
  layoutReport(writer, report, chart)
  return new Uint8Array(await Packer.pack(document(report, writer), 'arraybuffer'))
}
