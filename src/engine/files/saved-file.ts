/**
 * The saved assessment: what localStorage holds and what "Download your answers" writes.
 * Versioned, validated on the way in, and never trusted: a bad file gets a clear message.
 */
import { z } from 'zod/mini'
import type { Content } from '../../content/schema'
import type { Assessment } from '../core/assessment'
import { DISAGREEMENT_LEVELS, FORMAT, FORMAT_VERSION, type DisagreementLevel } from './format'
import { migrateSavedData } from './migrate'

export { FORMAT, FORMAT_VERSION } from './format'
/** Files larger than this are refused before they are read. A full assessment is about 60 KB. */
export const MAX_FILE_BYTES = 2_000_000
/** The most questions a combined file records a spread for: far more than the content has. */
export const MAX_SPREAD_QUESTIONS = 2_000
/** The most different answers recorded for one question; consensus.ts folds any more into one. */
export const MAX_SPREAD_ANSWERS = 200
/**
 * The longest answer label a spread may hold: room for every option of a multiple-choice
 * question. consensus.ts shortens free text well below it (`MAX_SPREAD_TEXT`).
 */
export const MAX_SPREAD_LABEL = 2_000

export interface ActionRow {
  id: string
  action: string
  lead: string
  targetDate: string
  measure: string
  /** Where the row came from: a flag id, a theme id, or "user". */
  source: string
}

export interface SavedAssessment {
  format: typeof FORMAT
  formatVersion: typeof FORMAT_VERSION
  contentVersion: string
  createdAt: string
  updatedAt: string
  assessment: Assessment
  completedThemes: string[]
  actionPlan: ActionRow[]
  /** Set when the assessment is the agreed position of a workshop. */
  combined?: CombinedInfo
}

/** How the room answered one question, as the combined file keeps it for the report. */
export interface QuestionSpread {
  /** Each answer given, in the question's option order, with how many gave it (at least 1). */
  answers: { label: string; count: number }[]
  /** Respondents who were asked but gave no answer. */
  notAnswered: number
  /** Respondents the question did not apply to. */
  notAsked: number
  /** How far the room disagreed; absent for free-text questions, which have no score. */
  disagreement?: DisagreementLevel
}

/** What marks a workshop's agreed position, and what the room said on the way there. */
export interface CombinedInfo {
  respondents: number
  /** Disagreement recorded by the facilitator, by question id. */
  dissent: Record<string, string>
  /**
   * By question id, for every question at least one respondent answered. Files combined before
   * the spread was kept have none.
   */
  spread?: Record<string, QuestionSpread>
}

// zod/mini keeps the app bundle small: this schema is checked in the browser on every load.
const text = (max: number) => z.string().check(z.maxLength(max))
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max))
const AnswerValueSchema = z.union([text(20_000), list(text(200), 100), z.number()])

const CountSchema = z.int().check(z.minimum(0), z.maximum(1_000_000))

const QuestionSpreadSchema = z.object({
  answers: list(z.object({ label: text(MAX_SPREAD_LABEL), count: z.int().check(z.minimum(1), z.maximum(1_000_000)) }), MAX_SPREAD_ANSWERS),
  notAnswered: CountSchema,
  notAsked: CountSchema,
  disagreement: z.optional(z.enum(DISAGREEMENT_LEVELS)),
}) satisfies z.ZodMiniType<QuestionSpread>

const SavedSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  contentVersion: text(20),
  createdAt: text(40),
  updatedAt: text(40),
  assessment: z.object({
    profile: z.record(text(100), z.union([text(500), z.number()])),
    priorities: list(text(100), 50),
    answers: z.record(text(100), z.object({ value: AnswerValueSchema, note: z.optional(text(20_000)) })),
  }),
  completedThemes: z._default(list(text(100), 100), []),
  actionPlan: z._default(
    list(
      z.object({
        id: text(100),
        action: text(5_000),
        lead: text(500),
        targetDate: text(40),
        measure: text(5_000),
        source: text(100),
      }),
      500,
    ),
    [],
  ),
  combined: z.optional(
    z.object({
      respondents: z.int().check(z.minimum(1)),
      dissent: z.record(text(100), text(20_000)),
      spread: z.optional(z.record(text(100), QuestionSpreadSchema).check(z.refine((spread) => Object.keys(spread).length <= MAX_SPREAD_QUESTIONS))),
    }),
  ),
})

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

export type ParseResult =
  | { ok: true; file: SavedAssessment; unknownQuestions: string[]; unknownPriorities: string[] }
  | { ok: false; message: string }

/** Answers to questions this content does not have: kept in the file, listed for the user. */
export function unknownQuestionIds(file: SavedAssessment, content: Content): string[] {
  const known = new Set(content.themes.flatMap((t) => t.questions.map((q) => q.id)))
  return Object.keys(file.assessment.answers).filter((id) => !known.has(id))
}

/**
 * Read a saved assessment from text. Never throws: a problem comes back as one sentence a
 * user can act on.
 */
export function parseSavedAssessment(text: string, content: Content): ParseResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, message: `The file is larger than ${MAX_FILE_BYTES / 1_000_000} MB, so it cannot be a saved assessment.` }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, message: 'The file is not a saved assessment: it is not in the JSON format this tool saves.' }
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FORMAT) {
    return { ok: false, message: 'The file is not a saved assessment from this tool.' }
  }
  const version = (data as { formatVersion?: unknown }).formatVersion
  // Only a version number above ours means a newer tool; a missing or odd one is damage, below.
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return { ok: false, message: `The file was saved by a newer version of this tool (file format ${String(version)}). Use the latest version of the tool to open it.` }
  }
  const parsed = SavedSchema.safeParse(migrateSavedData(data, content.framework.contentVersion))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue ? issue.path.join('.') : ''
    return { ok: false, message: `The file is damaged or has been edited: ${where ? `the part “${where}” ` : 'part of it '}is not in the expected shape.` }
  }
  const file = parsed.data as SavedAssessment
  const priorities = new Set(content.priorities.map((p) => p.id))
  return {
    ok: true,
    file,
    unknownQuestions: unknownQuestionIds(file, content),
    unknownPriorities: file.assessment.priorities.filter((p) => !priorities.has(p)),
  }
}

/** The file's text, as downloaded. */
export function serialiseSavedAssessment(file: SavedAssessment): string {
  return JSON.stringify(file, null, 2)
}
