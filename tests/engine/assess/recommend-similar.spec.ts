/** "A council similar to yours": case studies about the council's nearest neighbours gain a reason, worth less than any chosen priority. */
import { describe, expect, it } from 'vitest'
import { assess } from '@/engine/assess/assess'
import { POINTS, recommendCaseStudies, type SimilarCouncils } from '@/engine/assess/recommend'
import type { Assessment } from '@/engine/core/assessment'
import type { Content } from '@/content/schema'
import { similarCaseStudies } from '@/engine/council'
import { realContent } from '../../support/content'
import { fullyAnswered } from '../../support/full-assessment'
import { contextFor } from '../../support/solve'
import { realIndex } from '../council/fixture'

function recommend(content: Content, assessment: Assessment, similar?: SimilarCouncils) {
  const result = assess(content, assessment)
  const ctx = contextFor(content, assessment, result)
  return { withoutData: result.recommendations.caseStudies, list: recommendCaseStudies(content, ctx, result.themes, result.flags, similar) }
}

describe('case studies from councils similar to yours', () => {
  const content = realContent()
  const saved = fullyAnswered(content, { profile: { 'council-code': 'E10000014', 'council-type': 'county' } })
  const similar = similarCaseStudies(realIndex(), 'E10000014')

  it('has Hampshire neighbours’ case studies in the data to test with', () => {
    expect(similar.size).toBeGreaterThan(0)
  })

  it('gives them the reason, worth 1 point, in place of the same-type reason (never both)', () => {
    const { list } = recommend(content, saved.assessment, similar)
    const liked = list.filter((r) => similar.has(r.id))
    expect(liked.length).toBeGreaterThan(0)
    for (const r of liked) {
      const likeness = r.reasons.filter((x) => x.kind === 'council-type')
      expect(likeness).toEqual([{ kind: 'council-type', text: similar.get(r.id)!.reason, points: POINTS.similarCouncil }])
      expect(likeness[0]!.text).toMatch(/^(A council similar to yours: .+ \(ONS nearest neighbours\)|About your own council)/)
    }
  })

  it('never recommends a case study for likeness alone, and adds at most 1 point, less than a chosen priority', () => {
    const { list, withoutData } = recommend(content, saved.assessment, similar)
    expect(new Set(list.map((r) => r.id))).toEqual(new Set(withoutData.map((r) => r.id)))
    const before = new Map(withoutData.map((r) => [r.id, r.relevance]))
    for (const r of list) expect(r.relevance - before.get(r.id)!).toBeLessThanOrEqual(POINTS.similarCouncil)
    expect(POINTS.similarCouncil).toBeLessThan(POINTS.priority)
  })

  it('keeps a case study serving a chosen priority above one that gained only likeness over it', () => {
    const { list, withoutData } = recommend(content, saved.assessment, similar)
    const serves = (r: { reasons: { kind: string }[] }) => r.reasons.some((x) => x.kind === 'priority')
    const before = new Map(withoutData.map((r) => [r.id, r.relevance]))
    for (const [i, a] of list.entries()) {
      for (const b of list.slice(i + 1)) {
        // If b serves a priority and a does not, a may be above b only on points it had without the data.
        if (serves(b) && !serves(a)) expect(before.get(a.id)!).toBeGreaterThanOrEqual(before.get(b.id)!)
      }
    }
  })

  it('changes nothing without the data', () => {
    const { list, withoutData } = recommend(content, saved.assessment)
    expect(list).toEqual(withoutData)
  })
})
