/**
 * One set of limits for everything a person can type or a file can hold. The saved-file schema
 * (saved-file.ts) checks these, and every field on screen shows and enforces the same number,
 * so nothing the tool lets you type is refused when it is read back.
 *
 * Lengths are counted as JavaScript counts them (UTF-16 code units), which is also what the
 * browser's `maxlength` and the character count on screen count. An emoji counts as 2.
 *
 * Imports nothing, so any part of the app (and the workshop) can use it.
 */

/** Free-text fields, by what the person is typing. */
export const TEXT_LIMITS = {
  /** A note on an answer. */
  note: 20_000,
  /** The answer to a free-text question. */
  textAnswer: 20_000,
  /** A text answer in "About your council" (council name, your name). Content may set a lower one. */
  profileText: 500,
  /** Action plan: what will be done. */
  action: 5_000,
  /** Action plan: who leads it (a role). */
  lead: 500,
  /** Action plan: the target date, in words ("By March 2027, after cabinet"). */
  targetDate: 200,
  /** Action plan: how you will know it is done. */
  measure: 5_000,
  /** Workshop: a facilitator's note on the agreed answer. */
  workshopNote: 20_000,
  /** Workshop: recorded disagreement on one question. */
  dissent: 20_000,
} as const

export type TextField = keyof typeof TEXT_LIMITS

/** Identifiers and lists a file holds: never typed, only checked. */
export const ID_LIMITS = {
  /** Question, theme, priority, profile field and action ids. */
  id: 100,
  /** One option id of a multiple-choice answer. */
  choice: 200,
  /** Options chosen in one multiple-choice answer. */
  choices: 100,
  /** Local priorities chosen. */
  priorities: 50,
  /** Sections marked complete. */
  completedThemes: 100,
  /** Content version, such as 1.0.0. */
  contentVersion: 20,
  /** An ISO date-time. */
  dateTime: 40,
} as const

/** The most actions an action plan can hold; "Add an action" stops here. */
export const MAX_ACTION_ROWS = 200

/**
 * Files larger than this are refused before they are read. An assessment with every note, text
 * answer and action at its limit is about 4.6 million characters; in characters that take 3
 * bytes each in UTF-8 (Chinese, for example) that is under 14 MB. So anything the tool can
 * write, it can read back. An ordinary full assessment is about 60 KB.
 */
export const MAX_FILE_BYTES = 16_000_000

/**
 * The GOV.UK character count message for `length` characters typed against `max`:
 * "You have 12 characters remaining" or "You have 1 character too many".
 */
export function characterCountMessage(length: number, max: number): string {
  const left = max - length
  const n = Math.abs(left)
  const word = n === 1 ? 'character' : 'characters'
  return left >= 0 ? `You have ${n.toLocaleString('en-GB')} ${word} remaining` : `You have ${n.toLocaleString('en-GB')} ${word} too many`
}

/** Whether `text` fits `max`. */
export function fits(text: string, max: number): boolean {
  return text.length <= max
}
