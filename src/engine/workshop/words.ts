/**
 * The workshop's words for counts and labels, written once so every renderer (the workshop page,
 * the slides, the report) says "1 person" and "2 people", "1 was not asked" and "2 were not
 * asked" the same way.
 */
import type { SavedAssessment } from '../files/saved-file'

/** "1 respondent", "2 respondents". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** "1 person", "3 people". */
export function people(n: number): string {
  return count(n, 'person', 'people')
}

/** "1 respondent", "5 respondents". */
export function respondentsText(n: number): string {
  return count(n, 'respondent', 'respondents')
}

/** "1 file", "4 files". */
export function filesText(n: number): string {
  return count(n, 'file', 'files')
}

/** "1 gave no answer", "2 gave no answer". */
export function notAnsweredText(n: number): string {
  return `${n} gave no answer`
}

/** "1 was not asked this question", "2 were not asked this question". */
export function notAskedText(n: number): string {
  return `${n} ${n === 1 ? 'was' : 'were'} not asked this question`
}

/** "2 of 5 (40%)": how many of those who answered gave one answer. */
export function shareText(n: number, of: number, percent: number): string {
  return of > 0 ? `${n} of ${of} (${percent}%)` : `${n} of ${of}`
}

/** "Combined from 5 respondents", for every renderer; null for one person's assessment. */
export function combinedLabel(file: Pick<SavedAssessment, 'combined'>): string | null {
  const n = file.combined?.respondents
  if (n === undefined) return null
  return `Combined from ${respondentsText(n)}`
}

/** A list in words: "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
