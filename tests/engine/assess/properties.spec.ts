/**
 * Properties of assess() over random answer sets, for the fixture content and for the real
 * content in questions/. The arbitraries are built from the content itself: every question
 * draws from the values it can have ("Don't know" and "Not applicable" where offered, or no
 * answer), the profile from its fields and the priorities from any subset.
 *
 * The content is loaded inside each test, so a mistake in questions/ fails these tests with
 * the ContentError's list of problems rather than stopping the whole file.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import type { Answer, AnswerValue, Assessment } from '../../../src/engine/core/assessment'
import { DONT_KNOW, NOT_APPLICABLE, type Content, type ProfileField, type Question } from '../../../src/content/schema'
import { isScored, optionsOf } from '../../../src/engine/core/question-model'
import type { Result } from '../../../src/engine/core/result'
import { allQuestions, pointsFor, visibility } from '../../../src/engine/assess/scoring'
import { fixtureContent, realContent } from '../../support/content'

/** A value this question can have, not counting "Don't know" and "Not applicable". */
function realAnswer(question: Question, content: Content): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case 'scale':
    case 'yes-partly-no':
      return fc.constantFrom(...optionsOf(question, content.framework).map((o) => o.value))
    case 'multiple': {
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.value)
      const others = question.options.filter((o) => !o.exclusive).map((o) => o.value)
      const some = fc.subarray(others, { minLength: 1 })
      return exclusive.length > 0 ? fc.oneof(some, fc.constantFrom(...exclusive).map((v) => [v])) : some
    }
    case 'number': {
      const edges = (question.thresholds ?? []).flatMap((t) => [t.atLeast - 1, t.atLeast]).filter((n) => n >= question.min)
      const any = fc.integer({ min: question.min, max: question.max ?? question.min + 200 })
      return edges.length > 0 ? fc.oneof(any, fc.constantFrom(...edges)) : any
    }
    case 'text':
      return fc.string({ minLength: 1, maxLength: 20 })
  }
}

/** Any answer a council could give this question, or none (undefined). */
function anyAnswer(question: Question, content: Content): fc.Arbitrary<AnswerValue | undefined> {
  const special = [...(question.dontKnow ? [DONT_KNOW] : []), ...(question.notApplicable ? [NOT_APPLICABLE] : [])]
  return fc.oneof(
    { weight: 4, arbitrary: realAnswer(question, content) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    ...(special.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom<AnswerValue | undefined>(...special) }] : []),
  )
}

function answersFor(questions: Question[], content: Content): fc.Arbitrary<Record<string, Answer>> {
  return fc
    .record(Object.fromEntries(questions.map((q) => [q.id, anyAnswer(q, content)])))
    .map((values) => Object.fromEntries(Object.entries(values).flatMap(([id, value]) => (value === undefined ? [] : [[id, { value }]]))))
}

function profileValue(field: ProfileField): fc.Arbitrary<string | number | undefined> {
  const value: fc.Arbitrary<string | number> =
    field.kind === 'choice'
      ? fc.constantFrom(...field.options.map((o) => o.value))
      : field.kind === 'number'
        ? fc.integer({ min: field.min, max: field.max ?? field.min + 1_000_000 })
        : fc.string({ maxLength: 30 })
  return fc.option(value, { nil: undefined })
}

function assessments(content: Content): fc.Arbitrary<Assessment> {
  const profile = fc
    .record(Object.fromEntries(content.profile.map((f) => [f.id, profileValue(f)])))
    .map((values) => Object.fromEntries(Object.entries(values).filter((e): e is [string, string | number] => e[1] !== undefined)))
  const priorities = fc.subarray(content.priorities.map((p) => p.id))
  const answers = answersFor(
    allQuestions(content).map(({ question }) => question),
    content,
  )
  return fc.record({ profile, priorities, answers })
}

function withAnswer(assessment: Assessment, id: string, value: AnswerValue | undefined): Assessment {
  const answers = { ...assessment.answers }
  if (value === undefined) delete answers[id]
  else answers[id] = { value }
  return { ...assessment, answers }
}

/** Points a value earns, with "Don't know" and no answer as 0. */
function pointsOf(question: Question, value: AnswerValue | undefined, content: Content): number {
  if (value === undefined || value === DONT_KNOW) return 0
  return pointsFor(question, value, content.framework) ?? 0
}

/** A scored question and two values for it, lower first: either may be "Don't know" or none. */
function twoAnswersToOneQuestion(content: Content) {
  const scored = allQuestions(content).filter(({ question }) => isScored(question, content.framework))
  return fc.constantFrom(...scored).chain(({ question, themeId }) => {
    const value = fc.oneof(
      { weight: 4, arbitrary: realAnswer(question, content) },
      { weight: 1, arbitrary: fc.constantFrom<AnswerValue | undefined>(undefined, ...(question.dontKnow ? [DONT_KNOW] : [])) },
    )
    return fc.tuple(value, value).map(([a, b]) => {
      const [lower, higher] = pointsOf(question, a, content) <= pointsOf(question, b, content) ? [a, b] : [b, a]
      return { question, themeId, lower, higher }
    })
  })
}

function sameVisibility(content: Content, a: Assessment, b: Assessment): boolean {
  const left = visibility(content, a)
  const right = visibility(content, b)
  return [...left].every(([id, visible]) => right.get(id) === visible)
}

function themeIn(result: Result, id: string) {
  const theme = result.themes.find((t) => t.id === id)
  if (!theme) throw new Error(`No theme "${id}"`)
  return theme
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

describe.each([
  ['the fixture content', fixtureContent],
  ['the real content in questions/', realContent],
])('assess over random answers for %s', (_name, load) => {
  it('keeps every theme score and the overall score a whole number from 0 to 100, with a band exactly when there is a score', () => {
    const content = load()
    fc.assert(
      fc.property(assessments(content), (assessment) => {
        const result = assess(content, assessment)
        for (const scored of [...result.themes, result.overall]) {
          if (scored.score === null) {
            expect(scored.band).toBeNull()
            continue
          }
          expect(Number.isInteger(scored.score)).toBe(true)
          expect(scored.score).toBeGreaterThanOrEqual(0)
          expect(scored.score).toBeLessThanOrEqual(100)
          expect(scored.band).not.toBeNull()
        }
      }),
    )
  })

  it("never lowers a theme's score when one answer earns more points", () => {
    const content = load()
    fc.assert(
      fc.property(assessments(content), twoAnswersToOneQuestion(content), (assessment, { question, themeId, lower, higher }) => {
        const low = withAnswer(assessment, question.id, lower)
        const high = withAnswer(assessment, question.id, higher)
        // An answer can show or hide later questions; that is a different change.
        fc.pre(sameVisibility(content, low, high))
        const before = themeIn(assess(content, low), themeId).score ?? 0
        const after = themeIn(assess(content, high), themeId).score ?? 0
        expect(after).toBeGreaterThanOrEqual(before)
      }),
    )
  })

  it("never raises a theme's band when one answer earns fewer points", () => {
    const content = load()
    const bandIndex = (id: string | undefined) => content.framework.bands.findIndex((b) => b.id === id)
    fc.assert(
      fc.property(assessments(content), twoAnswersToOneQuestion(content), (assessment, { question, themeId, lower, higher }) => {
        const low = withAnswer(assessment, question.id, lower)
        const high = withAnswer(assessment, question.id, higher)
        fc.pre(sameVisibility(content, low, high))
        const lowered = bandIndex(themeIn(assess(content, low), themeId).band?.id)
        const raised = bandIndex(themeIn(assess(content, high), themeId).band?.id)
        expect(lowered).toBeLessThanOrEqual(raised)
      }),
    )
  })

  it('gives the same result whatever the answers to hidden questions are', () => {
    const content = load()
    const withHiddenAnswers = assessments(content).chain((assessment) => {
      const visible = visibility(content, assessment)
      const hidden = allQuestions(content)
        .map(({ question }) => question)
        .filter((q) => visible.get(q.id) === false)
      return fc.tuple(fc.constant(assessment), answersFor(hidden, content), fc.constant(hidden.map((q) => q.id)))
    })
    fc.assert(
      fc.property(withHiddenAnswers, ([assessment, hiddenAnswers, hiddenIds]) => {
        const without = { ...assessment, answers: Object.fromEntries(Object.entries(assessment.answers).filter(([id]) => !hiddenIds.includes(id))) }
        const other = { ...without, answers: { ...without.answers, ...hiddenAnswers } }
        const expected = assess(content, without)
        expect(assess(content, assessment)).toEqual(expected)
        expect(assess(content, other)).toEqual(expected)
      }),
    )
  })

  it('gives every recommendation at least one reason and a relevance above 0 that sums its reasons', () => {
    const content = load()
    fc.assert(
      fc.property(assessments(content), (assessment) => {
        const { caseStudies, governanceModels, smarterServices } = assess(content, assessment).recommendations
        for (const recommendation of [...caseStudies, ...governanceModels, ...smarterServices]) {
          expect(recommendation.reasons.length).toBeGreaterThan(0)
          expect(recommendation.relevance).toBeGreaterThan(0)
          expect(recommendation.relevance).toBe(recommendation.reasons.reduce((sum, r) => sum + r.points, 0))
        }
      }),
    )
  })

  it('ranks every list of recommendations from most to least relevant', () => {
    const content = load()
    fc.assert(
      fc.property(assessments(content), (assessment) => {
        const { caseStudies, governanceModels, smarterServices } = assess(content, assessment).recommendations
        for (const list of [caseStudies, governanceModels, smarterServices]) {
          const relevance = list.map((r) => r.relevance)
          expect(relevance).toEqual([...relevance].sort((a, b) => b - a))
        }
      }),
    )
  })

  it('gives the same result twice and changes neither the content nor the answers', () => {
    const content = load()
    const contentBefore = structuredClone(content)
    fc.assert(
      fc.property(assessments(content), (assessment) => {
        const answersBefore = structuredClone(assessment)
        const first = assess(content, assessment)
        expect(assess(content, assessment)).toEqual(first)
        expect(assessment).toEqual(answersBefore)
      }),
    )
    expect(content).toEqual(contentBefore)
  })

  it('works on frozen content and answers, so it cannot be writing to them', () => {
    const content = deepFreeze(structuredClone(load()))
    fc.assert(
      fc.property(assessments(content), (assessment) => {
        expect(() => assess(content, deepFreeze(assessment))).not.toThrow()
      }),
      { numRuns: 20 },
    )
  })
})
