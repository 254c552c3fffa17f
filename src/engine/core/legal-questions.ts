/**
 * The questions that decide the legal position, derived from the content alone: every statutory
 * essential, every question marked `legal: true`, and
 * every question named in the condition of a critical flag. A short "duty check" route can ask
 * just these, with the profile question about planned changes. See questions/SCORING.md.
 */
import type { Condition, Content } from '../../content/schema'

/** Every question id named in a condition. */
export function questionsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn)
  if ('any' in condition) return condition.any.flatMap(questionsIn)
  if ('not' in condition) return questionsIn(condition.not)
  if ('answer' in condition) return [condition.answer]
  return []
}

/** The profile fields the legal position depends on. */
export const LEGAL_PROFILE_FIELDS = ['changes-planned'] as const

/** Ids of the questions that decide the legal position, in assessment order. */
export function legalQuestionIds(content: Content): string[] {
  const named = new Set(content.flags.filter((f) => f.severity === 'critical').flatMap((f) => questionsIn(f.when)))
  return content.themes
    .flatMap((t) => t.questions)
    .filter((q) => q.essential || q.legal || named.has(q.id))
    .map((q) => q.id)
}
