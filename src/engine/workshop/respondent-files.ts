/**
 * Reading the files a workshop's respondents downloaded. Each file is read on its own: a bad
 * file gets one message that names it, and never affects the other files or the assessment
 * already in this browser.
 *
 * A file is refused when it is too large, not JSON, not a saved assessment, from a newer version
 * of the tool, damaged, or an exact copy of a file already added. It is accepted with a warning
 * when it has answers to questions this content does not ask (they are kept and listed) or
 * answers that are not valid for their question (they count as not answered).
 */
import type { Content } from '../../content/schema'
import { MAX_FILE_BYTES } from '../files/limits'
import { parseSavedAssessment, serialiseSavedAssessment, type SavedAssessment } from '../files/saved-file'
import { RESPONDENT_NAME_FIELD } from './profile-fields'
import { statusOf } from '../assess/answer-points'
import { allQuestions } from '../assess/question-results'

export type ReadFileResult = { ok: true; file: SavedAssessment; warnings: string[]; unknownQuestions: string[] } | { ok: false; message: string }

/** The message for a file over the size limit, checked before the file is read. */
export function tooLargeMessage(name: string): string {
  return `${name} is larger than ${MAX_FILE_BYTES / 1_000_000} MB, so it cannot be a file of saved answers.`
}

/** Whether a file of this many bytes can be read at all. */
export function withinSizeLimit(bytes: number): boolean {
  return bytes <= MAX_FILE_BYTES
}

function list(ids: string[]): string {
  const shown = ids.slice(0, 5).join(', ')
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown
}

/**
 * Read one respondent's file. `existing` are the files already added, to refuse exact copies.
 * Files answered against an older content version come back migrated.
 */
export function readRespondentFile(
  name: string,
  text: string,
  content: Content,
  existing: readonly { name: string; file: SavedAssessment }[] = [],
): ReadFileResult {
  if (!withinSizeLimit(text.length)) return { ok: false, message: tooLargeMessage(name) }
  const parsed = parseSavedAssessment(text, content)
  if (!parsed.ok) return { ok: false, message: `${name}: ${parsed.message}` }
  const serialised = serialiseSavedAssessment(parsed.file)
  const copy = existing.find((e) => serialiseSavedAssessment(e.file) === serialised)
  if (copy) return { ok: false, message: `${name} has exactly the same answers as ${copy.name}, which is already added, so it was not added again.` }

  const warnings: string[] = []
  const unknown = parsed.unknownQuestions
  if (unknown.length > 0) {
    warnings.push(
      `${name} has answers to ${unknown.length} ${unknown.length === 1 ? 'question' : 'questions'} this version of the tool does not ask (${list(unknown)}). They are kept in the file but not counted.`,
    )
  }
  const invalid = allQuestions(content)
    .filter(({ question }) => {
      const answer = parsed.file.assessment.answers[question.id]
      return answer !== undefined && answer.value !== '' && statusOf(question, answer, content.framework) === 'unanswered'
    })
    .map(({ question }) => question.id)
  if (invalid.length > 0) {
    warnings.push(
      `${name} has ${invalid.length} ${invalid.length === 1 ? 'answer' : 'answers'} that ${invalid.length === 1 ? 'is' : 'are'} not one of the question’s options (${list(invalid)}). ${invalid.length === 1 ? 'It counts' : 'They count'} as not answered.`,
    )
  }
  if (parsed.unknownPriorities.length > 0) {
    warnings.push(
      `${name} chose ${parsed.unknownPriorities.length === 1 ? 'a local priority' : 'local priorities'} this version of the tool does not have (${list(parsed.unknownPriorities)}).`,
    )
  }
  return { ok: true, file: parsed.file, warnings, unknownQuestions: unknown }
}

/** The name to show for a respondent: their name from the profile, or the file name. */
export function respondentName(file: SavedAssessment, fileName: string): string {
  const name = file.assessment.profile[RESPONDENT_NAME_FIELD]
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : fileName
}
