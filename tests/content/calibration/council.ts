/**
 * The shape of a reference council of questions/CALIBRATION.md and the helpers that build one. The
 * councils are in councils-cases.ts (each repeating a court case or inquiry) and councils-practice.ts
 * (steady services, a book charge, delivery-model changes, a merger, "Don't know" and a priority).
 */
import type { Assessment } from '../../../src/engine/core/assessment'
import type { Answers } from './answers'

export type LegalLevel = 'High' | 'Medium' | 'Low'
export type Rag = 'Red' | 'Amber' | 'Green'

export interface Expected {
  legal: LegalLevel
  overall: Rag
  /** Flags that must be raised. */
  flags?: string[]
  /** Flags that must be raised as critical. */
  critical?: string[]
  /** Flags that must not be raised at all. */
  absent?: string[]
  /** Flags that may be raised, but must not be critical. */
  notCritical?: string[]
  /** The flag listed first. */
  firstFlag?: string
  red?: string[]
  green?: string[]
  /** At least this many themes Green. */
  minGreen?: number
  /** Case studies that must be among the first six recommended. */
  topCaseStudies?: string[]
  /** The governance model ranked first. */
  topModel?: string
  /** At least this many "questions to ask your officers". */
  minOfficerQuestions?: number
}

export interface ReferenceCouncil {
  id: string
  name: string
  /** The facts, in a sentence or two. */
  facts: string
  /** Why a specialist expects this verdict, with the research it rests on. */
  why: string
  assessment: Assessment
  expected: Expected
}

export function council(profile: Assessment['profile'], priorities: string[], ...sets: Answers[]): Assessment {
  const answers = Object.assign({}, ...sets) as Answers
  return {
    profile: { 'respondent-role': 'officer', ...profile },
    priorities,
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
  }
}

export const reductions = { 'changes-planned': 'reductions' }

export function without(answers: Answers, ...ids: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)))
}
