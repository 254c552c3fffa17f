/** priorities.yaml, references/*.yaml and rules/*.yaml. */
import { z } from 'zod'
import { Id, Text, Url } from './common.ts'
import { ConditionSchema } from './conditions.ts'
import { RefFactSchema } from './facts.ts'

export const PrioritySchema = z.strictObject({
  id: Id,
  title: Text,
  description: Text,
  /** "libraries-deliver" for the seven national outcomes, "council" for common council priorities. */
  source: z.enum(['libraries-deliver', 'council']),
  refs: z.array(Id).min(1),
})
export const PrioritiesSchema = z.strictObject({ priorities: z.array(PrioritySchema).min(1) })

export const ReferenceSchema = z.strictObject({
  id: Id,
  title: Text,
  url: Url,
  kind: z.enum(['act-section', 'guidance', 'case-law', 'decision', 'toolkit', 'case-study', 'research']),
  publisher: Text.optional(),
})
export const ReferencesSchema = z.strictObject({ references: z.array(ReferenceSchema).min(1) })

export const FlagSchema = z.strictObject({
  id: Id,
  severity: z.enum(['critical', 'warning', 'advice']),
  title: Text,
  /** Why this matters, in plain English. */
  why: Text,
  /** What to do about it. */
  action: Text,
  when: ConditionSchema,
  refs: z.array(Id).min(1),
  /** Every figure in title, why and action, with the reference (one of `refs`) it comes from. */
  facts: z.array(RefFactSchema).optional(),
})
export const RulesSchema = z.strictObject({ flags: z.array(FlagSchema).min(1) })
