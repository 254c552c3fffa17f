/**
 * The workshop as this browser keeps it between visits: the files added, whether names are
 * shown, the facilitator's decisions and an earlier assessment to compare with. Read through a
 * zod/mini schema, never trusted: every respondent file inside is read again with the same
 * reader as an upload, so a damaged store cannot put a bad assessment into the workshop.
 *
 * Version 2 stores `showNames` (names are hidden unless the facilitator chose to show them).
 * Version 1 stored `hideNames`; it reads back with names hidden, because a version 1 workshop
 * showed names by default rather than by choice.
 */
import { z } from 'zod/mini'
import type { Content } from '../../content/schema'
import { ID_LIMITS, TEXT_LIMITS } from '../files/limits'
import { parseSavedAssessment, type SavedAssessment } from '../files/saved-file'
import { emptyDecisions, type ConsensusDecisions } from './consensus'

export const WORKSHOP_STATE_VERSION = 2

export interface StoredFile {
  id: string
  name: string
  messages: string[]
  file: SavedAssessment
}

export interface WorkshopState {
  nextId: number
  files: StoredFile[]
  showNames: boolean
  decisions: ConsensusDecisions
  earlier: { name: string; file: SavedAssessment } | null
}

export function emptyWorkshopState(): WorkshopState {
  return { nextId: 1, files: [], showNames: false, decisions: emptyDecisions(), earlier: null }
}

const text = (max: number) => z.string().check(z.maxLength(max))
const id = text(ID_LIMITS.id)
const NAME_MAX = 1_000
const AnswerValueSchema = z.union([text(TEXT_LIMITS.textAnswer), z.array(text(ID_LIMITS.choice)).check(z.maxLength(ID_LIMITS.choices)), z.number()])

const DecisionsSchema = z.object({
  agreed: z.record(id, z.nullable(AnswerValueSchema)),
  notes: z.record(id, text(TEXT_LIMITS.workshopNote)),
  dissent: z.record(id, text(TEXT_LIMITS.dissent)),
})

const StateSchema = z.object({
  version: z.union([z.literal(1), z.literal(WORKSHOP_STATE_VERSION)]),
  nextId: z.optional(z.int().check(z.minimum(1))),
  files: z.array(z.object({ id, name: text(NAME_MAX), messages: z.optional(z.array(z.string())), file: z.unknown() })),
  showNames: z.optional(z.boolean()),
  // Loose on purpose: a damaged part below is dropped on its own, not the whole workshop.
  decisions: z.optional(z.unknown()),
  earlier: z.optional(z.nullable(z.object({ name: text(NAME_MAX), file: z.unknown() }))),
})

function readFile(data: unknown, content: Content): SavedAssessment | null {
  const parsed = parseSavedAssessment(JSON.stringify(data), content)
  return parsed.ok ? parsed.file : null
}

/**
 * Read the stored workshop. Null when it is not a workshop or a respondent file in it cannot be
 * read (the caller keeps a copy and starts again). Damaged decisions or a damaged earlier
 * assessment are dropped on their own.
 */
export function readWorkshopState(stored: string, content: Content): WorkshopState | null {
  let data: unknown
  try {
    data = JSON.parse(stored)
  } catch {
    return null
  }
  const parsed = StateSchema.safeParse(data)
  if (!parsed.success) return null
  const state = parsed.data
  const files: StoredFile[] = []
  for (const f of state.files) {
    const file = readFile(f.file, content)
    if (!file) return null
    files.push({ id: f.id, name: f.name, messages: f.messages ?? [], file })
  }
  const decisions = DecisionsSchema.safeParse(state.decisions)
  const earlierFile = state.earlier ? readFile(state.earlier.file, content) : null
  return {
    nextId: state.nextId ?? files.length + 1,
    files,
    showNames: state.version === WORKSHOP_STATE_VERSION && state.showNames === true,
    decisions: decisions.success ? (decisions.data as ConsensusDecisions) : emptyDecisions(),
    earlier: earlierFile && state.earlier ? { name: state.earlier.name, file: earlierFile } : null,
  }
}

/** The stored text of a workshop. */
export function serialiseWorkshopState(state: WorkshopState): string {
  return JSON.stringify({ version: WORKSHOP_STATE_VERSION, ...state })
}
