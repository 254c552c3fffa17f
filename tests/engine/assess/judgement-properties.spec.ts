/**
 * Properties of the judgement (issue 10) over random answer sets for the real content:
 *
 * - adding a critical risk never improves the legal position or the overall verdict;
 * - replacing the answer to a statutory essential with "Don't know" never improves the legal position;
 * - the overall RAG is never better than the legal position allows;
 * - the completeness counts add up, and "Don't know" is never counted as answered.
 *
 * Hidden questions never counting and raising one answer never lowering its theme are pinned in
 * properties.spec.ts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import { boundedOverall, LEGAL_RANK, legalPosition } from '../../../src/engine/assess/legal'
import { changesPlanned } from '../../../src/engine/assess/essential-lines'
import { DONT_KNOW } from '../../../src/content/schema'
import type { RaisedFlag, Result } from '../../../src/engine/core/result'
import { realContent } from '../../support/content'
import { assessments, sameVisibility, withAnswer } from './arbitraries'

const content = realContent()
const bands = content.framework.bands
const bandIndex = (result: Pick<Result['overall'], 'band'>) => bands.findIndex((b) => b.id === result.band?.id)
const dontKnowIds = (r: Result) => new Set(r.questions.filter((q) => q.essential && q.visible && q.status === 'dont-know').map((q) => q.id))

const aCriticalRisk: RaisedFlag = {
  id: 'made-up-critical',
  severity: 'critical',
  title: 'A made-up critical risk',
  why: 'For the test.',
  action: 'None.',
  because: 'Always.',
  references: [],
  lessons: [],
  legal: true,
  questionIds: [],
}

describe('the legal position over random answers for the real content', () => {
  it('never improves when a critical risk is added', () => {
    fc.assert(
      fc.property(assessments(content), (assessment) => {
        const r = assess(content, assessment)
        const legal = legalPosition(r.essentials, [...r.flags, aCriticalRisk], changesPlanned(assessment), dontKnowIds(r))
        expect(LEGAL_RANK[legal.level]).toBeLessThanOrEqual(LEGAL_RANK[r.legal.level])
        expect(legal.level).toBe('high')
        const overall = boundedOverall(r.maturity, legal, bands)
        if (r.overall.band) expect(bandIndex(overall)).toBeLessThanOrEqual(bandIndex(r.overall))
      }),
    )
  })

  it('never improves when the answer to a statutory essential is replaced by "Don\'t know"', () => {
    const essentials = content.themes.flatMap((t) => t.questions).filter((q) => q.essential && q.dontKnow)
    fc.assert(
      fc.property(assessments(content), fc.constantFrom(...essentials), (assessment, question) => {
        const unsure = withAnswer(assessment, question.id, DONT_KNOW)
        fc.pre(sameVisibility(content, assessment, unsure))
        const before = assess(content, assessment)
        const after = assess(content, unsure)
        expect(LEGAL_RANK[after.legal.level]).toBeLessThanOrEqual(LEGAL_RANK[before.legal.level])
        if (before.overall.band && after.overall.band) expect(bandIndex(after.overall)).toBeLessThanOrEqual(bandIndex(before.overall))
      }),
    )
  })

  it('never lets the overall RAG be better than the legal position allows', () => {
    fc.assert(
      fc.property(assessments(content), (assessment) => {
        const r = assess(content, assessment)
        if (!r.overall.band) return
        if (r.legal.level === 'high') expect(r.overall.band.rag).toBe('Red')
        if (r.legal.level === 'medium') expect(r.overall.band.rag).not.toBe('Green')
        expect(bandIndex(r.overall)).toBeLessThanOrEqual(bandIndex(r.maturity))
        if (r.flags.some((f) => f.severity === 'critical') || r.essentials.some((e) => e.status === 'not-met')) expect(r.overall.band.rag).toBe('Red')
      }),
    )
  })

  it('keeps answered, "Don\'t know" and unanswered apart, adding up to the visible questions', () => {
    fc.assert(
      fc.property(assessments(content), (assessment) => {
        const r = assess(content, assessment)
        const c = r.completeness
        expect(c.answered + c.dontKnow + c.unanswered).toBe(c.visible)
        expect(c.dontKnow).toBe(r.questions.filter((q) => q.visible && q.status === 'dont-know').length)
        expect(r.officerQuestions).toHaveLength(c.dontKnow)
      }),
    )
  })
})
