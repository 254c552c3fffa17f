/**
 * fast-check arbitraries built from the content itself: every question draws from the values it
 * can have ("Don't know" and "Not applicable" where offered, or no answer), the profile from its
 * fields and the priorities from any subset. Shared by the property tests in this folder.
 */
import fc from 'fast-check'
import type { Answer, AnswerValue, Assessment } from '../../../src/engine/core/assessment'
import { DONT_KNOW, NOT_APPLICABLE, type Content, type ProfileField, type Question } from '../../../src/content/schema'
import { optionsOf } from '../../../src/engine/core/question-model'
import { allQuestions, visibility } from '../../../src/engine/assess/question-results'

/** A value this question can have, not counting "Don't know" and "Not applicable". */
export function realAnswer(question: Question, content: Content): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case 'scale':
    case 'yes-partly-no':
      return fc.constantFrom(...optionsOf(question, content.framework).map((o) => o.value))
    case 'multiple': {
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.value)
      const others = question.options.filter((o) => !o.exclusive).map((o) => o.value)
      const some = fc.subarray(others, { minLength: 1 })
      return exclusive.length > 0
        ? fc.oneof(
            some,
            fc.constantFrom(...exclusive).map((v) => [v]),
          )
        : some
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
export function anyAnswer(question: Question, content: Content): fc.Arbitrary<AnswerValue | undefined> {
  const special = [...(question.dontKnow ? [DONT_KNOW] : []), ...(question.notApplicable ? [NOT_APPLICABLE] : [])]
  return fc.oneof(
    { weight: 4, arbitrary: realAnswer(question, content) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    ...(special.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom<AnswerValue | undefined>(...special) }] : []),
  )
}

export function answersFor(questions: Question[], content: Content): fc.Arbitrary<Record<string, Answer>> {
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

export function assessments(content: Content): fc.Arbitrary<Assessment> {
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

export function withAnswer(assessment: Assessment, id: string, value: AnswerValue | undefined): Assessment {
  const answers = { ...assessment.answers }
  if (value === undefined) delete answers[id]
  else answers[id] = { value }
  return { ...assessment, answers }
}

export function sameVisibility(content: Content, a: Assessment, b: Assessment): boolean {
  const left = visibility(content, a)
  const right = visibility(content, b)
  return [...left].every(([id, visible]) => right.get(id) === visible)
}
