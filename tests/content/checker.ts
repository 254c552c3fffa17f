/**
 * Helpers for the tests of the content checker (validation.spec.ts, facts.spec.ts): a fresh copy
 * of the fixture content to break, and the ContentError the checker throws for it.
 */
import { readRawContent } from '../../build/read-content.ts'
import { ContentError } from '../../src/content/content-error'
import { validateContent, type RawContent } from '../../src/content/validate-content'
import { FIXTURE_DIR } from '../support/content'

export type Yaml = Record<string, unknown>

/** A fresh copy of the fixture content as parsed YAML, to break. */
export function rawFixture(): RawContent {
  return structuredClone(readRawContent(FIXTURE_DIR).raw)
}

/** The ContentError thrown by `check`, or a failure when nothing is thrown. */
export function contentErrorFrom(check: () => unknown): ContentError {
  try {
    check()
  } catch (e) {
    if (e instanceof ContentError) return e
    throw e
  }
  throw new Error('Expected a ContentError, but the content was accepted')
}

/**
 * The ContentError when `breakIt` is applied to a copy of the fixture. `exempt` lists files the
 * figure rule does not yet stop (the checker's default when left out).
 */
export function brokenBy(breakIt: (raw: RawContent) => void, exempt?: string[]): ContentError {
  const raw = rawFixture()
  breakIt(raw)
  return contentErrorFrom(() => (exempt ? validateContent(raw, exempt) : validateContent(raw)))
}
