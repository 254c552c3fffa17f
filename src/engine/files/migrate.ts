/**
 * Migration of saved files: from older file formats to today's, and from older content versions
 * (questions renamed between releases) to today's question ids. Runs on the raw JSON before the
 * file is validated, so a migrated file is checked exactly like a new one.
 *
 * ## File formats
 *
 * - **Format 1** (today, `formatVersion: 1`): see `SavedAssessment` in savefile.ts. The answers
 *   sit under `assessment.answers`, each as `{ value, note? }`, next to `assessment.profile` and
 *   `assessment.priorities`; the file also has `createdAt`, `updatedAt`, `completedThemes`,
 *   `actionPlan` and, for a workshop's agreed position, `combined`.
 * - **Format 0** (the early draft, `formatVersion: 0`): a flat object
 *   `{ format, formatVersion: 0, contentVersion, savedAt?, profile, priorities, answers, notes }`
 *   where `answers` maps a question id to its bare value and `notes` maps a question id to its
 *   note. It had no timestamps other than `savedAt`, no completed themes and no action plan.
 *
 * Moving format 0 to 1 keeps every answer and every note. A note on a question that has no answer
 * becomes an answer with an empty value: the engine treats it as "not answered", and the note
 * stays with its question.
 *
 * ## Content versions
 *
 * Question ids are meant to be stable forever. When one has to change, add a step to
 * `CONTENT_MIGRATIONS` naming the old and the new id. A file answered against an older content
 * version has its answers moved to the new ids, step by step. Answers to questions that no longer
 * exist are never dropped: they stay in the file and the importer lists them.
 */
import type { AnswerValue } from '../core/assessment'
import { FORMAT_VERSION } from './format'

/** The early draft file shape (format 0), described above. */
export interface SavedAssessmentV0 {
  format: 'library-self-assessment'
  formatVersion: 0
  contentVersion: string
  savedAt?: string
  profile: Record<string, string | number>
  priorities: string[]
  answers: Record<string, AnswerValue>
  notes: Record<string, string>
}

/** One content release that renamed question (or theme) ids. */
export interface ContentMigration {
  /** The content version this step starts from, such as `1.0.0`. */
  from: string
  /** The content version this step reaches. */
  to: string
  /** Renamed questions: old id → new id. */
  renamedQuestions: Record<string, string>
  /** Renamed themes (used in the list of completed themes): old id → new id. */
  renamedThemes?: Record<string, string>
}

/**
 * Every content release, oldest first, with the ids it renamed. The rename steps are also tested
 * with a made-up table.
 *
 * - **1.0.0 → 2.0.0** (issue 10, the judgement): "In place" is worth 3 of 4 points, Green starts at
 *   70, statutory essentials are judged on the law's lines, and the delivery theme gained
 *   `delivery-model-considered`, `delivery-change-procurement`, `delivery-change-staff-pensions`
 *   and `delivery-change-duty-control`. No question, option or theme id changed, so every answer
 *   carries over as it is; the file is then scored by the 2.0.0 rules.
 */
export const CONTENT_MIGRATIONS: readonly ContentMigration[] = [{ from: '1.0.0', to: '2.0.0', renamedQuestions: {} }]

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Compare two versions such as `1.2.0` and `1.10.0` part by part, as numbers. Returns a negative
 * number when `a` is older, 0 when equal, positive when newer. Parts that are not numbers count as 0.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0)
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/**
 * Format 0 → format 1. Parts that are not in the expected shape are passed on unchanged, so the
 * validator that runs next names them in its message.
 */
export function migrateFormat0(data: Json): Json {
  const { answers, notes, profile, priorities, contentVersion, savedAt } = data
  const when = typeof savedAt === 'string' ? savedAt : ''
  let migratedAnswers: unknown = answers
  if (isRecord(answers)) {
    const noteMap = isRecord(notes) ? notes : {}
    const out: Json = {}
    for (const [id, value] of Object.entries(answers)) {
      const note = noteMap[id]
      out[id] = typeof note === 'string' && note.trim() !== '' ? { value, note } : { value }
    }
    // A note without an answer stays with its question, as an answer the engine reads as "not answered".
    for (const [id, note] of Object.entries(noteMap)) {
      if (!(id in out) && typeof note === 'string' && note.trim() !== '') out[id] = { value: '', note }
    }
    migratedAnswers = out
  }
  return {
    format: data.format,
    formatVersion: 1,
    contentVersion,
    createdAt: when,
    updatedAt: when,
    assessment: { profile: profile ?? {}, priorities: priorities ?? [], answers: migratedAnswers },
    completedThemes: [],
    actionPlan: [],
  }
}

/**
 * Move answers to renamed questions, step by step, from the file's content version up to
 * `contentVersion`. An answer whose new id is already answered stays under its old id (and is
 * then listed as an answer to a question that no longer exists) rather than overwrite anything.
 * Returns a new object; the input is not changed.
 */
export function migrateContentVersion(data: Json, contentVersion: string, table: readonly ContentMigration[] = CONTENT_MIGRATIONS): Json {
  const from = data.contentVersion
  const assessment = data.assessment
  if (typeof from !== 'string' || !isRecord(assessment) || !isRecord(assessment.answers)) return data
  if (compareVersions(from, contentVersion) >= 0) return data
  const steps = [...table]
    .filter((s) => compareVersions(s.from, from) >= 0 && compareVersions(s.to, contentVersion) <= 0)
    .sort((a, b) => compareVersions(a.from, b.from))
  const answers: Json = { ...assessment.answers }
  let completed: unknown = data.completedThemes
  for (const step of steps) {
    for (const [oldId, newId] of Object.entries(step.renamedQuestions)) {
      if (!(oldId in answers) || newId in answers) continue
      answers[newId] = answers[oldId]
      delete answers[oldId]
    }
    const themes = step.renamedThemes
    if (themes && Array.isArray(completed)) completed = completed.map((t) => (typeof t === 'string' ? (themes[t] ?? t) : t))
  }
  return { ...data, contentVersion, assessment: { ...assessment, answers }, ...(completed === undefined ? {} : { completedThemes: completed }) }
}

/**
 * Bring raw saved data up to today's file format and content version. Called by
 * parseSavedAssessment after it has checked the format name and refused newer formats, and
 * before it validates the shape. Data it does not recognise is returned unchanged for the
 * validator to describe.
 */
export function migrateSavedData(data: unknown, contentVersion: string, table: readonly ContentMigration[] = CONTENT_MIGRATIONS): unknown {
  if (!isRecord(data)) return data
  const current = data.formatVersion === 0 ? migrateFormat0(data) : data
  return current.formatVersion === FORMAT_VERSION ? migrateContentVersion(current, contentVersion, table) : current
}
