// @vitest-environment node
/** "Your service in numbers" in the PDF: the council's figures, gaps and sources in the text layer, tagged; the dot plot drawn as a tagged figure. */
import { beforeAll, describe, expect, it } from 'vitest'
import { jsPDF } from 'jspdf'
import { extractText, getDocumentProxy } from 'unpdf'
import { renderPdf } from '@/pdf/render-pdf'
import { drawDotPlot, dotPlotScale } from '@/pdf/draw-dot-plot'
import { PdfPen } from '@/pdf/pdf-pen'
import { TaggedPdf } from '@/pdf/tagging/tag-jspdf'
import { FontCoverage, registerFonts, FONT_NAME } from '@/pdf/fonts/pdf-fonts'
import { buildReport, reportSection, type ReportModel } from '@/outputs/report/build-report'
import { chartFromResult } from '@/outputs/chart/theme-chart'
import { assess } from '@/engine/assess/assess'
import { realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'
import { realIndex } from '../engine/council/fixture'
import { pdfFonts } from './pdf-fonts'
import { all, structure, type StructNode } from './pdf-structure'

const squash = (s: string) => s.replace(/\s+/g, '')
// The published figures (the fixture answers every number with 12).
const HAMPSHIRE = {
  'council-name': 'Hampshire County Council',
  'council-code': 'E10000014',
  population: 1_447_214,
  'static-libraries': 51,
  'community-libraries': 11,
}

describe('the PDF of Hampshire’s assessment with one figure corrected', () => {
  let report: ReportModel
  let text: string
  let elements: StructNode[]

  beforeAll(async () => {
    const content = realContent()
    const saved = fullyAnswered(content, { profile: { ...HAMPSHIRE, 'static-libraries': 49 } })
    const result = assess(content, saved.assessment)
    report = buildReport(content, saved, result, { generatedOn: '2026-04-01', council: realIndex() })
    const { bytes } = renderPdf(report, chartFromResult(result, content.framework.bands), pdfFonts())
    const pdf = await getDocumentProxy(bytes.slice())
    text = squash((await extractText(pdf, { mergePages: true })).text)
    elements = all(await structure(pdf, bytes))
  }, 60_000)

  it('has the section as a tagged H2 after the findings', () => {
    const h2 = elements.filter((e) => e.role === 'H2').map((e) => squash(e.text))
    expect(h2.indexOf(squash('Your service in numbers'))).toBe(h2.indexOf(squash('Findings by theme')) + 1)
  })

  it('shows the council’s figures, the corrected one marked as its own, with sources and years', () => {
    const s = reportSection(report, 'council-numbers')
    for (const r of s.rows) for (const cell of [r.title, r.council, r.median, r.rank]) expect(text).toContain(squash(cell))
    expect(text).toContain(squash('2,323.5'))
    expect(text).toContain(squash('Includes your council’s own figure, not the published one.'))
    expect(text).toContain(squash('Source: Arts Council England, Libraries Activity Data 2023-24'))
    expect(text).toContain(squash('Source: Arts Council England, Libraries Basic Dataset 2023'))
  })

  it('puts the figures in a tagged table with header cells', () => {
    const table = elements.find((e) => e.role === 'Table' && squash(e.text).includes(squash('Neighbours’ median')))!
    expect(table).toBeDefined()
    const cells = all([table])
      .filter((e) => e.role === 'TH')
      .map((e) => squash(e.text))
    expect(cells).toContain(squash('Physical visits per 1,000 residents'))
  })
})

describe('drawDotPlot', () => {
  it('draws the plot as one tagged Figure with its summary as alternative text and its labels as text', async () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true })
    const tag = new TaggedPdf(doc)
    registerFonts(doc, pdfFonts())
    doc.setFont(FONT_NAME, 'normal')
    const pen = new PdfPen(doc, tag, FontCoverage.of(doc))
    const content = realContent()
    const saved = fullyAnswered(content, { profile: HAMPSHIRE })
    const report = buildReport(content, saved, assess(content, saved.assessment), { generatedOn: '2026-04-01', council: realIndex() })
    const plot = reportSection(report, 'council-numbers').plot
    const scale = dotPlotScale(plot, 170, 250)
    expect(plot.height * scale).toBeLessThanOrEqual(250)
    tag.within('Document', {}, () => drawDotPlot(pen, plot, 20, 22, scale))
    const bytes = new Uint8Array(doc.output('arraybuffer'))
    const pdf = await getDocumentProxy(bytes.slice())
    const t = squash((await extractText(pdf, { mergePages: true })).text)
    expect(t).toContain(squash('Your council 2,323.5'))
    expect(t).toContain(squash('Physical visits per 1,000 residents'))
    const figure = all(await structure(pdf, bytes)).find((e) => e.role === 'Figure')
    expect(figure?.alt).toBe(plot.summary)
  })
})
