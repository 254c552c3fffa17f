/**
 * The shape of everything in questions/. Each YAML file is checked against one of these
 * schemas when the app is built and in the tests. Types used by the engine come from here.
 */
import { z } from 'zod'

/** Ids are lower-case words joined by hyphens, such as `needs-assessment-current`. */
export const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
const Text = z.string().trim().min(1, 'must not be empty')
const Url = z.url({ protocol: /^https?$/ })

export { DONT_KNOW, NOT_APPLICABLE } from '../engine/core/answer-values.ts'

// ---------------------------------------------------------------------------------------
// Conditions: one small data-only language for show-when, flags and recommendation fit.
// ---------------------------------------------------------------------------------------

export type Scalar = string | number
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { answer: string; equals: Scalar }
  | { answer: string; in: Scalar[] }
  | { answer: string; answered: boolean }
  | { answer: string; atMost: number }
  | { answer: string; atLeast: number }
  | { theme: string; below: number }
  | { theme: string; atLeast: number }
  | { priority: string }
  | { profile: string; equals: Scalar }
  | { profile: string; in: Scalar[] }

const Scalar = z.union([z.string(), z.number()])
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ answer: Id, equals: Scalar }),
    z.strictObject({ answer: Id, in: z.array(Scalar).min(1) }),
    z.strictObject({ answer: Id, answered: z.boolean() }),
    z.strictObject({ answer: Id, atMost: z.number() }),
    z.strictObject({ answer: Id, atLeast: z.number() }),
    z.strictObject({ theme: Id, below: z.number().min(0).max(100) }),
    z.strictObject({ theme: Id, atLeast: z.number().min(0).max(100) }),
    z.strictObject({ priority: Id }),
    z.strictObject({ profile: Id, equals: Scalar }),
    z.strictObject({ profile: Id, in: z.array(Scalar).min(1) }),
  ]),
)

// ---------------------------------------------------------------------------------------
// framework.yaml
// ---------------------------------------------------------------------------------------

export const ScaleOptionSchema = z.strictObject({
  value: Id,
  label: Text,
  points: z.number().min(0),
  /** What a council at this level can show: observable practice, not "good" or "poor". */
  descriptor: Text,
})

export const ScaleSchema = z.strictObject({
  id: Id,
  title: Text,
  options: z.array(ScaleOptionSchema).min(2),
})

export const BandSchema = z.strictObject({
  id: Id,
  name: Text,
  rag: z.enum(['Red', 'Amber', 'Green']),
  /** Lowest theme score (0 to 100) that reaches this band. */
  min: z.number().min(0).max(100),
  description: Text,
})

export const LabelledIdSchema = z.strictObject({ id: Id, label: Text })

export const FrameworkSchema = z.strictObject({
  contentVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0'),
  scales: z.array(ScaleSchema).min(1),
  bands: z.array(BandSchema).min(2),
  themeOrder: z.array(Id).min(1),
  audiences: z.array(LabelledIdSchema).min(1),
  /** The most local priorities a council can choose. */
  maxPriorities: z.number().int().min(1).max(9),
})

// ---------------------------------------------------------------------------------------
// Questions (in themes/*.yaml) and the profile (profile.yaml)
// ---------------------------------------------------------------------------------------

const OptionSchema = z.strictObject({
  value: Id,
  label: Text,
  hint: Text.optional(),
  points: z.number().min(0).optional(),
  /** A "None of these" option: choosing it clears the others. */
  exclusive: z.boolean().optional(),
})

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

// ---------------------------------------------------------------------------------------
// priorities.yaml, references/*.yaml, rules/*.yaml
// ---------------------------------------------------------------------------------------

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
  kind: z.enum(['act-section', 'guidance', 'case-law', 'toolkit', 'case-study', 'research']),
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
})
export const RulesSchema = z.strictObject({ flags: z.array(FlagSchema).min(1) })

// ---------------------------------------------------------------------------------------
// case-studies.yaml, governance-models.yaml, smarter-services.yaml
// ---------------------------------------------------------------------------------------

export const CouncilType = z.enum(['county', 'unitary', 'metropolitan-district', 'london-borough', 'city-of-london'])

export const CaseStudySchema = z.strictObject({
  id: Id,
  /** "example" of practice, or a legal "lesson" recommended when a matching flag is raised. */
  kind: z.enum(['example', 'lesson']),
  title: Text,
  organisation: Text,
  place: Text,
  councilType: CouncilType.optional(),
  years: Text,
  summary: Text,
  /** Outcomes as the sources state them. Figures only where a source gives them. */
  outcomes: z.array(Text).default([]),
  tags: z.strictObject({
    priorities: z.array(Id).default([]),
    themes: z.array(Id).default([]),
    governance: z.array(Id).default([]),
    smarter: z.array(Id).default([]),
    audiences: z.array(Id).default([]),
    /** For lessons: the flags that make this case worth reading. */
    flags: z.array(Id).default([]),
  }),
  toolkit: z.boolean(),
  sources: z.array(Url).min(1, 'every case study needs at least one source URL'),
})
export const CaseStudiesSchema = z.strictObject({ caseStudies: z.array(CaseStudySchema).min(1) })

/** A reason a model or approach fits, raised when its condition holds. */
export const FitSchema = z.strictObject({ when: ConditionSchema, reason: Text, weight: z.number().min(0).max(10).default(1) })
/** A caution: always shown, or highlighted when its condition holds. */
export const CautionSchema = z.strictObject({ text: Text, when: ConditionSchema.optional() })

export const OptionModelSchema = z.strictObject({
  id: Id,
  name: Text,
  summary: Text,
  fit: z.array(FitSchema).min(1),
  prerequisites: z.array(Text).default([]),
  cautions: z.array(CautionSchema).default([]),
  examples: z.array(Id).default([]),
  refs: z.array(Id).min(1),
})
export const GovernanceModelsSchema = z.strictObject({ models: z.array(OptionModelSchema).min(1) })
export const SmarterServicesSchema = z.strictObject({ approaches: z.array(OptionModelSchema).min(1) })

// ---------------------------------------------------------------------------------------
// report.yaml: fixed wording for the report, with its sources
// ---------------------------------------------------------------------------------------

export const LegalParagraphSchema = z.strictObject({ heading: Text, text: Text, refs: z.array(Id).min(1, 'every paragraph needs a source') })
export const ReportTextSchema = z.strictObject({ legalContext: z.array(LegalParagraphSchema).min(1) })

// ---------------------------------------------------------------------------------------
// The whole content set, as the engine sees it.
// ---------------------------------------------------------------------------------------

export type ScaleOption = z.infer<typeof ScaleOptionSchema>
export type Scale = z.infer<typeof ScaleSchema>
export type Band = z.infer<typeof BandSchema>
export type Framework = z.infer<typeof FrameworkSchema>
export type Question = z.infer<typeof QuestionSchema>
export type QuestionKind = Question['kind']
export type Theme = z.infer<typeof ThemeSchema>
export type ProfileField = z.infer<typeof ProfileFieldSchema>
export type Priority = z.infer<typeof PrioritySchema>
export type Reference = z.infer<typeof ReferenceSchema>
export type Flag = z.infer<typeof FlagSchema>
export type CaseStudy = z.infer<typeof CaseStudySchema>
export type OptionModel = z.infer<typeof OptionModelSchema>
export type CouncilTypeId = z.infer<typeof CouncilType>
export type LegalParagraph = z.infer<typeof LegalParagraphSchema>

export interface Content {
  framework: Framework
  profile: ProfileField[]
  themes: Theme[]
  priorities: Priority[]
  references: Reference[]
  flags: Flag[]
  caseStudies: CaseStudy[]
  governanceModels: OptionModel[]
  smarterServices: OptionModel[]
  /** The legal context printed at the end of the report. */
  legalContext: LegalParagraph[]
}
