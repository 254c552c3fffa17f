/**
 * Flags: rules in questions/rules/*.yaml whose condition holds for these answers,
 * ordered critical first, then warning, then advice (content order within each).
 */
import type { Content } from '../../content/schema'
import { describe, evaluate, type ConditionContext } from '../core/conditions'
import type { RaisedFlag } from '../core/result'

export const SEVERITY_ORDER = { critical: 0, warning: 1, advice: 2 } as const

/** Raise every flag whose condition holds, with its reason in words and its references. */
export function raiseFlags(content: Content, ctx: ConditionContext): RaisedFlag[] {
  const references = new Map(content.references.map((r) => [r.id, r]))
  return content.flags
    .filter((flag) => evaluate(flag.when, ctx))
    .map((flag) => ({
      id: flag.id,
      severity: flag.severity,
      title: flag.title,
      why: flag.why,
      action: flag.action,
      because: describe(flag.when, content),
      references: flag.refs.flatMap((id) => references.get(id) ?? []),
      lessons: content.caseStudies.filter((c) => c.kind === 'lesson' && c.tags.flags.includes(flag.id)).map((c) => c.id),
    }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}
