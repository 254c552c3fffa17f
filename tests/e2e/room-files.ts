/**
 * Saved files for the people in a workshop room (workshop.spec.ts and present.spec.ts): the same
 * council, answers that agree on most questions and split on every third one.
 */
import { loadContent } from '../../build/read-content.ts'

export const content = loadContent('questions')
export const questions = content.themes.flatMap((t) => t.questions)
type Question = (typeof questions)[number]

/** The values a choice question offers, from its scale or its options (weakest first). */
export function valuesOf(q: Question): string[] {
  if (q.kind === 'yes-partly-no') return content.framework.scales.find((s) => s.id === 'yes-partly-no')?.options.map((o) => o.value) ?? ['no', 'partly', 'yes']
  if (q.kind === 'scale') return content.framework.scales.find((s) => s.id === q.scale)!.options.map((o) => o.value)
  if (q.kind === 'multiple') return q.options.filter((o) => !o.exclusive).map((o) => o.value)
  return []
}

export interface RoomOptions {
  /** The value most of the room gives a single-choice question, from its values. */
  agreed: (values: string[]) => string
  /** Respondents 1 to 3 answer "Don't know" to the number questions that allow it. */
  numbersNotKnown?: boolean
  extraAnswers?: Record<string, { value: string }>
  council?: string
}

/** Respondent `n`'s saved file, as "Download your answers" writes it. */
export function respondentFile(n: number, { agreed, numbersNotKnown = false, extraAnswers = {}, council = 'Anytown Borough Council' }: RoomOptions): string {
  const split = (i: number) => i % 3 === 0
  const answers: Record<string, { value: string | string[] | number }> = {}
  questions.forEach((q, i) => {
    const values = valuesOf(q)
    if (q.kind === 'number') answers[q.id] = numbersNotKnown && n <= 3 && q.dontKnow ? { value: 'dont-know' } : { value: 10 + (split(i) ? n : 0) }
    else if (q.kind === 'multiple') answers[q.id] = { value: values.slice(0, 1 + ((split(i) ? n : 0) % values.length)) }
    else if (values.length > 0) answers[q.id] = { value: split(i) ? values[(n * 2) % values.length]! : agreed(values) }
  })
  return JSON.stringify({
    format: 'library-self-assessment',
    formatVersion: 1,
    contentVersion: content.framework.contentVersion,
    createdAt: `2026-05-0${n}T10:00:00.000Z`,
    updatedAt: `2026-05-0${n}T11:00:00.000Z`,
    assessment: {
      profile: {
        'council-name': council,
        'council-type': 'unitary',
        'respondent-role': 'councillor',
        'respondent-name': `Councillor ${'ABCDE'[n - 1]}`,
        'changes-planned': 'reductions',
      },
      priorities: [],
      answers: { ...answers, ...extraAnswers },
    },
    completedThemes: [],
    actionPlan: [],
  })
}
