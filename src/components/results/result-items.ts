/**
 * What the results pages show of the content beside a result: the recommended case studies and
 * models with their content, and the titles of everything a result can name. Functions, not
 * module constants: the results part of the content arrives after this module loads (the router
 * waits for it before a results page opens).
 */
import { content } from '@/content'
import type { CaseStudy, OptionModel } from '@/content/schema'
import type { CaseStudyRecommendation, OptionRecommendation, Result } from '@/engine/core'

/** The title of each case study, delivery model and smarter way of working, by id. */
export function recommendationTitles(): Record<string, string> {
  return Object.fromEntries([
    ...content.caseStudies.map((c) => [c.id, c.title]),
    ...content.governanceModels.map((m) => [m.id, m.name]),
    ...content.smarterServices.map((m) => [m.id, m.name]),
  ])
}

export function caseStudyItems(result: Result): { study: CaseStudy; recommendation: CaseStudyRecommendation }[] {
  return result.recommendations.caseStudies.flatMap((recommendation) => {
    const study = content.caseStudies.find((c) => c.id === recommendation.id)
    return study ? [{ study, recommendation }] : []
  })
}

/** The recommended models of one kind, each with its content, most relevant first. */
export function optionItems(
  recommendations: OptionRecommendation[],
  models: readonly OptionModel[],
): { model: OptionModel; recommendation: OptionRecommendation }[] {
  return recommendations.flatMap((recommendation) => {
    const model = models.find((m) => m.id === recommendation.id)
    return model ? [{ model, recommendation }] : []
  })
}
