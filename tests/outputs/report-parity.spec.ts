// @vitest-environment node
/**
 * The three reports — the print view (HTML), the PDF and the Word file — hold the same sections
 * in the same order, the same governance-model content and every answer; the CSV keeps the
 * same characters. All four are made from one report model (or, for the CSV, one result).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { getDocumentProxy } from 'unpdf'
import ReportDocument from '@/components/report/ReportDocument.vue'
import { renderPdf } from '@/pdf/render-pdf'
import { buildReport, reportSection, type ReportModel } from '@/outputs/report/build-report'
import { chartFromResult, type ChartModel } from '@/outputs/chart/theme-chart'
import { buildCsv } from '@/outputs/csv'
import { assess } from '@/engine/assess/assess'
import type { Result } from '@/engine/core/result'
import type { Content } from '@/content/schema'
import { fixtureContent, realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'
import { pdfFonts } from '../pdf/pdf-fonts'
import { all, structure } from '../pdf/pdf-structure'
import { renderAndUnzip, xmlText } from '../docx/docx-zip'

const squash = (s: string) => s.replace(/\s+/g, '')
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** Whether every needle occurs in `haystack`, each after the one before. */
function inOrder(haystack: string, needles: string[]): string | null {
  let at = 0
  for (const needle of needles) {
    const found = haystack.indexOf(squash(needle), at)
    if (found < 0) return needle
    at = found + squash(needle).length
  }
  return null
}

interface Outputs {
  report: ReportModel
  result: Result
  html: { sections: string[]; text: string }
  pdf: { sections: string[]; text: string }
  word: { sections: string[]; text: string }
  csv: string
}

/** Each of the three readable outputs (print view, PDF, Word) holds every needle, in order. */
function expectEachInOrder(out: Outputs, needles: string[]): void {
  for (const [name, text] of [
    ['print view', out.html.text],
    ['PDF', out.pdf.text],
    ['Word', out.word.text],
  ] as const) {
    expect(inOrder(text, needles), `${name} is missing or misorders this`).toBeNull()
  }
}

const NAMES = 'Cyngor Llanfair ŵ – Łódź, Győr 中文 😀'

async function outputs(content: Content): Promise<Outputs> {
  const saved = fullyAnswered(content, { profile: { 'council-name': NAMES }, notes: { [content.themes[0]!.questions[0]!.id]: `Note: ${NAMES}` } })
  saved.actionPlan.push({ id: 'a3', action: `Write to ${NAMES}`, lead: 'Łucja', targetDate: '2027-01-15', measure: 'Done', source: 'user' })
  const result = assess(content, saved.assessment)
  const report = buildReport(content, saved, result, { generatedOn: '2026-04-01' })
  const chart: ChartModel = chartFromResult(result, content.framework.bands)

  const html = await renderToString(createSSRApp({ render: () => h(ReportDocument, { report, chart }) }))
  const htmlSections = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => decode(m[1]!).trim())

  const bytes = renderPdf(report, chart, pdfFonts()).bytes
  const pdf = await getDocumentProxy(bytes.slice())
  const elements = all(await structure(pdf, bytes))
  const word = await renderAndUnzip(content, saved)

  return {
    report,
    result,
    html: { sections: htmlSections, text: squash(decode(html)) },
    pdf: { sections: elements.filter((e) => e.role === 'H2').map((e) => e.text.trim()), text: squash(elements[0]!.text) },
    word: { sections: word.headings.filter((x) => x.level === 2).map((x) => x.text), text: squash(xmlText(word.document)) },
    csv: buildCsv(content, result),
  }
}

describe('the print view, the PDF and the Word report', () => {
  let o: Outputs

  let real: Outputs

  beforeAll(async () => {
    o = await outputs(fixtureContent())
    // The real content, for governance models with everything the results page shows.
    real = await outputs(realContent())
  }, 120_000)

  it('have the same sections, in the model’s order', () => {
    for (const out of [o, real]) {
      const expected = out.report.sections.slice(1).map((s) => squash(s.title))
      expect(out.html.sections.map(squash)).toEqual(expected)
      expect(out.pdf.sections.map(squash)).toEqual(expected)
      expect(out.word.sections.map(squash)).toEqual(expected)
    }
  })

  it('hold every governance model’s name, summary, reasons, what it needs in place first and cautions, in the same order', () => {
    const models = reportSection(real.report, 'options').groups[0]!.items
    expect(models.length).toBeGreaterThan(0)
    const needles = models
      .flatMap((m) => [m.name, m.summary, ...m.reasons, ...m.prerequisites, ...m.cautions.map((c) => c.text), ...m.examples])
      .filter(Boolean)
    expect(models.some((m) => m.prerequisites.length > 0)).toBe(true)
    expectEachInOrder(real, needles)
  })

  it('hold every legal lesson the risks point to, after the case studies', () => {
    const lessons = reportSection(real.report, 'case-studies').lessons
    expect(lessons.length).toBeGreaterThan(0)
    const needles = lessons.flatMap((l) => [l.title, l.reason])
    expectEachInOrder(real, needles)
  })

  it('hold every recommendation and every answer of the appendix, with its note, in the same order', () => {
    const needles = [
      ...reportSection(o.report, 'recommendations').items.map((r) => r.title),
      ...reportSection(o.report, 'appendix').themes.flatMap((t) => t.questions.flatMap((q) => [q.prompt, q.answerText, ...(q.note ? [q.note] : [])])),
    ]
    // The PDF's font has no Chinese or emoji: it shows each as the placeholder (tested below).
    const inPdf = needles.map((n) => n.replace(/[\u4e00-\u9fff]|\p{Extended_Pictographic}/gu, '\ufffd'))
    for (const [name, text, wanted] of [
      ['print view', o.html.text, needles],
      ['PDF', o.pdf.text, inPdf],
      ['Word', o.word.text, needles],
    ] as const) {
      expect(inOrder(text, wanted), `${name} is missing or misorders this`).toBeNull()
    }
  })

  it('keep every letter of the names and notes; the PDF shows what its font lacks as a placeholder', () => {
    const kept = squash(NAMES)
    expect(o.html.text).toContain(kept)
    expect(o.word.text).toContain(kept)
    expect(o.csv).toContain(`Note: ${NAMES}`)
    expect(o.pdf.text).toContain(squash('Cyngor Llanfair ŵ – Łódź, Győr \ufffd\ufffd \ufffd'))
  })
})
