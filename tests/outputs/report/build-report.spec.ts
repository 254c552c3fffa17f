import { describe, expect, it } from 'vitest'
import { buildReport, formatDate, hasSection, MAX_CASE_STUDIES, reportSection } from '@/outputs/report/build-report'
import { newSavedAssessment, type SavedAssessment } from '@/engine/files/saved-file'
import { fixtureContent, realContent } from '../../support/content'
import { fullyAnswered, workshopOfThree } from '../../support/full-assessment'
import { reportFor } from '../../support/report-fixtures'

// Issue 10 added the questions to ask your officers, after the recommendations.
const ORDER = ['cover', 'summary', 'findings', 'recommendations', 'officer-questions', 'case-studies', 'options', 'action-plan', 'method', 'appendix', 'legal']

function full(edit: (saved: SavedAssessment) => void = () => {}) {
  const content = fixtureContent()
  const saved = fullyAnswered(content, { notes: { 'a-essential': 'Agreed by cabinet in 2025.' } })
  edit(saved)
  return { content, saved, ...reportFor(content, saved) }
}

/** The agreed position of three respondents, with one answer changed and one dissent recorded. */
function combined() {
  const content = fixtureContent()
  const saved = workshopOfThree(content)
  return { content, saved, ...reportFor(content, saved) }
}

function empty() {
  const content = fixtureContent()
  const saved = newSavedAssessment(content, '2026-04-01T09:00:00.000Z')
  return { content, saved, ...reportFor(content, saved) }
}

describe('buildReport', () => {
  describe.each([
    ['a full assessment', full],
    ['an empty assessment', empty],
  ])('for %s', (_name, make) => {
    it('has every section, in committee-report order', () => {
      expect(make().report.sections.map((s) => s.id)).toEqual(ORDER)
    })

    it('gives every section a title', () => {
      for (const s of make().report.sections) expect(s.title.trim()).not.toBe('')
    })

    it('lists every visible question in the appendix, in assessment order, and no hidden one', () => {
      const { report, result } = make()
      const listed = reportSection(report, 'appendix').themes.flatMap((t) => t.questions.map((q) => q.id))
      expect(listed).toEqual(result.questions.filter((q) => q.visible).map((q) => q.id))
    })

    it('prints a RAG word for every theme finding, taken from the Result', () => {
      const { report, result } = make()
      const findings = reportSection(report, 'findings').themes
      expect(findings.map((f) => f.ragWord)).toEqual(result.themes.map((t) => t.band?.rag ?? 'No score'))
      for (const f of findings) expect(['Red', 'Amber', 'Green', 'No score']).toContain(f.ragWord)
    })

    it('numbers recommendations 1, 2, 3 and so on', () => {
      const items = reportSection(make().report, 'recommendations').items
      expect(items.map((r) => r.number)).toEqual(items.map((_r, i) => i + 1))
    })

    it('takes every number from the Result', () => {
      const { report, result } = make()
      const summary = reportSection(report, 'summary')
      expect(summary.overall.score).toBe(result.overall.score)
      expect(summary.overall.rag).toBe(result.overall.band?.rag ?? null)
      expect(summary.essentials).toEqual({
        total: result.headline.essentialsTotal,
        met: result.headline.essentialsMet,
        partlyMet: result.headline.essentialsPartlyMet,
        notMet: result.headline.essentialsNotMet,
        unknown: result.headline.essentialsUnknown,
      })
      expect(summary.criticalRisks).toBe(result.headline.criticalFlags)
      expect(summary.headline).toBe(result.headline.text)
      const findings = reportSection(report, 'findings').themes
      expect(findings.map((f) => [f.id, f.score, f.bandName, f.explanation, f.nextLevel])).toEqual(
        result.themes.map((t) => [t.id, t.score, t.band?.name ?? null, t.explanation, t.nextLevel]),
      )
    })

    it('does not change the assessment or the Result', () => {
      const content = fixtureContent()
      const { saved, result } = make()
      const before = structuredClone({ saved, result })
      buildReport(content, saved, result, { generatedOn: '2026-04-01' })
      expect({ saved, result }).toEqual(before)
    })
  })

  it('puts the council, date, who completed it and the question set version on the cover', () => {
    const { report } = full()
    const details = Object.fromEntries(reportSection(report, 'cover').details.map((d) => [d.label, d.value]))
    expect(details).toMatchObject({
      Council: 'Anytown Borough Council',
      Date: '1 April 2026',
      'Completed by': 'Portfolio holder for libraries: Sam Example',
      'Question set version': '1.0.0',
    })
  })

  it('names only the role when the respondent gave no name', () => {
    const { report } = full((s) => delete s.assessment.profile['respondent-name'])
    const completedBy = reportSection(report, 'cover').details.find((d) => d.label === 'Completed by')
    expect(completedBy?.value).toBe('Portfolio holder for libraries')
  })

  it('says how many respondents a combined workshop assessment came from', () => {
    const { report } = full((s) => (s.combined = { respondents: 7, dissent: { 'a-yes': 'Two members disagreed.' } }))
    const details = reportSection(report, 'cover').details.map((d) => d.value)
    expect(details).toContain('Combined from 7 respondents')
    const question = reportSection(report, 'appendix')
      .themes.flatMap((t) => t.questions)
      .find((q) => q.id === 'a-yes')
    expect(question?.dissent).toBe('Two members disagreed.')
  })

  describe('for a combined workshop assessment', () => {
    it('says on the cover how many respondents it was combined from', () => {
      expect(reportSection(combined().report, 'cover').details).toContainEqual({ label: 'Completed by', value: 'Combined from 3 respondents' })
    })

    it('adds the spread appendix after the questions and answers', () => {
      expect(combined().report.sections.map((s) => s.id)).toEqual([...ORDER.slice(0, -1), 'spread', 'legal'])
    })

    it('lists each question the room answered, by theme in assessment order, with the agreed answer, the spread and the dissent', () => {
      const section = reportSection(combined().report, 'spread')
      expect(section.title).toBe('Appendix: how the room answered')
      expect(section.intro).toMatch(/^How the 3 respondents answered each question/)
      expect(section.themes).toEqual([
        {
          id: 'alpha',
          title: 'Assess alpha',
          questions: [
            {
              id: 'a-essential',
              short: 'Alpha essential',
              spread: ['2 – Some', '1 – Most'],
              disagreement: 'Close',
              agreed: 'Some',
              dissent: 'One officer says it is in place.',
            },
          ],
        },
        {
          id: 'beta',
          title: 'Assess beta',
          questions: [
            {
              id: 'b-one',
              short: 'Beta one',
              spread: ['1 – Yes', '1 – No', "1 – Don't know"],
              disagreement: 'Strong disagreement',
              agreed: 'Partly',
              dissent: null,
            },
          ],
        },
      ])
    })

    it('says why the spread is missing from a file combined before it was kept', () => {
      const { report } = full((s) => (s.combined = { respondents: 2, dissent: {} }))
      const section = reportSection(report, 'spread')
      expect(section.themes).toEqual([])
      expect(section.emptyText).toMatch(/saved before the tool kept how the room answered/)
    })
  })

  it.each([
    ['a full assessment', full],
    ['an empty assessment', empty],
  ])('has no spread appendix for %s by one person', (_name, make) => {
    expect(hasSection(make().report, 'spread')).toBe(false)
    expect(() => reportSection(make().report, 'spread')).toThrow('The report has no “spread” section.')
  })

  it('says "Not provided" for every skipped question and profile answer', () => {
    const { report } = empty()
    const appendix = reportSection(report, 'appendix')
    for (const q of appendix.themes.flatMap((t) => t.questions)) expect(q.answerText).toBe('Not provided')
    expect(appendix.profile.find((p) => p.label === 'Council name')?.value).toBe('Not provided')
  })

  it('gives each answer in words with its note', () => {
    const { report, result } = full()
    const questions = reportSection(report, 'appendix').themes.flatMap((t) => t.questions)
    expect(questions.map((q) => q.answerText)).toEqual(result.questions.filter((q) => q.visible).map((q) => q.answerText))
    expect(questions.find((q) => q.id === 'a-essential')?.note).toBe('Agreed by cabinet in 2025.')
    expect(questions.find((q) => q.id === 'a-essential')?.prompt).toBe('How far is the alpha essential in place?')
  })

  it('puts critical risks first, with the flag title and its action', () => {
    // A low alpha essential with reductions planned raises the critical fixture flag.
    const { report, result } = full((s) => (s.assessment.answers['a-essential'] = { value: 'started' }))
    expect(result.flags.some((f) => f.severity === 'critical')).toBe(true)
    const first = reportSection(report, 'recommendations').items[0]!
    expect(first).toMatchObject({ number: 1, kind: 'flag', severity: 'critical', label: 'Critical risk', title: 'Reductions without alpha', text: 'Do alpha.' })
  })

  it('follows the risks with the next level for each theme below the top band', () => {
    const { report, result } = full()
    const items = reportSection(report, 'recommendations').items
    const themeItems = items.filter((i) => i.kind === 'theme')
    expect(themeItems.map((i) => i.text)).toEqual(result.themes.filter((t) => t.nextLevel !== null).map((t) => t.nextLevel))
    expect(items.findIndex((i) => i.kind === 'theme')).toBe(items.filter((i) => i.kind === 'flag').length)
  })

  it(`shows at most ${MAX_CASE_STUDIES} case studies, in the Result’s order, with reasons and source links`, () => {
    const { report, result, content } = full()
    const items = reportSection(report, 'case-studies').items
    expect(items.map((c) => c.id)).toEqual(result.recommendations.caseStudies.slice(0, MAX_CASE_STUDIES).map((c) => c.id))
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      const study = content.caseStudies.find((c) => c.id === item.id)!
      expect(item.reasons.length).toBeGreaterThan(0)
      expect(item.sources.map((s) => s.url)).toEqual(study.sources)
      expect(item.summary).toBe(study.summary)
    }
  })

  it('lists governance models and smarter services with reasons and marks the cautions that apply', () => {
    const { report, result } = full()
    const [governance, smarter] = reportSection(report, 'options').groups
    expect(governance!.items.map((i) => i.id)).toEqual(result.recommendations.governanceModels.slice(0, 5).map((m) => m.id))
    expect(smarter!.items.map((i) => i.id)).toEqual(result.recommendations.smarterServices.slice(0, 5).map((m) => m.id))
    const cautions = governance!.items.flatMap((i) => i.cautions)
    expect(cautions).toEqual(result.recommendations.governanceModels.slice(0, 5).flatMap((m) => m.cautions))
  })

  it('copies the action plan rows with a reference number and dates in words', () => {
    const { report, saved } = full()
    const plan = reportSection(report, 'action-plan')
    expect(plan.rows).toHaveLength(saved.actionPlan.length)
    expect(plan.rows[0]).toEqual({
      ref: '1',
      action: 'Refresh the needs assessment before any decision',
      lead: 'Head of libraries',
      targetDate: '30 September 2026',
      measure: 'Assessment agreed by cabinet',
    })
  })

  it('explains each band with its minimum score and description', () => {
    const { report, content } = full()
    const method = reportSection(report, 'method')
    expect(method.bands.map((b) => [b.rag, b.min, b.description])).toEqual(content.framework.bands.map((b) => [b.rag, b.min, b.description]))
    expect(method.bands.map((b) => b.range)).toEqual(['0 to 39', '40 to 74', '75 to 100'])
    expect(method.rules.join(' ')).toMatch(/Don’t know/)
  })

  it('sets out the legal context from the content, with links to its sources, then the disclaimer', () => {
    const { content, report } = full()
    const paragraphs = reportSection(report, 'legal').paragraphs
    expect(paragraphs.map((p) => p.heading)).toEqual([...content.legalContext.map((p) => p.heading), 'Disclaimer'])
    content.legalContext.forEach((p, i) => {
      expect(paragraphs[i]?.text).toBe(p.text)
      expect(paragraphs[i]?.links.map((l) => l.url)).toEqual(p.refs.map((id) => content.references.find((r) => r.id === id)?.url))
    })
    expect(paragraphs.at(-1)?.text).toMatch(/Take your own legal advice/)
    expect(reportSection(report, 'summary').notLegalAdvice).toMatch(/not legal advice/)
  })

  it('covers section 7, section 8, the equality duty and the DCMS guidance in the real content', () => {
    const content = realContent()
    const legal = content.legalContext.map((p) => p.text).join(' ')
    expect(legal).toContain('comprehensive and efficient library service')
    expect(legal).toMatch(/Section 8/)
    expect(legal).toMatch(/Equality Act 2010/)
    expect(legal).toMatch(/Libraries as a statutory service/)
  })

  it('names the file after the council and the date passed in', () => {
    expect(full().report.fileName).toBe('library-self-assessment-anytown-borough-council-2026-04-01.pdf')
  })

  it('uses the council name as the PDF author, or the tool’s name when there is none', () => {
    expect(full().report.meta.author).toBe('Anytown Borough Council')
    expect(empty().report.meta.author).toBe('Library service self-assessment')
  })
})

describe('formatDate', () => {
  it.each([
    ['2026-04-01', '1 April 2026'],
    ['2026-12-25T10:00:00Z', '25 December 2026'],
    ['next spring', 'next spring'],
    ['', ''],
  ])('turns %j into %j', (iso, text) => {
    expect(formatDate(iso)).toBe(text)
  })
})
