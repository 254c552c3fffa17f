/**
 * Calibration: the reference councils of questions/CALIBRATION.md, each run through the real
 * content and engine, must get the verdict a library-law specialist would sign: the legal
 * position, the overall RAG, the flags that must (or must not) appear, the themes that must be Red
 * or Green and the top recommendations.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/engine/assess/assess'
import type { Result } from '../../src/engine/core/result'
import { realContent } from '../support/content'
import { answerProblems } from '../support/solve'
import { referenceCouncils } from './calibration/councils'

const content = realContent()
const LEVEL = { High: 'high', Medium: 'medium', Low: 'low' } as const

const rag = (r: Result, themeId: string) => r.themes.find((t) => t.id === themeId)?.band?.rag
const flag = (r: Result, id: string) => r.flags.find((f) => f.id === id)

it('has at least 12 reference councils, each with facts and reasons', () => {
  expect(referenceCouncils.length).toBeGreaterThanOrEqual(12)
  for (const c of referenceCouncils) {
    expect(c.facts.length).toBeGreaterThan(20)
    expect(c.why.length).toBeGreaterThan(20)
  }
  expect(new Set(referenceCouncils.map((c) => c.id)).size).toBe(referenceCouncils.length)
})

describe.each(referenceCouncils.map((c) => [c.id, c] as const))('%s', (_id, council) => {
  const r = assess(content, council.assessment)
  const e = council.expected

  it('is a clean answer set for the real content', () => {
    expect(answerProblems(content, council.assessment)).toEqual([])
    expect(r.completeness.unanswered).toBe(0)
  })

  it(`has ${e.legal.toLowerCase()} legal risk, and the headline says so first`, () => {
    expect(r.legal.level).toBe(LEVEL[e.legal])
    expect(r.headline.text.startsWith(`${e.legal} legal risk`)).toBe(true)
  })

  it(`is ${e.overall} overall`, () => {
    expect(r.overall.band?.rag).toBe(e.overall)
  })

  it('raises the flags a specialist expects, at the right severity', () => {
    const ids = r.flags.map((f) => f.id)
    for (const id of e.flags ?? []) expect(ids, id).toContain(id)
    for (const id of e.critical ?? []) expect(flag(r, id)?.severity, id).toBe('critical')
    for (const id of e.absent ?? []) expect(ids, id).not.toContain(id)
    for (const id of e.notCritical ?? []) expect(flag(r, id)?.severity ?? 'not raised', id).not.toBe('critical')
    if (e.firstFlag) expect(r.flags[0]?.id).toBe(e.firstFlag)
  })

  it('rates the themes a specialist expects', () => {
    for (const id of e.red ?? []) expect(rag(r, id), id).toBe('Red')
    for (const id of e.green ?? []) expect(rag(r, id), id).toBe('Green')
    if (e.minGreen !== undefined) expect(r.themes.filter((t) => t.band?.rag === 'Green').length).toBeGreaterThanOrEqual(e.minGreen)
  })

  it('recommends what the facts call for', () => {
    const top = r.recommendations.caseStudies.slice(0, 6).map((c) => c.id)
    for (const id of e.topCaseStudies ?? []) expect(top, id).toContain(id)
    if (e.topModel) expect(r.recommendations.governanceModels[0]?.id).toBe(e.topModel)
    if (e.minOfficerQuestions !== undefined) expect(r.officerQuestions.length).toBeGreaterThanOrEqual(e.minOfficerQuestions)
  })

  it('never rates overall better than the legal position allows', () => {
    if (r.legal.level === 'high') expect(r.overall.band?.rag).toBe('Red')
    if (r.legal.level === 'medium') expect(r.overall.band?.rag).not.toBe('Green')
  })
})

describe('recommendations follow chosen priorities', () => {
  const health = referenceCouncils.find((c) => c.id === 'health-priority')!
  const r = assess(content, health.assessment)
  const healthStudies = content.caseStudies.filter((c) => c.kind === 'example' && c.tags.priorities.includes('health'))

  it('has at least three health case studies to choose from', () => {
    expect(healthStudies.length).toBeGreaterThanOrEqual(3)
  })

  it('puts health case studies in at least half of the top six', () => {
    const top = r.recommendations.caseStudies.slice(0, 6)
    expect(top.filter((c) => c.reasons.some((reason) => reason.kind === 'priority')).length).toBeGreaterThanOrEqual(3)
  })
})

describe('a council considering a delivery model', () => {
  const mutual = assess(content, referenceCouncils.find((c) => c.id === 'exploring-a-mutual')!.assessment)

  it('ranks that model first, with its cautions', () => {
    const first = mutual.recommendations.governanceModels[0]!
    expect(first.id).toBe('mutual')
    expect(first.reasons[0]?.text).toContain('considering')
    expect(first.cautions.length).toBeGreaterThan(0)
  })

  it("recommends the model's case studies, saying why", () => {
    const lu = mutual.recommendations.caseStudies.find((c) => c.id === 'libraries-unlimited-devon')
    expect(lu?.reasons.map((reason) => reason.kind)).toContain('model')
  })
})
