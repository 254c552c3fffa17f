/** Questions (in themes/*.yaml) and the profile (profile.yaml). */
import { z } from 'zod'
import { Id, Text } from './common.ts'
import { ConditionSchema } from './conditions.ts'

export const OptionSchema = z.strictObject({
  value: Id,
  label: Text,
  hint: Text.optional(),
  points: z.number().min(0).optional(),
  /** A "None of these" option: choosing it clears the others. */
  exclusive: z.boolean().optional(),
})

/** One line of a statutory essential: which answers put it on this line, and why (issue 10). */
export const EssentialLineSchema = z.strictObject({
  status: z.enum(['met', 'partly-met', 'not-met']),
  /** Answer values on this line (scale and yes-partly-no questions). */
  values: z.array(Id).min(1).optional(),
  /** Or, for multiple and number questions: the line holds when the answer's points are at least this. */
  atLeastPoints: z.number().min(0).optional(),
  /** Only when changes to the service are planned. */
  whenChangesPlanned: z.boolean().optional(),
  /** Why this answer is on this line, in plain English, naming the case or guidance. */
  reason: Text,
})
export type EssentialLine = z.infer<typeof EssentialLineSchema>

const QuestionBase = {
  id: Id,
  /** Short name used in summaries, explanations and the report. */
  short: Text,
  /** The question, one sentence. */
  prompt: Text,
  hint: Text.optional(),
  /** "Why we ask this": plain English, naming the source. */
  why: Text,
  refs: z.array(Id).min(1, 'every question needs at least one reference'),
  weight: z.number().min(0).default(1),
  dontKnow: z.boolean().default(true),
  notApplicable: z.boolean().default(false),
  showWhen: ConditionSchema.optional(),
  essential: z.boolean().default(false),
  /** For essentials: the law's lines, first match wins (lines with whenChangesPlanned are tried first when changes are planned). */
  lines: z.array(EssentialLineSchema).optional(),
  /** This question decides the legal position (the duty check route asks it). Essentials always do. */
  legal: z.boolean().default(false),
}

export const QuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...QuestionBase,
    kind: z.literal('scale'),
    scale: Id,
    /** A label for every value of the scale, describing practice at that level for this question. */
    labels: z.record(Id, Text),
  }),
  z.strictObject({
    ...QuestionBase,
    kind: z.literal('yes-partly-no'),
    /** Optional labels for yes, partly and no that describe practice for this question. */
    labels: z.strictObject({ yes: Text, partly: Text, no: Text }).partial().optional(),
  }),
  z.strictObject({
    ...QuestionBase,
    kind: z.literal('multiple'),
    options: z.array(OptionSchema.extend({ points: z.number().min(0) })).min(2),
    /** Points are summed over the options chosen, up to this cap (default: the sum of all). */
    maxPoints: z.number().positive().optional(),
  }),
  z.strictObject({
    ...QuestionBase,
    kind: z.literal('number'),
    unit: Text,
    min: z.number().default(0),
    max: z.number().optional(),
    /** Optional scoring: the highest threshold reached gives its points. No thresholds: a fact. */
    thresholds: z.array(z.strictObject({ atLeast: z.number(), points: z.number().min(0) })).optional(),
  }),
  z.strictObject({
    ...QuestionBase,
    kind: z.literal('text'),
  }),
])

export const ThemeSchema = z.strictObject({
  id: Id,
  /** A task name that starts with a verb, for the task list. */
  title: Text,
  summary: Text,
  whyItMatters: Text,
  refs: z.array(Id).min(1),
  questions: z.array(QuestionSchema).min(1),
})

export const ProfileFieldSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: Id,
    kind: z.literal('text'),
    short: Text,
    label: Text,
    /** The error shown when a required field is left empty. */
    error: Text.optional(),
    hint: Text.optional(),
    optional: z.boolean().default(false),
    maxLength: z.number().int().positive().default(200),
  }),
  z.strictObject({
    id: Id,
    kind: z.literal('choice'),
    short: Text,
    label: Text,
    error: Text.optional(),
    hint: Text.optional(),
    optional: z.boolean().default(false),
    options: z.array(OptionSchema.omit({ points: true, exclusive: true })).min(2),
  }),
  z.strictObject({
    id: Id,
    kind: z.literal('number'),
    short: Text,
    label: Text,
    hint: Text.optional(),
    optional: z.boolean().default(false),
    min: z.number().default(0),
    max: z.number().optional(),
  }),
])

export const ProfileSchema = z.strictObject({ fields: z.array(ProfileFieldSchema).min(1) })
