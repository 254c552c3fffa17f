/**
 * Flags: rules in questions/rules/*.yaml whose condition holds for these answers, ordered so the
 * most serious legal risk comes first:
 *
 * 1. by severity: critical, then warning, then advice;
 * 2. within a severity, by what the risk rests on: the Act itself (a flag citing an act-section
 *    reference, such as a charge section 8 does not allow), then a court case or inquiry
 *    (case-law), then guidance and practice;
 * 3. then in content order.
 */
import type { Condition, Content, Reference } from '../../content/schema'
import { describe, evaluate, type ConditionContext } from '../core/conditions'
import type { RaisedFlag } from '../core/result'

export const SEVERITY_ORDER = { critical: 0, warning: 1, advice: 2 } as const

/** 0: rests on the Act; 1: on a court case or inquiry; 2: on guidance or practice. */
export function groundOf(references: Reference[]): 0 | 1 | 2 {
  if (references.some((r) => r.kind === 'act-section')) return 0
  if (references.some((r) => r.kind === 'case-law')) return 1
  return 2
}

/** The questions whose answers make a condition true: answer leaves that hold, inside branches that hold. */
export function matchedQuestions(condition: Condition, ctx: ConditionContext): string[] {
  if (!evaluate(condition, ctx)) return []
  if ('all' in condition) return condition.all.flatMap((c) => matchedQuestions(c, ctx))
  if ('any' in condition) return condition.any.flatMap((c) => matchedQuestions(c, ctx))
  if ('answer' in condition) return [condition.answer]
  return []
}

const normalise = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')

/**
 * The legal lessons for a flag: those that name it in their tags, and those that cite the same
 * court case or inquiry (a lesson source equal to the URL of one of the flag's case-law references).
 */
export function lessonsFor(content: Content, flagId: string, references: Reference[]): string[] {
  const cases = new Set(references.filter((r) => r.kind === 'case-law').map((r) => normalise(r.url)))
  return content.caseStudies
    .filter((c) => c.kind === 'lesson' && (c.tags.flags.includes(flagId) || c.sources.some((u) => cases.has(normalise(u)))))
    .map((c) => c.id)
}

/** Raise every flag whose condition holds, with its reason in words and its references. */
export function raiseFlags(content: Content, ctx: ConditionContext): RaisedFlag[] {
  const references = new Map(content.references.map((r) => [r.id, r]))
  return content.flags
    .map((flag, index) => ({ flag, index }))
    .filter(({ flag }) => evaluate(flag.when, ctx))
    .map(({ flag, index }) => {
      const refs = flag.refs.flatMap((id) => references.get(id) ?? [])
      const ground = groundOf(refs)
      const raised: RaisedFlag = {
        id: flag.id,
        severity: flag.severity,
        title: flag.title,
        why: flag.why,
        action: flag.action,
        because: describe(flag.when, content),
        references: refs,
        lessons: lessonsFor(content, flag.id, refs),
        legal: ground < 2,
        questionIds: [...new Set(matchedQuestions(flag.when, ctx))],
      }
      return { raised, ground, index }
    })
    .sort((a, b) => SEVERITY_ORDER[a.raised.severity] - SEVERITY_ORDER[b.raised.severity] || a.ground - b.ground || a.index - b.index)
    .map(({ raised }) => raised)
}
