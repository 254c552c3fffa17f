/**
 * Answer sets and helpers shared by the assess() specs (assess.spec.ts, recommend.spec.ts), over
 * the fixture content. See assess.spec.ts for a recap of the fixture's flags and case studies.
 */
import { assess } from '../../../src/engine/assess/assess'
import type { AnswerValue, Assessment } from '../../../src/engine/core/assessment'
import type { Content } from '../../../src/content/schema'
import type { Result } from '../../../src/engine/core/result'
import { assessmentWith, fixtureContent } from '../../support/content'

export const content = fixtureContent()

/** Every alpha answer in full: alpha scores 100 (Green) with its essential met. */
export const alphaInFull: Record<string, AnswerValue> = { 'a-essential': 'reviewed', 'a-yes': 'yes', 'a-multi': ['two', 'three'], 'a-hours': 40 }
/** Beta in full (b-health too, when health is chosen): beta scores 100. */
export const betaInFull: Record<string, AnswerValue> = { 'b-one': 'yes', 'b-two': 'reviewed', 'b-health': 'yes' }
/** Beta scoring 0: Red. */
export const betaRed: Record<string, AnswerValue> = { 'b-one': 'no', 'b-two': 'not-in-place' }
/** Beta scoring (2/2 + 0/3) ÷ 2 = 50: Amber. */
export const betaAmber: Record<string, AnswerValue> = { 'b-one': 'yes', 'b-two': 'not-in-place' }

export function run(answers: Record<string, AnswerValue>, extra: Partial<Assessment> = {}, using: Content = content): Result {
  return assess(using, assessmentWith(answers, extra))
}

export function caseStudy(result: Result, id: string) {
  return result.recommendations.caseStudies.find((c) => c.id === id)
}
