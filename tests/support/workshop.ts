/** Builders and fast-check arbitraries for the workshop tests. */
import fc from 'fast-check'
import type { AnswerValue, Assessment } from '../../src/engine/core/assessment'
import { DONT_KNOW, NOT_APPLICABLE, type Content, type Question } from '../../src/content/schema'
import { optionsOf } from '../../src/engine/core/question-model'
import { newSavedAssessment, type SavedAssessment } from '../../src/engine/files/saved-file'
import type { Respondent } from '../../src/engine/workshop/aggregate'
import { assessmentWith } from './content'

export const NOW = '2026-05-01T10:00:00.000Z'

/** A saved assessment with these answers: `saved(content, { 'b-one': 'yes' })`. */
export function saved(content: Content, answers: Record<string, AnswerValue>, extra: Partial<Assessment> = {}): SavedAssessment {
  return { ...newSavedAssessment(content, NOW), assessment: assessmentWith(answers, extra) }
}

/** Respondents named r1, r2, … answering one question each as given. */
export function respondents(content: Content, answerSets: Record<string, AnswerValue>[], extra: Partial<Assessment> = {}): Respondent[] {
  return answerSets.map((answers, i) => ({ id: `id-${i + 1}`, name: `r${i + 1}`, file: saved(content, answers, extra) }))
}

function valueFor(question: Question, content: Content): fc.Arbitrary<AnswerValue> {
  const special: AnswerValue[] = [...(question.dontKnow ? [DONT_KNOW] : []), ...(question.notApplicable ? [NOT_APPLICABLE] : [])]
  const extra = special.length ? [fc.constantFrom(...special)] : []
  switch (question.kind) {
    case 'scale':
    case 'yes-partly-no':
      return fc.oneof(fc.constantFrom(...optionsOf(question, content.framework).map((o) => o.value)), ...extra)
    case 'multiple':
      return fc.oneof(
        fc.subarray(
          question.options.map((o) => o.value),
          { minLength: 1 },
        ),
        ...extra,
      )
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 200 }), ...extra)
    case 'text':
      return fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/), ...extra)
  }
}

/** Any valid assessment of `content`: any subset of questions answered with valid values. */
export function arbitraryAssessment(content: Content): fc.Arbitrary<Assessment> {
  const questions = content.themes.flatMap((t) => t.questions)
  const answers = fc.record(Object.fromEntries(questions.map((q) => [q.id, valueFor(q, content).map((value) => ({ value }))])), { requiredKeys: [] })
  const profile = fc.record(
    Object.fromEntries(
      content.profile.map(
        (f) =>
          [
            f.id,
            f.kind === 'choice'
              ? fc.constantFrom(...f.options.map((o) => o.value))
              : f.kind === 'number'
                ? fc.integer({ min: 0, max: 1000 })
                : fc.constantFrom('Anytown', 'Otherton'),
          ] as const,
      ),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string | number>>
  const priorities = fc.subarray(
    content.priorities.map((p) => p.id),
    { maxLength: content.framework.maxPriorities },
  )
  return fc.record({ profile, priorities, answers }) as fc.Arbitrary<Assessment>
}

/** 0 to `max` respondents with distinct ids and names. */
export function arbitraryRespondents(content: Content, max = 6, min = 0): fc.Arbitrary<Respondent[]> {
  return fc.array(arbitraryAssessment(content), { minLength: min, maxLength: max }).map((list) =>
    list.map((assessment, i) => ({
      id: `id-${i}`,
      name: `Person ${String.fromCharCode(65 + ((i * 7) % 26))}${i}`,
      file: { ...newSavedAssessment(content, NOW), assessment },
    })),
  )
}

/** A room of up to `max` respondents and the same room in another order. */
export function arbitraryRoomReordered(content: Content, max = 6): fc.Arbitrary<[Respondent[], Respondent[]]> {
  return arbitraryRespondents(content, max).chain((room) =>
    fc.tuple(fc.constant(room), fc.shuffledSubarray(room, { minLength: room.length, maxLength: room.length })),
  )
}
