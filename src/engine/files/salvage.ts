/**
 * Reading saved data part by part. One bad field never costs the rest: every part that is in
 * the expected shape is kept, and each part that is not is set aside with a sentence that says
 * which part and why. The caller keeps the original text, so nothing is lost.
 *
 * Runs on raw JSON after migration (migrate.ts). Pure.
 */
import { z } from 'zod/mini'
import type { Content } from '../../content/schema'
import type { Answer, AnswerValue } from '../core/assessment'
import { DISAGREEMENT_LEVELS, FORMAT, FORMAT_VERSION } from './format'
import { ID_LIMITS, MAX_ACTION_ROWS, TEXT_LIMITS } from './limits'
import type { ActionRow, CombinedInfo, SavedAssessment } from './saved-types'

/** A part of the file that was not kept: `where` and `why` make one sentence. */
export interface SetAside {
  where: string
  why: string
}

/** The most spread entries and answers a combined file may hold; see consensus.ts. */
export const MAX_SPREAD_QUESTIONS = 2_000
export const MAX_SPREAD_ANSWERS = 200
/** The longest answer label a spread may hold: room for every option of a multiple-choice question. */
export const MAX_SPREAD_LABEL = 2_000

type Json = Record<string, unknown>
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

// zod/mini keeps the app bundle small: these checks run in the browser on every load.
const text = (max: number) => z.string().check(z.maxLength(max))
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max))
const AnswerValueSchema = z.union([text(TEXT_LIMITS.textAnswer), list(text(ID_LIMITS.choice), ID_LIMITS.choices), z.number().check(z.refine(Number.isFinite))])
const CountSchema = z.int().check(z.minimum(0), z.maximum(1_000_000))
const CombinedSchema = z.object({
  respondents: z.int().check(z.minimum(1), z.maximum(1_000_000)),
  dissent: z.record(text(ID_LIMITS.id), text(TEXT_LIMITS.dissent)),
  spread: z.optional(
    z
      .record(
        text(ID_LIMITS.id),
        z.object({
          answers: list(z.object({ label: text(MAX_SPREAD_LABEL), count: z.int().check(z.minimum(1), z.maximum(1_000_000)) }), MAX_SPREAD_ANSWERS),
          notAnswered: CountSchema,
          notAsked: CountSchema,
          disagreement: z.optional(z.enum(DISAGREEMENT_LEVELS)),
        }),
      )
      .check(z.refine((spread) => Object.keys(spread).length <= MAX_SPREAD_QUESTIONS)),
  ),
})

/** A key or text shortened for a message, so a 10,000-character key never fills the screen. */
export function shorten(value: string, max = 40): string {
  const flat = value.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

function tooLong(value: unknown, max: number): string {
  return typeof value === 'string' && value.length > max ? `is longer than ${max.toLocaleString('en-GB')} characters` : 'is not in the expected shape'
}

/** A key JavaScript treats specially; never copied into an object. */
const RESERVED = new Set(['__proto__'])

class Reader {
  readonly setAside: SetAside[] = []
  constructor(private readonly content: Content) {}

  aside(where: string, why: string): void {
    this.setAside.push({ where, why })
  }

  questionName(id: string): string {
    for (const theme of this.content.themes) {
      const q = theme.questions.find((x) => x.id === id)
      if (q) return `“${q.short}”`
    }
    return `question “${shorten(id)}”`
  }

  /** Entries of a record whose keys are ids; a bad key is set aside with `what`. */
  entries(data: Json, what: string): [string, unknown][] {
    return Object.entries(data).filter(([key]) => {
      if (key.length <= ID_LIMITS.id && !RESERVED.has(key) && key !== '') return true
      this.aside(
        `${what} “${shorten(key)}”`,
        key.length > ID_LIMITS.id ? `has a name longer than ${ID_LIMITS.id} characters` : 'has a name the tool cannot use',
      )
      return false
    })
  }

  profile(data: unknown): Record<string, string | number> {
    if (!isRecord(data)) {
      if (data !== undefined) this.aside('Your answers about your council', 'are not in the expected shape')
      return {}
    }
    const out: Record<string, string | number> = {}
    for (const [id, value] of this.entries(data, 'An answer about your council named')) {
      const field = this.content.profile.find((f) => f.id === id)
      const name = field ? `Your answer to “${field.short}”` : `The answer about your council named “${shorten(id)}”`
      if ((typeof value === 'string' && value.length <= TEXT_LIMITS.profileText) || (typeof value === 'number' && Number.isFinite(value))) out[id] = value
      else this.aside(name, tooLong(value, TEXT_LIMITS.profileText))
    }
    return out
  }

  strings(data: unknown, max: number, count: number, what: string): string[] {
    if (!Array.isArray(data)) {
      if (data !== undefined) this.aside(what, 'are not in the expected shape')
      return []
    }
    const good = data.filter((v): v is string => typeof v === 'string' && v.length <= max)
    if (good.length < data.length) this.aside(`${data.length - good.length} of ${what.toLowerCase()}`, 'are not in the expected shape')
    if (good.length > count) this.aside(`${what} after the first ${count}`, `are more than the ${count} the tool keeps`)
    return good.slice(0, count)
  }

  answers(data: unknown): Record<string, Answer> {
    if (!isRecord(data)) {
      if (data !== undefined) this.aside('Your answers to the questions', 'are not in the expected shape')
      return {}
    }
    const out: Record<string, Answer> = {}
    for (const [id, raw] of this.entries(data, 'An answer to a question named')) {
      const name = this.questionName(id)
      if (!isRecord(raw)) {
        this.aside(`Your answer to ${name}`, 'is not in the expected shape')
        continue
      }
      const valueOk = AnswerValueSchema.safeParse(raw.value)
      const noteOk = raw.note === undefined || (typeof raw.note === 'string' && raw.note.length <= TEXT_LIMITS.note)
      if (!noteOk) this.aside(`Your note on ${name}`, tooLong(raw.note, TEXT_LIMITS.note))
      const note = noteOk && typeof raw.note === 'string' ? raw.note : undefined
      if (!valueOk.success) {
        const why =
          Array.isArray(raw.value) && raw.value.length > ID_LIMITS.choices
            ? `has more than ${ID_LIMITS.choices} choices`
            : tooLong(raw.value, TEXT_LIMITS.textAnswer)
        this.aside(`Your answer to ${name}`, why)
        if (note !== undefined) out[id] = { value: '', note }
        continue
      }
      const value = valueOk.data as AnswerValue
      out[id] = note === undefined ? { value } : { value, note }
    }
    return out
  }

  actionPlan(data: unknown): ActionRow[] {
    if (!Array.isArray(data)) {
      if (data !== undefined) this.aside('The action plan', 'is not in the expected shape')
      return []
    }
    if (data.length > MAX_ACTION_ROWS)
      this.aside(`Actions ${MAX_ACTION_ROWS + 1} to ${data.length}`, `are more than the ${MAX_ACTION_ROWS} the action plan holds`)
    const rows: ActionRow[] = []
    const ids = new Set<string>()
    data.slice(0, MAX_ACTION_ROWS).forEach((raw, i) => {
      const n = i + 1
      if (!isRecord(raw)) return this.aside(`Action ${n}`, 'is not in the expected shape')
      const field = (key: 'action' | 'lead' | 'targetDate' | 'measure', label: string): string => {
        const v = raw[key]
        if (typeof v === 'string' && v.length <= TEXT_LIMITS[key]) return v
        this.aside(`In action ${n}, ${label}`, v === undefined ? 'is missing' : tooLong(v, TEXT_LIMITS[key]))
        return ''
      }
      const idOk = typeof raw.id === 'string' && raw.id !== '' && raw.id.length <= ID_LIMITS.id && !ids.has(raw.id)
      const id = idOk ? (raw.id as string) : `recovered-${n}`
      ids.add(id)
      const source = typeof raw.source === 'string' && raw.source.length <= ID_LIMITS.id ? raw.source : 'user'
      rows.push({
        id,
        action: field('action', 'what will be done'),
        lead: field('lead', 'the lead'),
        targetDate: field('targetDate', 'the target date'),
        measure: field('measure', 'how you will know it is done'),
        source,
      })
    })
    return rows
  }

  combined(data: unknown): CombinedInfo | undefined {
    if (data === undefined) return undefined
    const parsed = CombinedSchema.safeParse(data)
    if (parsed.success) return parsed.data as CombinedInfo
    const path = parsed.error.issues[0]?.path ?? []
    const part =
      path[0] === 'spread' && typeof path[1] === 'string'
        ? `how the room answered ${this.questionName(path[1])}`
        : path[0] === 'spread'
          ? 'how the room answered'
          : path[0] === 'dissent'
            ? 'the disagreement recorded'
            : 'how many took part'
    this.aside(`The workshop details (${part})`, 'are not in the expected shape')
    return undefined
  }

  /** A short text field: kept if it fits, otherwise `fallback`. */
  short(data: unknown, max: number, what: string, fallback: string): string {
    if (typeof data === 'string' && data.length <= max) return data
    if (data !== undefined) this.aside(what, tooLong(data, max))
    return fallback
  }
}

/**
 * Read migrated saved data part by part. `data` must already be an object with the right
 * `format` and `formatVersion` (saved-file.ts checks those and refuses otherwise).
 */
export function salvage(data: Json, content: Content): { file: SavedAssessment; setAside: SetAside[] } {
  const r = new Reader(content)
  const assessment = isRecord(data.assessment) ? data.assessment : {}
  if (!isRecord(data.assessment)) r.aside('Your answers', 'are missing or not in the expected shape')
  const updatedAt = r.short(data.updatedAt, ID_LIMITS.dateTime, 'The time the answers were last changed', '')
  const file: SavedAssessment = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    contentVersion: r.short(
      data.contentVersion,
      ID_LIMITS.contentVersion,
      'The version of the questions the answers were given to',
      content.framework.contentVersion,
    ),
    createdAt: r.short(data.createdAt, ID_LIMITS.dateTime, 'The time the answers were started', updatedAt),
    updatedAt,
    assessment: {
      profile: r.profile(assessment.profile),
      priorities: r.strings(assessment.priorities, ID_LIMITS.id, ID_LIMITS.priorities, 'Local priorities'),
      answers: r.answers(assessment.answers),
    },
    completedThemes: r.strings(data.completedThemes, ID_LIMITS.id, ID_LIMITS.completedThemes, 'Sections marked complete'),
    actionPlan: r.actionPlan(data.actionPlan),
  }
  if (data.actionPlanStarted === true) file.actionPlanStarted = true
  const combined = r.combined(data.combined)
  if (combined) file.combined = combined
  return { file, setAside: r.setAside }
}
