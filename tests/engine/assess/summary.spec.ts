/** The results first screen: three most serious risks, three recommendations with their strongest reasons. */
import { describe, expect, it } from 'vitest'
import { resultSummary, strongestReasons } from '@/engine/assess/summary'
import { assess } from '@/engine/assess/assess'
import { realContent } from '../../support/content'
import { referenceCouncils } from '../../content/calibration/councils'
import type { Reason } from '@/engine/core/result'

const reason = (text: string, points: number): Reason => ({ kind: 'theme', text, points })

describe('strongestReasons', () => {
  it('keeps the reasons with most points, ties in their original order', () => {
    const reasons = [reason('a', 1), reason('b', 5), reason('c', 3), reason('d', 5), reason('e', 2)]
    expect(strongestReasons(reasons, 3).map((r) => r.text)).toEqual(['b', 'd', 'c'])
    expect(strongestReasons(reasons.slice(0, 2), 3).map((r) => r.text)).toEqual(['b', 'a'])
  })
})

describe('resultSummary', () => {
  const content = realContent()
  const council = referenceCouncils.find((c) => c.id === 'northamptonshire-like')!
  const result = assess(content, council.assessment)
  const titles = Object.fromEntries([
    ...content.caseStudies.map((c) => [c.id, c.title]),
    ...content.governanceModels.map((m) => [m.id, m.name]),
    ...content.smarterServices.map((m) => [m.id, m.name]),
  ])
  const summary = resultSummary(result, titles)

  it('takes the three most serious risks, in the order of the full list', () => {
    expect(summary.risks.map((f) => f.id)).toEqual(result.flags.slice(0, 3).map((f) => f.id))
    expect(summary.risks[0]!.severity).toBe('critical')
    expect(summary.moreRisks).toBe(result.flags.length - 3)
  })

  it('recommends at most three things, the best of each kind first, each with its one strongest reason, without a closing full stop', () => {
    expect(summary.recommendations.length).toBeLessThanOrEqual(3)
    expect(summary.recommendations[0]).toMatchObject({
      kind: 'case-study',
      id: result.recommendations.caseStudies[0]!.id,
      title: titles[result.recommendations.caseStudies[0]!.id],
    })
    for (const rec of summary.recommendations) {
      expect(rec.reasons).toHaveLength(1)
      expect(rec.reasons[0]).not.toMatch(/\.$/)
    }
  })
})
