/**
 * What a council has answered: the profile, the chosen priorities and the answers. This is
 * what the engine reads. The saved file (savefile.ts) wraps it with metadata.
 */

/** One choice (`'started'`), several choices (`['a', 'b']`), a number, or free text. */
export type AnswerValue = string | string[] | number

export interface Answer {
  /** The value, or `'dont-know'` / `'not-applicable'`. */
  value: AnswerValue
  /** An optional note: evidence, context or a reminder. */
  note?: string
}

export interface Assessment {
  profile: Record<string, string | number>
  priorities: string[]
  answers: Record<string, Answer>
}

/** A blank assessment. */
export function emptyAssessment(): Assessment {
  return { profile: {}, priorities: [], answers: {} }
}
