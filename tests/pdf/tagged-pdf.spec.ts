// @vitest-environment node
/**
 * The PDF as a screen reader meets it: tagged, with a structure tree whose headings, paragraphs,
 * list items, table cells and figure hold the report's text in reading order. Read two ways:
 * with pdf.js (through unpdf), always, and with poppler's `pdfinfo` where it is installed.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { extractText, getDocumentProxy } from 'unpdf'
import { renderPdf } from '@/pdf/render-pdf'
import { buildReport, reportSection, type ReportModel } from '@/outputs/report/build-report'
import { chartFromResult } from '@/outputs/chart/theme-chart'
import { assess } from '@/engine/assess/assess'
import { realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'
import { pdfFonts } from './pdf-fonts'
import { all, structure, type StructNode } from './pdf-structure'

const squash = (s: string) => s.replace(/\s+/g, '')

describe('the tagged PDF of a fully answered assessment, with Welsh and Polish names', () => {
  let report: ReportModel
  let bytes: Uint8Array
  let raw: string
  let elements: StructNode[]
  let text: string

  beforeAll(async () => {
    const content = realContent()
    const saved = fullyAnswered(content, {
      profile: { 'council-name': 'Cyngor Sir Llanfairpwllgwyngyll', 'respondent-name': 'Gwenllïan ap Rhŵs' },
      notes: { [content.themes[0]!.questions[0]!.id]: 'Łódź, Gdańsk: zażółć gęślą jaźń. Tŷ Gŵyl, Győr.' },
    })
    saved.actionPlan.push({
      id: 'a3',
      action: 'Meet the Friends of Llanfair library (ŵ, ŷ)',
      lead: 'Łucja Wąsik',
      targetDate: '2027-01-15',
      measure: 'Notes sent',
      source: 'user',
    })
    const result = assess(content, saved.assessment)
    report = buildReport(content, saved, result, { generatedOn: '2026-04-01' })
    bytes = renderPdf(report, chartFromResult(result, content.framework.bands), pdfFonts()).bytes
    raw = Buffer.from(bytes).toString('latin1')
    const pdf = await getDocumentProxy(bytes.slice())
    elements = all(await structure(pdf, bytes))
    text = (await extractText(pdf, { mergePages: true })).text
  }, 60_000)

  it('keeps every Welsh and Polish letter in the text layer', () => {
    for (const s of ['Cyngor Sir Llanfairpwllgwyngyll', 'Gwenllïan ap Rhŵs', 'Łódź, Gdańsk: zażółć gęślą jaźń. Tŷ Gŵyl, Győr.', 'Łucja Wąsik', '(ŵ, ŷ)']) {
      expect(squash(text)).toContain(squash(s))
    }
  })

  it('says it is tagged, in British English, with tab order by structure on every page', () => {
    expect(raw).toContain('/MarkInfo <</Marked true>>')
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/)
    expect(raw).toContain('/Lang (en-GB)')
    expect(raw.startsWith('%PDF-1.7')).toBe(true)
    const pages = (raw.match(/\/Type \/Page\b/g) ?? []).length
    expect((raw.match(/\/Tabs \/S/g) ?? []).length).toBe(pages)
    expect((raw.match(/\/StructParents \d+/g) ?? []).length).toBe(pages)
  })

  it('embeds its font as a subset, not the whole font', () => {
    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/)
    expect(bytes.length).toBeLessThan(700_000)
  })

  it('tags every heading of the report as H1, H2 or H3, in order', () => {
    const headings = elements.filter((e) => /^H[123]$/.test(e.role)).map((e) => squash(e.text))
    expect(headings[0]).toBe(squash('Library service self-assessment'))
    const sections = elements.filter((e) => e.role === 'H2').map((e) => squash(e.text))
    expect(sections).toEqual(report.sections.slice(1).map((s) => squash(s.title)))
    const themes = elements.filter((e) => e.role === 'H3').map((e) => squash(e.text))
    for (const t of reportSection(report, 'findings').themes) expect(themes).toContain(squash(t.title))
  })

  it('tags tables with header cells, each holding its text, and the action plan row by row', () => {
    const tables = elements.filter((e) => e.role === 'Table')
    expect(tables.length).toBeGreaterThan(15)
    const columnHeads = tables.map((t) => t.children[0]!.children.filter((c) => c.role === 'TH').map((c) => c.text))
    expect(columnHeads).toContainEqual(reportSection(report, 'action-plan').columns)
    expect(columnHeads).toContainEqual(['Theme', 'Score', 'RAG rating', 'Band'])
    const plan = tables.find((t) => t.children[0]!.text.startsWith('Ref'))!
    expect(plan.children.length).toBe(reportSection(report, 'action-plan').rows.length + 1)
    expect(plan.children.at(-1)!.children.map((c) => c.text)).toEqual([
      '3',
      'Meet the Friends of Llanfair library (ŵ, ŷ)',
      'Łucja Wąsik',
      '15 January 2027',
      'Notes sent',
    ])
  })

  it('tags the chart as a figure whose alternative text gives every score', () => {
    const figures = elements.filter((e) => e.role === 'Figure')
    expect(figures.length).toBe(1)
    for (const t of reportSection(report, 'findings').themes) expect(figures[0]!.alt).toContain(t.title)
  })

  it('tags bullets and numbered recommendations as lists, and sources as links', () => {
    const lists = elements.filter((e) => e.role === 'L')
    expect(lists.length).toBeGreaterThan(5)
    const numbered = lists.find((l) => l.children[0]?.children[0]?.text === '1.')!
    expect(numbered.children.length).toBe(reportSection(report, 'recommendations').items.length)
    expect(elements.filter((e) => e.role === 'Link').length).toBeGreaterThan(3)
  })

  it('never leaves a heading alone at the foot of a page: what follows it starts on the same page', () => {
    const body = elements[0]!.children
    const checked = body.flatMap((e, i) => (/^H[23]$/.test(e.role) && body[i + 1] ? [[e, body[i + 1]!] as const] : []))
    expect(checked.length).toBeGreaterThan(30)
    for (const [heading, next] of checked) expect(next.pages[0], `${heading.text} is on page ${heading.pages.at(-1)}`).toBe(heading.pages.at(-1))
  })

  it('draws nothing outside marked content: every text and shape is tagged or an artifact', () => {
    const objects = new Map([...raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)].map((m) => [Number(m[1]), m[2]!]))
    const contents = [...objects.values()].filter((b) => /\/Type \/Page\b/.test(b)).map((b) => Number(/\/Contents (\d+) 0 R/.exec(b)![1]))
    let drawn = 0
    for (const id of contents) {
      const body = objects.get(id)!
      const stream = body.slice(body.indexOf('stream') + 6).replace(/^\r?\n/, '')
      const ops = inflateSync(Buffer.from(stream.slice(0, stream.lastIndexOf('endstream')), 'latin1'))
        .toString('latin1')
        .split('\n')
      let depth = 0
      for (const op of ops.map((o) => o.trim())) {
        if (/B[DM]C$/.test(op)) depth++
        else if (op === 'EMC') depth--
        else if (/(Tj|TJ|\bre|\bf|\bS|\bB)$/.test(op)) {
          drawn++
          expect(depth, op).toBeGreaterThan(0)
        }
      }
      expect(depth).toBe(0)
    }
    expect(drawn).toBeGreaterThan(1000)
  })

  it('keeps running headers and page numbers out of the structure', () => {
    const tagged = elements.map((e) => e.text).join(' ')
    expect(tagged).not.toMatch(/Page \d+ of \d+/)
  })

  it('passes poppler’s reading of the structure, where poppler is installed', () => {
    const pdfinfo = spawnSync('pdfinfo', ['-v'])
    if (pdfinfo.error) {
      // Without poppler, the pdf.js checks above are the whole check.
      expect(elements.length).toBeGreaterThan(100)
      return
    }
    const file = join(mkdtempSync(join(tmpdir(), 'tagged-')), 'report.pdf')
    writeFileSync(file, bytes)
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout
    expect(info).toMatch(/Tagged:\s+yes/)
    const tree = spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout
    const flat = squash(tree.replace(/"/g, ''))
    // Every section heading in reading order, and the action plan's column headers after its heading.
    let at = 0
    for (const title of report.sections.map((s) => s.title)) {
      const found = flat.indexOf(squash(title), at)
      expect(found, title).toBeGreaterThanOrEqual(0)
      at = found
    }
    at = flat.indexOf(squash('Action plan'))
    for (const column of reportSection(report, 'action-plan').columns) {
      const found = flat.indexOf(`TH:/Scope/Column${squash(column)}`, at)
      expect(found, column).toBeGreaterThan(at)
      at = found
    }
    expect(tree).toMatch(/TH:\s*\n\s*\/Scope \/Column/)
  })
})
