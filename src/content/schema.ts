/**
 * The shape of everything in questions/. Each YAML file is checked against one of these
 * schemas when the app is built and in the tests. Types used by the engine come from here.
 * The schemas themselves live in ./schemas/, one file per group of content files.
 */
import type { z } from 'zod'
import type { ScaleOptionSchema, ScaleSchema, BandSchema, FrameworkSchema } from './schemas/framework.ts'
import type { QuestionSchema, ThemeSchema, ProfileFieldSchema } from './schemas/questions.ts'
import type { PrioritySchema, ReferenceSchema, FlagSchema } from './schemas/sources.ts'
import type { CaseStudySchema, OptionModelSchema, CouncilType, LegalParagraphSchema } from './schemas/recommendations.ts'

export { DONT_KNOW, NOT_APPLICABLE } from '../engine/core/answer-values.ts'
export { Id } from './schemas/common.ts'
export * from './schemas/conditions.ts'
export * from './schemas/framework.ts'
export * from './schemas/questions.ts'
export * from './schemas/sources.ts'
export * from './schemas/recommendations.ts'
export * from './schemas/facts.ts'

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
