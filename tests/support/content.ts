/** Test builders: fixture content and assessments. */
import { resolve } from 'node:path'
import { loadContent } from '../../build/read-content.ts'
import type { Assessment, AnswerValue } from '../../src/engine/core/assessment'
import type { Content } from '../../src/content/schema'

export const FIXTURE_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'content')
export const REAL_DIR = resolve(import.meta.dirname, '..', '..', 'questions')

let fixture: Content | undefined
export function fixtureContent(): Content {
  fixture ??= loadContent(FIXTURE_DIR)
  return structuredClone(fixture)
}

let real: Content | undefined
export function realContent(): Content {
  real ??= loadContent(REAL_DIR)
  return real
}

/** An assessment built from answers: `assessmentWith({ 'a-yes': 'yes' }, { profile: {...} })`. */
export function assessmentWith(answers: Record<string, AnswerValue>, extra: Partial<Assessment> = {}): Assessment {
  return {
    profile: extra.profile ?? {},
    priorities: extra.priorities ?? [],
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
  }
}
