/**
 * The judgement in the report model over the real questions: the legal position and its risks,
 * and what the results page shows, the same in the report (issue 10 and the "report" requests).
 */
import { describe, expect, it } from 'vitest'
import { reportSection } from '@/outputs/report/build-report'
import type { SavedAssessment } from '@/engine/files/saved-file'
import { realContent } from '../../support/content'
import { fullyAnswered } from '../../support/full-assessment'
import { reportFor } from '../../support/report-fixtures'

describe('the judgement in the report (issue 10)', () => {
  const content = realContent()
  const dontKnow = (saved: SavedAssessment) => {
    for (const id of ['needs-assessment-current', 'equality-chosen-option', 'consultation-change-stage', 'strategy-plan'])
      saved.assessment.answers[id] = { value: 'dont-know' }
  }
  const saved = fullyAnswered(content, { profile: { 'changes-planned': 'reductions' } })
  dontKnow(saved)
  const { report, result } = reportFor(content, saved)
  const summary = reportSection(report, 'summary')

  it('leads the summary with the legal position and its reasons', () => {
    expect(summary.legal).toEqual({ level: result.legal.level, label: result.legal.label, summary: result.legal.summary, reasons: result.legal.reasons })
    expect(summary.legal.label).toBe('High legal risk')
    expect(summary.paragraphs[0]).toBe(`High legal risk. ${result.legal.summary}`)
    expect(summary.headline).toMatch(/^High legal risk: /)
    expect(summary.maturityText).toBe(result.maturity.text)
  })

  it('puts the legal position on the cover', () => {
    expect(reportSection(report, 'cover').details).toContainEqual({ label: 'Legal position', value: 'High legal risk' })
  })

  it('counts answered, "Don\'t know" and unanswered apart', () => {
    expect(summary.completeness).toMatchObject({ answered: result.completeness.answered, dontKnow: 4, unanswered: result.completeness.unanswered })
    expect(summary.completeness.text).toContain("4 answered “Don't know”")
    expect(reportSection(report, 'cover').details.find((d) => d.label === 'Questions answered')?.value).toContain("4 answered “Don't know”")
  })

  it('lists every "Don\'t know" as a question to ask officers, essentials first', () => {
    const items = reportSection(report, 'officer-questions').items
    expect(items.map((i) => i.questionId)).toEqual(result.officerQuestions.map((q) => q.questionId))
    expect(items).toHaveLength(4)
    expect(items.slice(0, 2).map((i) => i.label)).toEqual(['Statutory essential', 'Statutory essential'])
    expect(items.at(-1)).toMatchObject({ questionId: 'strategy-plan', label: null, number: 4 })
    expect(items[0]?.prompt).toBe(content.themes.flatMap((t) => t.questions).find((q) => q.id === items[0]?.questionId)?.prompt)
  })

  it('says so when nothing was answered "Don\'t know"', () => {
    const sure = reportFor(content, fullyAnswered(content)).report
    expect(reportSection(sure, 'officer-questions')).toMatchObject({ items: [], emptyText: 'No question was answered “Don’t know”.' })
  })

  it('gives each governance model its prerequisites', () => {
    const group = reportSection(report, 'options').groups[0]!
    for (const item of group.items) expect(item.prerequisites).toEqual(content.governanceModels.find((m) => m.id === item.id)?.prerequisites)
  })

  it('says why a theme is held below its score', () => {
    const held = reportSection(report, 'findings').themes.find((t) => t.capped)
    expect(held?.capReason).toBe(result.themes.find((t) => t.id === held?.id)?.capReason)
    expect(held?.capReason).toBeTruthy()
  })
})

describe('what the results page shows, in the report too (requests from "report")', () => {
  const content = realContent()
  const saved = fullyAnswered(content, { profile: { 'changes-planned': 'reductions' } })
  const { report, result } = reportFor(content, saved)

  it('lists every governance model that fits, with its examples by title', () => {
    const group = reportSection(report, 'options').groups[0]!
    expect(group.items.map((i) => i.id)).toEqual(result.recommendations.governanceModels.map((m) => m.id))
    for (const item of group.items) {
      const model = content.governanceModels.find((m) => m.id === item.id)!
      expect(item.examples).toEqual(model.examples.map((id) => content.caseStudies.find((c) => c.id === id)?.title ?? id))
    }
  })

  it('points to every legal lesson the risks raised name, once each, with the risks', () => {
    const lessons = reportSection(report, 'case-studies').lessons
    expect(lessons.map((l) => l.id)).toEqual([...new Set(result.flags.flatMap((f) => f.lessons))])
    for (const lesson of lessons) expect(lesson.reason).toMatch(/^Risk flagged: /)
  })

  it('titles a case-study source by its reference where the content has one', () => {
    const links = reportSection(report, 'case-studies').items.flatMap((i) => i.sources)
    const titled = links.filter((l) => l.text !== l.url)
    for (const link of titled) expect(content.references.some((r) => r.title === link.text)).toBe(true)
  })
})
