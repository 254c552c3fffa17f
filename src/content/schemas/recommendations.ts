/** case-studies/*.yaml, governance-models.yaml, smarter-services.yaml and report.yaml. */
import { z } from 'zod'
import { Id, Text, Url } from './common.ts'
import { ConditionSchema } from './conditions.ts'
import { RefFactSchema, SourceFactSchema } from './facts.ts'

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
  /** Every figure in the title, summary and outcomes, with the source URL (one of `sources`) it comes from. */
  facts: z.array(SourceFactSchema).optional(),
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
  /** Every figure in the name, summary, fit reasons, prerequisites and cautions, with its reference (one of `refs`). */
  facts: z.array(RefFactSchema).optional(),
})
export const GovernanceModelsSchema = z.strictObject({ models: z.array(OptionModelSchema).min(1) })
export const SmarterServicesSchema = z.strictObject({ approaches: z.array(OptionModelSchema).min(1) })

/** report.yaml: fixed wording for the report, with its sources. */
export const LegalParagraphSchema = z.strictObject({
  heading: Text,
  text: Text,
  refs: z.array(Id).min(1, 'every paragraph needs a source'),
  /** Every figure in the heading and text, with its reference (one of `refs`). */
  facts: z.array(RefFactSchema).optional(),
})
export const ReportTextSchema = z.strictObject({ legalContext: z.array(LegalParagraphSchema).min(1) })
