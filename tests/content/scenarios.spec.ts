/**
 * Realistic councils, written out as full answer sets, run through the real content and engine.
 * Each expects what a reader of the legal background would expect: the Wirral, Surrey and
 * Northamptonshire patterns raise the right risks and lessons, and a well-evidenced council is
 * not flagged.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/engine/assess/assess'
import type { Result } from '../../src/engine/core/result'
import { realContent } from '../support/content'
import { answerProblems } from '../support/solve'
import { scenarios, type Scenario } from './scenario-councils'

const content = realContent()

const results = Object.fromEntries(Object.entries(scenarios).map(([name, a]) => [name, assess(content, a)])) as Record<Scenario, Result>

const flagIds = (r: Result, severity?: string) => r.flags.filter((f) => !severity || f.severity === severity).map((f) => f.id)
const rag = (r: Result, themeId: string) => r.themes.find((t) => t.id === themeId)?.band?.rag
const study = (r: Result, id: string) => r.recommendations.caseStudies.find((c) => c.id === id)
const model = (r: Result, id: string) => [...r.recommendations.governanceModels, ...r.recommendations.smarterServices].find((m) => m.id === id)
const applying = (r: Result, id: string) => (model(r, id)?.cautions ?? []).filter((c) => c.applies).map((c) => c.text)

describe.each(Object.keys(scenarios) as Scenario[])('%s', (name) => {
  it('is a full, clean answer set', () => {
    expect(answerProblems(content, scenarios[name])).toEqual([])
    expect(results[name].completeness.percent).toBe(100)
  })

  it('gets the same result every time', () => {
    const again = structuredClone(scenarios[name])
    expect(assess(content, again)).toEqual(results[name])
    expect(again).toEqual(scenarios[name])
  })
})

describe('a county closing branches with no needs assessment and a fixed plan', () => {
  const r = results['a county closing branches in a hurry']

  it('raises the critical risks the courts found', () => {
    expect(flagIds(r, 'critical')).toEqual(
      expect.arrayContaining([
        'reductions-without-needs-assessment',
        'consultation-after-decision',
        'no-equality-analysis-of-chosen-option',
        'equality-analysis-generic',
        'remaining-service-not-checked',
        'community-proposals-not-assessed',
      ]),
    )
    expect(flagIds(r)).not.toContain('charging-for-book-loans')
    // An accurate summary can be due regard, so a summary only is a warning (issue 10).
    expect(flagIds(r, 'warning')).toContain('equality-analysis-summary-only')
  })

  it('has high legal risk and is Red overall, whatever its maturity score', () => {
    expect(r.legal.level).toBe('high')
    expect(r.overall.band?.rag).toBe('Red')
    expect(r.headline.text).toMatch(/^High legal risk: /)
  })

  it('counts its critical risks in the headline', () => {
    const critical = flagIds(r, 'critical').length
    expect(r.headline.criticalFlags).toBe(critical)
    expect(r.headline.text).toContain(`${critical} critical risks`)
  })

  it.each(['needs', 'consultation', 'equality'])('is Red in %s', (themeId) => {
    expect(rag(r, themeId)).toBe('Red')
  })

  it('does not meet the essentials of the change itself', () => {
    const notMet = r.essentials.filter((e) => e.status === 'not-met').map((e) => e.questionId)
    expect(notMet).toEqual(
      expect.arrayContaining(['duty-remaining-service-checked', 'needs-change-assessed', 'equality-chosen-option', 'consultation-formative-stage']),
    )
  })

  it('recommends the Wirral and Northamptonshire lessons for the risks they illustrate', () => {
    expect(study(r, 'lesson-wirral-2009')?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'flag', text: 'Risk flagged: Reductions are planned without a current needs assessment' }),
    )
    expect(study(r, 'lesson-northamptonshire-2018')?.reasons.filter((reason) => reason.kind === 'flag').length).toBeGreaterThanOrEqual(3)
  })

  it('puts the Northamptonshire lesson, which matches the most risks, first', () => {
    expect(r.recommendations.caseStudies[0]?.id).toBe('lesson-northamptonshire-2018')
  })
})

describe('a well-evidenced unitary that chose Healthier and happier lives', () => {
  const r = results['a well-evidenced unitary that chose health']
  const health = 'You chose Healthier and happier lives'

  it('raises no flags', () => {
    expect(flagIds(r)).toEqual([])
    expect(r.headline.criticalFlags).toBe(0)
  })

  it('is Green in most themes and overall', () => {
    const green = r.themes.filter((t) => t.band?.rag === 'Green')
    expect(green.length).toBeGreaterThanOrEqual(r.themes.length - 2)
    expect(r.overall.band?.rag).toBe('Green')
  })

  it('meets every statutory essential', () => {
    expect(r.essentials.filter((e) => e.status !== 'met')).toEqual([])
  })

  it('recommends health case studies first', () => {
    const top = r.recommendations.caseStudies.slice(0, 3)
    expect(top).toHaveLength(3)
    for (const recommendation of top) expect(recommendation.reasons.map((reason) => reason.text)).toContain(health)
  })

  it('ranks its own type of council first among the health case studies', () => {
    expect(r.recommendations.caseStudies[0]?.reasons.map((reason) => reason.kind)).toEqual(['priority', 'council-type'])
  })
})

describe('a metropolitan district handing libraries to volunteers with no support plan', () => {
  const r = results['a metropolitan district handing libraries to volunteers']

  it('raises the critical Surrey risk', () => {
    expect(flagIds(r, 'critical')).toContain('volunteers-replace-staff-without-support')
  })

  it('recommends the Surrey lesson for it', () => {
    expect(study(r, 'lesson-surrey-2012')?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'flag', text: 'Risk flagged: Libraries are moving to volunteers without a clear training and support plan' }),
    )
  })

  it('recommends community-managed libraries with the Surrey and Northamptonshire cautions applying', () => {
    const cautions = applying(r, 'community-managed')
    expect(cautions.some((text) => text.includes('Surrey'))).toBe(true)
    expect(cautions.some((text) => text.includes('Northamptonshire'))).toBe(true)
  })

  it('puts the Surrey lesson first', () => {
    expect(r.recommendations.caseStudies[0]?.id).toBe('lesson-surrey-2012')
  })
})

describe('a London borough with an outside provider and no client-side capacity or exit plan', () => {
  const r = results['a London borough with an unwatched provider']

  it('raises the delivery risks, none of them critical', () => {
    expect(flagIds(r)).toEqual(
      expect.arrayContaining([
        'no-client-side-capacity',
        'provider-viability-not-monitored',
        'no-exit-plan-with-provider',
        'statutory-duty-accountability-unclear',
      ]),
    )
    expect(flagIds(r, 'critical')).toEqual([])
  })

  it('is Red in delivery', () => {
    expect(rag(r, 'delivery')).toBe('Red')
  })

  it('marks the Carillion caution as applying to its commissioned model', () => {
    expect(applying(r, 'commissioned').some((text) => text.includes('Carillion'))).toBe(true)
  })

  it('offers bringing the service in-house, with the Suffolk caution applying', () => {
    expect(model(r, 'in-house')?.reasons.length).toBeGreaterThan(0)
    expect(applying(r, 'in-house').some((text) => text.includes('Suffolk'))).toBe(true)
  })

  it('marks the Suffolk caution as applying to commissioning for outcomes', () => {
    expect(applying(r, 'commissioning').some((text) => text.includes('Suffolk'))).toBe(true)
  })
})

describe('a unitary that charges some people to borrow books', () => {
  const r = results['a unitary that charges some people to borrow books']

  it('raises charging for book loans as its one critical risk', () => {
    expect(flagIds(r, 'critical')).toEqual(['charging-for-book-loans'])
    expect(r.headline.text).toContain('1 critical risk;')
  })

  it('does not meet the free lending essential in full', () => {
    expect(r.essentials.find((e) => e.questionId === 'stock-book-lending-free')?.status).not.toBe('met')
  })

  // Section 8 allows no charge for lending books to anyone the council must serve, so a
  // service that charges some of them is not "well evidenced" on books and free lending.
  it('does not rate books and free lending Green', () => {
    expect(rag(r, 'stock')).not.toBe('Green')
  })
})
