/**
 * Profile answers and free text as the report shows them: trimmed, blank as null, a choice as its
 * option label. Shared by the cover (build-report.ts) and the appendix (build-appendices.ts).
 *
 * Exported API:
 * - `text(value): string | null` — trimmed text, or null when blank or missing
 * - `profileValue(content, saved, id): string | null` — a profile answer in words
 */
import type { Content } from '@/content/schema'
import type { SavedAssessment } from '@/engine/files'

export function text(value: string | number | undefined): string | null {
  if (value === undefined) return null
  const s = String(value).trim()
  return s === '' ? null : s
}

/** A profile answer in words: the option label for a choice, the value otherwise. */
export function profileValue(content: Content, saved: SavedAssessment, id: string): string | null {
  const value = saved.assessment.profile[id]
  const field = content.profile.find((f) => f.id === id)
  if (field?.kind === 'choice') return field.options.find((o) => o.value === value)?.label ?? text(value)
  return text(value)
}
