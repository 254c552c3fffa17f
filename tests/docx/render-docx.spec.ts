// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { docxFileName } from '@/docx/render-docx'
import { chartSvg } from '@/docx/chart-image'
import { reportSection } from '@/outputs/report/build-report'
import { chartFromResult } from '@/outputs/chart/theme-chart'
import { assess } from '@/engine/assess/assess'
import { fixtureContent, realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'
import { renderAndUnzip, xmlText, type UnzippedDocx } from './docx-zip'

describe('renderDocx, for a fully answered assessment of the fixture content', () => {
  let d: UnzippedDocx
  const council = 'Cyngor Llanfair ŵ – Łódź 中文 😀 \u202Egnp.exe'

  beforeAll(async () => {
    const content = fixtureContent()
    const saved = fullyAnswered(content, {
      profile: { 'council-name': council },
      notes: { 'a-essential': 'Note by Siân Łukasz: zażółć gęślą jaźń, Győr, 图书馆 📚' },
    })
    saved.actionPlan.push({ id: 'a3', action: 'Ask Friends of Llanfair ŵ', lead: 'Łucja', targetDate: '2027-01-15', measure: 'Agreed 👍', source: 'user' })
    d = await renderAndUnzip(content, saved)
  })

  it('is a Word document with the main parts', () => {
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml'])
      expect(Object.keys(d.files)).toContain(part)
  })

  it('uses real Heading 1 to 3 styles: the title, every section and every theme', () => {
    expect(d.headings[0]).toEqual({ level: 1, text: 'Library service self-assessment' })
    const sections = d.headings.filter((h) => h.level === 2).map((h) => h.text)
    expect(sections).toEqual(d.report.sections.slice(1).map((s) => s.title))
    const themes = d.headings.filter((h) => h.level === 3).map((h) => h.text)
    for (const t of reportSection(d.report, 'findings').themes) expect(themes).toContain(t.title)
    expect(d.files['word/styles.xml']).toMatch(/w:styleId="Heading1"/)
  })

  it('repeats the header row of every table with one, and keeps ordinary rows whole', () => {
    const tables = d.document.split('<w:tbl>').slice(1)
    const withHead = tables.filter((t) => t.includes('<w:tblHeader/>'))
    // Every table but the cover's list of details has a header row.
    expect(withHead.length).toBe(tables.length - 1)
    expect(d.document).toContain('<w:cantSplit/>')
    for (const t of withHead) expect(t.indexOf('<w:tblHeader/>')).toBeLessThan(t.indexOf('</w:tr>'))
  })

  it('puts the action plan in an editable table with every row', () => {
    const plan = reportSection(d.report, 'action-plan')
    const table = d.document
      .split('<w:tbl>')
      .slice(1)
      .find((t) => xmlText(t).startsWith(plan.columns.join('')))
    expect(table).toBeDefined()
    expect(table!.split('<w:tr>').length - 1).toBe(plan.rows.length + 1)
    expect(xmlText(table!)).toContain('Ask Friends of Llanfair ŵŁucja15 January 2027Agreed 👍')
  })

  it('numbers the recommendations with a Word numbered list', () => {
    const items = reportSection(d.report, 'recommendations').items
    expect(items.length).toBeGreaterThan(1)
    expect(d.document.match(/<w:numId w:val="\d+"\/>/g)!.length).toBeGreaterThanOrEqual(items.length)
    expect(d.files['word/numbering.xml']).toContain('w:val="%1."')
  })

  it('shows the chart as an image with alternative text, then its data table', () => {
    const drawings = [...d.document.matchAll(/<wp:docPr [^>]*>/g)].map((m) => m[0])
    expect(drawings.length).toBe(1)
    expect(drawings[0]).toMatch(/descr="Scores out of 100 for \d+ themes[^"]+"/)
    expect(drawings[0]).toContain('title="Score out of 100 for each theme"')
    expect(Object.keys(d.files).some((f) => f.startsWith('word/media/') && f.endsWith('.svg'))).toBe(true)
    expect(Object.keys(d.files).some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(true)
    const afterChart = xmlText(d.document.slice(d.document.indexOf('<wp:docPr')))
    expect(afterChart.startsWith('ThemeScoreRAG ratingBand')).toBe(true)
  })

  it('keeps every letter: Welsh, Polish, Hungarian, Chinese and emoji, and removes the bidirectional override', () => {
    const text = xmlText(d.document)
    expect(text).toContain('Cyngor Llanfair ŵ – Łódź 中文 😀 gnp.exe')
    expect(text).toContain('Note: Note by Siân Łukasz: zażółć gęślą jaźń, Győr, 图书馆 📚')
    expect(d.document).not.toContain('\u202E')
    expect(d.files['docProps/core.xml']).toContain('Library service self-assessment: Cyngor Llanfair ŵ – Łódź 中文 😀 gnp.exe')
  })

  it('says "Page x of y" in the footer and the title in the header, in British English', () => {
    const footer = Object.entries(d.files).find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1]
    expect(footer).toMatch(/PAGE/)
    expect(footer).toMatch(/NUMPAGES/)
    expect(xmlText(footer)).toContain('Page')
    const header = Object.entries(d.files).find(([name]) => /^word\/header\d*\.xml$/.test(name))![1]
    expect(xmlText(header)).toContain('1 April 2026')
    expect(d.files['word/styles.xml']).toContain('w:val="en-GB"')
  })

  it('makes links of the sources, with their link text', () => {
    expect(d.document).toContain('<w:hyperlink')
    const rels = d.files['word/_rels/document.xml.rels']!
    for (const s of reportSection(d.report, 'case-studies').items.flatMap((c) => c.sources)) expect(rels).toContain(s.url.replace(/&/g, '&amp;'))
  })

  it('is named like the PDF, ending .docx', () => {
    expect(docxFileName(d.report)).toBe(d.report.fileName.replace(/\.pdf$/, '.docx'))
  })
})

describe('renderDocx, with questions to ask officers', () => {
  it('numbers them as a list of their own, starting again at 1', async () => {
    const content = fixtureContent()
    const saved = fullyAnswered(content)
    const scale = content.themes.flatMap((t) => t.questions).filter((q) => q.kind === 'scale' || q.kind === 'yes-partly-no')
    for (const q of scale.slice(0, 2)) saved.assessment.answers[q.id] = { value: 'dont-know' }
    const d = await renderAndUnzip(content, saved)
    const questions = reportSection(d.report, 'officer-questions')
    expect(questions.items.length).toBeGreaterThan(0)
    const numIds = [...d.document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])
    // Bullets use one list; the recommendations and the officer questions each have their own.
    expect(new Set(numIds).size).toBeGreaterThanOrEqual(3)
    const section = d.document.slice(d.document.indexOf(questions.title))
    const first = /<w:numId w:val="(\d+)"\/>/.exec(section)?.[1]
    const recommendation = /<w:numId w:val="(\d+)"\/>/.exec(d.document.slice(d.document.indexOf(reportSection(d.report, 'recommendations').title)))?.[1]
    expect(first).not.toBe(recommendation)
    expect(xmlText(section)).toContain(questions.items[0]!.prompt)
  })
})

describe('renderDocx, for the real content', () => {
  it('holds every answer of the appendix and every section heading', async () => {
    const content = realContent()
    const d = await renderAndUnzip(content, fullyAnswered(content))
    const text = xmlText(d.document)
    const answers = reportSection(d.report, 'appendix').themes.flatMap((t) => t.questions)
    expect(answers.length).toBeGreaterThan(50)
    for (const q of answers) expect(text).toContain(q.answerText)
    expect(d.headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual(d.report.sections.slice(1).map((s) => s.title))
  }, 60_000)
})

describe('chartSvg', () => {
  it('draws every bar and its value label, escaping text', () => {
    const chart = chartFromResult(assess(fixtureContent(), fullyAnswered(fixtureContent()).assessment), fixtureContent().framework.bands)
    const svg = chartSvg({ ...chart, bars: chart.bars.map((b, i) => (i === 0 ? { ...b, label: [{ ...b.label[0]!, text: 'A & <B>' }] } : b)) })
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('A &amp; &lt;B&gt;')
    for (const bar of chart.bars) expect(svg).toContain(`>${bar.valueLabel.text}</text>`)
  })
})
