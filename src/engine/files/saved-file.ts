/**
 * The saved assessment: what localStorage holds and what "Download your answers" writes.
 * Versioned, checked on the way in, and never trusted. Two readers:
 *
 * - `readSavedAssessment` keeps every part in the expected shape and sets aside, with a
 *   sentence each, the parts that are not. The store and the Upload page use it, so one bad
 *   field never costs the other answers.
 * - `parseSavedAssessment` refuses a file with any part set aside, naming the first. The
 *   workshop uses it, so a respondent's damaged file is never counted half-read.
 *
 * Both refuse, with one sentence a user can act on, what is not a saved assessment at all:
 * too large, not JSON, another format, or a newer version.
 */
import type { Content } from '../../content/schema'
import { FORMAT, FORMAT_VERSION } from './format'
import { MAX_FILE_BYTES } from './limits'
import { migrateSavedData } from './migrate'
import { salvage, shorten, type SetAside } from './salvage'
import type { SavedAssessment } from './saved-types'

export { FORMAT, FORMAT_VERSION } from './format'
export { MAX_FILE_BYTES } from './limits'
export { MAX_SPREAD_ANSWERS, MAX_SPREAD_LABEL, MAX_SPREAD_QUESTIONS, type SetAside } from './salvage'
export type { ActionRow, CombinedInfo, QuestionSpread, SavedAssessment } from './saved-types'

/** A new, empty saved assessment. `now` is an ISO date-time passed in by the caller. */
export function newSavedAssessment(content: Content, now: string): SavedAssessment {
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    contentVersion: content.framework.contentVersion,
    createdAt: now,
    updatedAt: now,
    assessment: { profile: {}, priorities: [], answers: {} },
    completedThemes: [],
    actionPlan: [],
  }
}

export type ReadResult =
  { ok: true; file: SavedAssessment; unknownQuestions: string[]; unknownPriorities: string[]; setAside: SetAside[] } | { ok: false; message: string }

export type ParseResult = { ok: true; file: SavedAssessment; unknownQuestions: string[]; unknownPriorities: string[] } | { ok: false; message: string }

/** Answers to questions this content does not have: kept in the file, listed for the user. */
export function unknownQuestionIds(file: SavedAssessment, content: Content): string[] {
  const known = new Set(content.themes.flatMap((t) => t.questions.map((q) => q.id)))
  return Object.keys(file.assessment.answers).filter((id) => !known.has(id))
}

/** One set-aside part as a sentence. */
export function setAsideSentence(item: SetAside): string {
  return `${item.where} ${item.why}.`
}

/**
 * Read a saved assessment from text, keeping every part in the expected shape. Never throws.
 */
export function readSavedAssessment(text: string, content: Content): ReadResult {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, message: `The file is larger than ${MAX_FILE_BYTES / 1_000_000} MB, so it cannot be a saved assessment.` }
  let data: unknown
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return { ok: false, message: 'The file is not a saved assessment: it is not in the JSON format this tool saves.' }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== FORMAT) {
    return { ok: false, message: 'The file is not a saved assessment from this tool.' }
  }
  const version = (data as { formatVersion?: unknown }).formatVersion
  // Only a version number above ours means a newer tool; a missing or odd one is damage, below.
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    const shown = Number.isSafeInteger(version) ? ` (file format ${version})` : ''
    return { ok: false, message: `The file was saved by a newer version of this tool${shown}. Use the latest version of the tool to open it.` }
  }
  const migrated = migrateSavedData(data, content.framework.contentVersion) as Record<string, unknown>
  if (migrated.formatVersion !== FORMAT_VERSION) {
    return {
      ok: false,
      message: `The file is damaged or has been edited: its file format${typeof version === 'number' || typeof version === 'string' ? ` (${shorten(String(version), 20)})` : ''} is not one this tool knows.`,
    }
  }
  const { file, setAside } = salvage(migrated, content)
  const priorities = new Set(content.priorities.map((p) => p.id))
  return {
    ok: true,
    file,
    setAside,
    unknownQuestions: unknownQuestionIds(file, content),
    unknownPriorities: file.assessment.priorities.filter((p) => !priorities.has(p)),
  }
}

/**
 * Read a saved assessment from text, refusing it if any part is not in the expected shape.
 * Never throws: a problem comes back as one sentence a user can act on.
 */
export function parseSavedAssessment(text: string, content: Content): ParseResult {
  const read = readSavedAssessment(text, content)
  if (!read.ok) return read
  const first = read.setAside[0]
  if (first) {
    const more = read.setAside.length > 1 ? ` (and ${read.setAside.length - 1} more ${read.setAside.length === 2 ? 'part' : 'parts'})` : ''
    return { ok: false, message: `The file is damaged or has been edited: ${first.where.charAt(0).toLowerCase()}${first.where.slice(1)} ${first.why}${more}.` }
  }
  return { ok: true, file: read.file, unknownQuestions: read.unknownQuestions, unknownPriorities: read.unknownPriorities }
}

/** The file's text, as downloaded. */
export function serialiseSavedAssessment(file: SavedAssessment): string {
  return JSON.stringify(file, null, 2)
}
