/**
 * Checks before a room's files are combined. A combined position only means something when every
 * file describes the same council in the same situation, so the workshop warns when the files
 * name different councils, different types of council, or disagree on whether changes are
 * planned (which decides the questions asked and the legal risks). The warnings count files by
 * what they say, never by who said it, so they are safe on a projector.
 */
import type { Content } from '../../content/schema'
import type { Respondent } from './workshop-model'
import { filesText, listText } from './words'
import { CHANGES_PLANNED_FIELD, COUNCIL_NAME_FIELD, COUNCIL_TYPE_FIELD } from './profile-fields'

export type RoomWarningKind = 'councils' | 'council-types' | 'changes-planned'

export interface RoomWarning {
  kind: RoomWarningKind
  /** One or two sentences: what differs and why it matters. */
  text: string
  /** Each different value with how many files give it, most first. */
  values: { label: string; files: number }[]
}

// Names that differ only in case, spaces or punctuation are the same council.
const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

function tally(respondents: readonly Respondent[], field: string, labelOf: (value: string) => string, key: (value: string) => string = (v) => v) {
  const groups = new Map<string, { label: string; files: number }>()
  for (const r of respondents) {
    const raw = r.file.assessment.profile[field]
    if (typeof raw !== 'string' || raw.trim() === '') continue
    const k = key(raw.trim())
    const group = groups.get(k) ?? { label: labelOf(raw.trim()), files: 0 }
    group.files++
    groups.set(k, group)
  }
  return [...groups.values()].sort((a, b) => b.files - a.files || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
}

function optionLabel(content: Content, field: string): (value: string) => string {
  const found = content.profile.find((f) => f.id === field)
  return (value) => (found?.kind === 'choice' ? (found.options.find((o) => o.value === value)?.label ?? value) : value)
}

const described = (values: { label: string; files: number }[]) => listText(values.map((v) => `“${v.label}” (${filesText(v.files)})`))

/**
 * The warnings for a room's files, in order of how much they matter: different councils, then
 * different answers to "changes planned", then different types of council. Empty when the files
 * agree or leave the fields blank.
 */
export function roomWarnings(content: Content, respondents: readonly Respondent[]): RoomWarning[] {
  const warnings: RoomWarning[] = []
  const councils = tally(respondents, COUNCIL_NAME_FIELD, (v) => v, normalise)
  if (councils.length > 1) {
    warnings.push({
      kind: 'councils',
      text: `These files come from ${councils.length} different councils: ${described(councils)}. A combined position only describes one council, so combine files from one council only, or correct the council name in the files.`,
      values: councils,
    })
  }
  const changes = tally(respondents, CHANGES_PLANNED_FIELD, optionLabel(content, CHANGES_PLANNED_FIELD))
  if (changes.length > 1) {
    warnings.push({
      kind: 'changes-planned',
      text: `The files give different answers about changes planned to the service: ${described(changes)}. This decides which questions are asked and which legal risks apply, so agree it before you combine the answers.`,
      values: changes,
    })
  }
  const types = tally(respondents, COUNCIL_TYPE_FIELD, optionLabel(content, COUNCIL_TYPE_FIELD))
  if (types.length > 1) {
    warnings.push({
      kind: 'council-types',
      text: `The files give different types of council: ${described(types)}. Check they describe the same council.`,
      values: types,
    })
  }
  return warnings
}
