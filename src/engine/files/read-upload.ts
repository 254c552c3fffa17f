/**
 * Reading a file on the Upload page: the bytes as they came, read part by part, with every
 * warning a person needs before relying on the answers. Pure; never throws.
 */
import type { Content } from '../../content/schema'
import { statusOf } from '../assess/answer-points'
import { allQuestions } from '../assess/question-results'
import { MAX_FILE_BYTES } from './limits'
import { shorten } from './salvage'
import { readSavedAssessment, setAsideSentence, type SavedAssessment } from './saved-file'

export type UploadResult =
  | {
      ok: true
      file: SavedAssessment
      /** Parts left out, one sentence each. */
      setAside: string[]
      /** Answers to questions this content does not ask: kept, not counted. */
      unknownQuestions: string[]
      /** Local priorities this content does not have, by id. */
      unknownPriorities: string[]
      /** Answers that are not valid for their question, by the question's short name: they count as not answered. */
      invalidAnswers: string[]
      /** Whether some bytes were not UTF-8 and now show as �. */
      badBytes: boolean
    }
  | { ok: false; message: string }

/** The name of a file as messages show it: at most 60 characters. */
export function shownName(name: string): string {
  return shorten(name, 60)
}

/** Answers a question cannot use (a number out of range, a choice it does not offer), by question short name. */
export function invalidAnswerNames(file: SavedAssessment, content: Content): string[] {
  return allQuestions(content)
    .filter(({ question }) => {
      const answer = file.assessment.answers[question.id]
      return answer !== undefined && answer.value !== '' && statusOf(question, answer, content.framework) === 'unanswered'
    })
    .map(({ question }) => question.short)
}

export function readUpload(name: string, bytes: Uint8Array, content: Content): UploadResult {
  const shown = shownName(name)
  if (bytes.byteLength > MAX_FILE_BYTES)
    return { ok: false, message: `${shown} is larger than ${MAX_FILE_BYTES / 1_000_000} MB, so it cannot be a file of saved answers.` }
  let badBytes = false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    badBytes = true
  }
  const text = new TextDecoder('utf-8').decode(bytes)
  const read = readSavedAssessment(text, content)
  if (!read.ok) return { ok: false, message: `${shown}: ${read.message}` }
  return {
    ok: true,
    file: read.file,
    setAside: read.setAside.map(setAsideSentence),
    unknownQuestions: read.unknownQuestions,
    unknownPriorities: read.unknownPriorities,
    invalidAnswers: invalidAnswerNames(read.file, content),
    badBytes,
  }
}
