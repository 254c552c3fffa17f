/**
 * The action plan: rows suggested from raised flags (critical first) and from themes below the
 * top band, which the user edits and keeps with the assessment.
 */
import type { Result } from '../core/result'
import type { ActionRow } from '../files/saved-file'

/** Suggested rows, one per raised flag and one per theme that is not yet at the top band. */
export function suggestActions(result: Result, topBandId: string): ActionRow[] {
  const fromFlags = result.flags.map((f) => ({ id: `flag-${f.id}`, action: f.action, lead: '', targetDate: '', measure: `The risk “${f.title}” no longer applies`, source: f.id }))
  const fromThemes = result.themes
    .filter((t) => t.band && (t.band.id !== topBandId || t.capped) && t.nextLevel)
    .map((t) => ({ id: `theme-${t.id}`, action: `${t.title}: ${t.nextLevel}`, lead: '', targetDate: '', measure: `“${t.title}” reaches the next level`, source: t.id }))
  return [...fromFlags, ...fromThemes]
}

/** Add suggestions that are not in the plan yet, keeping every row the user has. */
export function mergeSuggestions(plan: ActionRow[], suggestions: ActionRow[]): ActionRow[] {
  const have = new Set(plan.map((r) => r.id))
  return [...plan, ...suggestions.filter((s) => !have.has(s.id))]
}
