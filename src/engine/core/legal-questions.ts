/**
 * The questions that decide the legal position, derived from the content alone: every statutory
 * essential, every question named in the condition of a critical flag or of a warning that rests
 * on the Act or a court case (the flags the legal position counts, src/engine/assess/legal.ts),
 * and every question marked `legal: true`. A short "duty check" route asks just these, with the
 * profile question about planned changes. An answer to any other question never changes the
 * legal position (tests/engine/core/legal-questions.spec.ts). See questions/SCORING.md.
 */
import type { Condition, Content, Flag } from '../../content/schema'

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

/** Reference kinds that make a warning a legal one: the Act itself or a court case. */
const LEGAL_GROUNDS: ReadonlySet<string> = new Set(['act-section', 'case-law'])

/** The flags the legal position counts: every critical risk, and every warning resting on the Act or a court case. */
export function legalFlags(content: Content): Flag[] {
  const kinds = new Map(content.references.map((r) => [r.id, r.kind as string]))
  const legalGround = (f: Flag) => f.refs.some((id) => LEGAL_GROUNDS.has(kinds.get(id) ?? ''))
  return content.flags.filter((f) => f.severity === 'critical' || (f.severity === 'warning' && legalGround(f)))
}

/**
 * Ids of the questions that decide the legal position, in assessment order. A question that shows
 * or hides one of them decides it too (the kind of delivery model shows the essential on community
 * libraries), so the set is closed over `showWhen`: without it, a route asking just these could
 * never show that essential, and its position would read better than the full assessment's.
 */
export function legalQuestionIds(content: Content): string[] {
  const all = content.themes.flatMap((t) => t.questions)
  const byId = new Map(all.map((q) => [q.id, q]))
  const named = new Set(legalFlags(content).flatMap((f) => questionsIn(f.when)))
  const set = new Set(all.filter((q) => q.essential || q.legal || named.has(q.id)).map((q) => q.id))
  const pending = [...set]
  while (pending.length > 0) {
    const when = byId.get(pending.pop()!)?.showWhen
    for (const id of when ? questionsIn(when) : [])
      if (byId.has(id) && !set.has(id)) {
        set.add(id)
        pending.push(id)
      }
  }
  return all.filter((q) => set.has(q.id)).map((q) => q.id)
}
