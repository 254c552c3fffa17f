// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { extractLinks, extractText, getDocumentProxy } from 'unpdf'
import { renderPdf } from '@/pdf/render-pdf'
import { buildReport, reportSection, type ReportModel } from '@/outputs/report/build-report'
import { chartFromResult } from '@/outputs/chart/theme-chart'
import { assess } from '@/engine/assess/assess'
import { aggregate } from '@/engine/workshop/aggregate'
import { buildCombinedAssessment } from '@/engine/workshop/consensus'
import type { Content } from '@/content/schema'
import type { SavedAssessment } from '@/engine/files/saved-file'
import { fixtureContent, realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'
import { NOW, respondents } from '../support/workshop'
import { pdfFonts } from './pdf-fonts'

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

interface Rendered {
  report: ReportModel
  bytes: Uint8Array
  unsupported: string[]
  raw: string
  pdf: PdfDocument
  pages: string[]
  /** All pages' text with every space and line break removed, so wrapping does not matter. */
  squashed: string
}

const squash = (s: string) => s.replace(/\s+/g, '')

async function render(content: Content, saved: SavedAssessment): Promise<Rendered> {
  const result = assess(content, saved.assessment)
  const report = buildReport(content, saved, result, { generatedOn: '2026-04-01' })
  const { bytes, unsupported } = renderPdf(report, chartFromResult(result, content.framework.bands), pdfFonts())
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const pdf = await getDocumentProxy(bytes.slice())
  const { text: pages } = await extractText(pdf, { mergePages: false })
  return { report, bytes, unsupported, raw: Buffer.from(bytes).toString('latin1'), pdf, pages, squashed: squash(pages.join('\n')) }
}

/** The page (1-based) each top-level bookmark points at, by title. */
async function bookmarks(pdf: PdfDocument): Promise<{ title: string; page: number; children: string[] }[]> {
  const outline = (await pdf.getOutline()) ?? []
  return Promise.all(
    outline.map(async (item) => {
      const dest = Array.isArray(item.dest) ? item.dest : await pdf.getDestination(String(item.dest))
      const page = dest ? (await pdf.getPageIndex(dest[0] as Parameters<PdfDocument['getPageIndex']>[0])) + 1 : 0
      return { title: item.title, page, children: item.items.map((c) => c.title) }
    }),
  )
}

/**
 * Whether `text` is in the PDF: on one page, or split across two pages when a table row breaks
 * there (the first part on one page, the rest on the next, with page furniture between).
 */
function appears(r: Rendered, text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean)
  if (r.squashed.includes(words.join(''))) return true
  const pages = r.pages.map(squash)
  // A row breaks between lines, so the text splits between two words.
  return pages.some((page, i) => {
    const next = pages[i + 1]
    if (next === undefined) return false
    return words.some((_w, j) => j > 0 && page.includes(words.slice(0, j).join('')) && next.includes(words.slice(j).join('')))
  })
}

/**
 * Where `text` runs on from the page it starts on: the pages it touches, with every one of its
 * characters found in order and nothing but page furniture (footer, repeated table header) between.
 */
function pagesHolding(pages: string[], text: string): number[] {
  const needle = squash(text)
  const squashed = pages.map(squash)
  const start = squashed.findIndex((p) => p.includes(needle.slice(0, 60)))
  if (start < 0) return []
  let page = start
  let at = squashed[page]!.indexOf(needle.slice(0, 60))
  let skipped = 0
  const touched = new Set([page + 1])
  for (const ch of needle) {
    // Skip page furniture between the end of one page's part and the next page's part.
    while (page < squashed.length && squashed[page]![at] !== ch) {
      at++
      skipped++
      if (at >= squashed[page]!.length) {
        page++
        at = 0
      }
      if (skipped > 400) return []
    }
    if (page >= squashed.length) return []
    touched.add(page + 1)
    at++
  }
  return [...touched]
}

const LONG_NOTE = Array.from({ length: 40 }, (_v, i) => `Sentence ${i + 1} of the officer’s note records what the evidence shows and where it is kept.`)
  .join(' ')
  .slice(0, 2000)

describe('renderPdf, for a fully answered assessment of the fixture content', () => {
  let r: Rendered
  const council = 'Cyngor “Gŵyl” – Café 😀 Council'

  beforeAll(async () => {
    const content = fixtureContent()
    const ids = content.themes.flatMap((t) => t.questions.map((q) => q.id))
    // Several long notes, so at least one of them meets a page break.
    const notes = Object.fromEntries(ids.map((id) => [id, `${id}: ${LONG_NOTE}`]))
    const saved = fullyAnswered(content, { notes, profile: { 'council-name': council } })
    saved.actionPlan.push({
      id: 'a3',
      action: 'Ask “Friends of Llanfair” – café 😀 ŵ',
      lead: 'Siân',
      targetDate: '2027-01-15',
      measure: 'Done',
      source: 'user',
    })
    r = await render(content, saved)
  })

  it('starts with the PDF header', () => {
    expect(r.raw.startsWith('%PDF-')).toBe(true)
  })

  it('is A4 portrait', async () => {
    const page = await r.pdf.getPage(1)
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842])
  })

  it('contains every answer text from the appendix', () => {
    const answers = reportSection(r.report, 'appendix').themes.flatMap((t) => t.questions.map((q) => q.answerText))
    expect(answers.length).toBeGreaterThan(5)
    for (const answer of answers) expect(appears(r, answer), answer).toBe(true)
  })

  it('prints each theme’s RAG word and band beside its score', () => {
    for (const t of reportSection(r.report, 'findings').themes) {
      expect(r.squashed).toContain(squash(`${t.ragWord}${t.bandName}: ${t.scoreText}`))
    }
    expect(r.squashed).toContain('Red')
    expect(r.squashed).toContain('Green')
  })

  it('contains each section title', () => {
    for (const s of r.report.sections) expect(r.squashed).toContain(squash(s.title))
  })

  it('has a bookmark for each section, pointing at the page that starts it', async () => {
    const marks = await bookmarks(r.pdf)
    expect(marks.map((m) => m.title)).toEqual(r.report.sections.map((s) => s.title))
    for (const m of marks) expect(squash(r.pages[m.page - 1]!)).toContain(squash(m.title))
  })

  it('has a bookmark under findings for each theme', async () => {
    const findings = (await bookmarks(r.pdf)).find((m) => m.title === 'Findings by theme')
    expect(findings?.children).toEqual(reportSection(r.report, 'findings').themes.map((t) => t.title))
  })

  it('sets the title, author, subject and creator', async () => {
    const { info } = (await r.pdf.getMetadata()) as unknown as { info: Record<string, string> }
    expect(info.Title).toBe('Library service self-assessment: Cyngor “Gŵyl” – Café \ufffd Council')
    expect(info.Author).toBe('Cyngor “Gŵyl” – Café \ufffd Council')
    expect(info.Subject).toMatch(/comprehensive and efficient/)
    expect(info.Creator).toBe('Library service self-assessment tool')
  })

  it('declares its language as en-GB and asks viewers to show the title', () => {
    expect(r.raw).toContain('/Lang (en-GB)')
    expect(r.raw).toContain('/DisplayDocTitle true')
  })

  it('says "Page x of y" on every page', () => {
    const n = r.pages.length
    expect(n).toBeGreaterThan(3)
    r.pages.forEach((text, i) => expect(text.replace(/\s+/g, ' ')).toContain(`Page ${i + 1} of ${n}`))
  })

  it('flows a 2,000-character note across pages and keeps all of it', () => {
    expect(LONG_NOTE.length).toBe(2000)
    const visible = reportSection(r.report, 'appendix').themes.flatMap((t) => t.questions.map((q) => q.id))
    const spans = visible.map((id) => pagesHolding(r.pages, `Note: ${id}: ${LONG_NOTE}`))
    for (const span of spans) expect(span.length).toBeGreaterThan(0)
    expect(spans.some((span) => span.length > 1)).toBe(true)
  })

  it('keeps ŵ, smart quotes, dashes and accents, and shows an emoji as a visible placeholder', () => {
    expect(r.squashed).toContain(squash('Cyngor “Gŵyl” – Café \ufffd Council'))
    expect(r.squashed).toContain(squash('Ask “Friends of Llanfair” – café \ufffd ŵ'))
    expect(r.squashed).toContain('Siân')
  })

  it('lists the characters it could not show on the cover, and returns them', () => {
    expect(r.unsupported).toEqual(['😀'])
    expect(squash(r.pages[0]!)).toContain(squash('cannot show one character used in this report. It is shown as \ufffd instead: U+1F600 (emoji).'))
  })

  it('links every case study source', async () => {
    const { links } = await extractLinks(r.pdf)
    const sources = reportSection(r.report, 'case-studies').items.flatMap((c) => c.sources.map((s) => s.url))
    expect(sources.length).toBeGreaterThan(0)
    for (const url of sources) expect(links).toContain(url)
  })

  it('draws the chart as vectors and text, not as an image', () => {
    expect(r.raw).not.toMatch(/\/Subtype\s*\/Image/)
    for (const bar of chartFromResult(assess(fixtureContent(), fullyAnswered(fixtureContent()).assessment), fixtureContent().framework.bands).bars) {
      expect(r.squashed).toContain(squash(bar.valueLabel.text))
    }
    expect(r.squashed).toContain(squash('Amber from 40'))
  })

  it('repeats the table header on a page where a table continues', () => {
    // The running header is drawn last, so the page's text starts with the table's header row.
    const continued = r.pages.filter((p, i) => i > 0 && squash(p).startsWith('QuestionAnswer'))
    expect(continued.length).toBeGreaterThan(0)
  })
})

describe('renderPdf, for a combined workshop assessment', () => {
  let r: Rendered

  beforeAll(async () => {
    const content = fixtureContent()
    const room = respondents(content, [
      { 'a-essential': 'started', 'b-one': 'yes' },
      { 'a-essential': 'started', 'b-one': 'no' },
      { 'a-essential': 'in-place', 'b-one': 'dont-know' },
    ])
    const decisions = { agreed: {}, notes: {}, dissent: { 'b-one': 'The head of service thinks the answer is no.' } }
    r = await render(content, buildCombinedAssessment(content, room, aggregate(content, room), decisions, NOW))
  })

  it('says on the cover how many respondents it was combined from', () => {
    expect(squash(r.pages[0]!)).toContain(squash('Combined from 3 respondents'))
  })

  it('ends its appendices with how the room answered, on a page of its own, bookmarked with its themes', async () => {
    const mark = (await bookmarks(r.pdf)).find((m) => m.title === 'Appendix: how the room answered')
    expect(mark?.children).toEqual(['Assess alpha', 'Assess beta'])
    expect(squash(r.pages[mark!.page - 1]!).startsWith(squash('Appendix: how the room answered'))).toBe(true)
  })

  it('prints each answer the room gave with its count, the agreed answer and the dissent', () => {
    const page = r.pages.find((p) => squash(p).includes(squash('Appendix: how the room answered')) && p.includes('How the room answered'))!
    const text = squash(page)
    expect(text).toContain(squash("1 – Yes 1 – No 1 – Don't know"))
    expect(text).toContain(squash('2 – Some 1 – Most'))
    expect(text).toContain(squash('Disagreement recorded: The head of service thinks the answer is no.'))
  })
})

describe('renderPdf, for a fully answered assessment of the real content', () => {
  it('holds every answer, RAG word, section and bookmark', async () => {
    const content = realContent()
    const r = await render(content, fullyAnswered(content))
    const questions = reportSection(r.report, 'appendix').themes.flatMap((t) => t.questions)
    expect(questions.length).toBeGreaterThan(50)
    for (const q of questions) expect(appears(r, q.answerText), q.answerText).toBe(true)
    for (const t of reportSection(r.report, 'findings').themes) expect(r.squashed).toContain(squash(`${t.ragWord}${t.bandName ?? ''}`))
    for (const s of r.report.sections) expect(r.squashed).toContain(squash(s.title))
    expect((await bookmarks(r.pdf)).map((m) => m.title)).toEqual(r.report.sections.map((s) => s.title))
    expect(r.pages[0]!.replace(/\s+/g, ' ')).toContain(`Page 1 of ${r.pages.length}`)
  }, 60_000)
})
