/**
 * Recommendations: case studies, governance models and smarter-services approaches, ranked by
 * relevance, each with the reasons that gave it points. Nothing is recommended without a reason.
 *
 * Case studies: each chosen priority in its tags adds 5; each delivery model the council says it
 * is considering adds 5; each tagged theme below the top band adds 2 (3 when it is Red); a case
 * study about the council itself or one of its 15 statistically nearest neighbours ("A council
 * similar to yours", from the national data: `similar`) adds 1, or else the same council type
 * adds 1 (one or the other, and only beside another reason, so likeness never outranks a chosen
 * priority and never recommends a case study on its own); for a lesson, each raised flag it is linked to adds 8 when the flag is
 * critical and 4 otherwise (a lesson is linked to a flag that names it or cites its case). Lessons
 * appear only when one of their flags is raised. Chosen priorities weigh strongly: where at least three case
 * studies serve a chosen priority, at least half of the first six do (the best of them are
 * moved up when the points alone would not put them there).
 * Models and approaches: the sum of the weights of the `fit` entries whose condition holds.
 */
import type { Content, OptionModel } from '../../content/schema'
import { evaluate, type ConditionContext } from '../core/conditions'
import type { CaseStudyRecommendation, OptionRecommendation, RaisedFlag, Reason, ThemeResult } from '../core/result'

export const POINTS = { priority: 5, model: 5, weakTheme: 2, redTheme: 3, councilType: 1, similarCouncil: 1, flag: 4, criticalFlag: 8 } as const

/** The question where a council says which delivery models it is considering. */
export const MODEL_CONSIDERED_QUESTION = 'delivery-model-considered'
/** How many recommendations count as the top, and how many of them must serve a chosen priority. */
export const TOP = 6
export const PRIORITY_SHARE = 3

/** The delivery models (governance model ids) the council says it is considering. */
export function modelsConsidered(ctx: ConditionContext): string[] {
  if (!ctx.isVisible(MODEL_CONSIDERED_QUESTION)) return []
  const value = ctx.assessment.answers[MODEL_CONSIDERED_QUESTION]?.value
  const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
  return chosen.filter((v) => ctx.content.governanceModels.some((m) => m.id === v))
}

function total(reasons: Reason[]): number {
  return reasons.reduce((sum, r) => sum + r.points, 0)
}

/** Rank case studies for this council. Ties keep DCMS toolkit case studies first, then content order. */
/** Case study id -> why it is about a council like this one (src/engine/council similarCaseStudies). */
export type SimilarCouncils = ReadonlyMap<string, { reason: string }>

export function recommendCaseStudies(
  content: Content,
  ctx: ConditionContext,
  themes: ThemeResult[],
  flags: RaisedFlag[],
  similar: SimilarCouncils = new Map(),
): CaseStudyRecommendation[] {
  const top = content.framework.bands[content.framework.bands.length - 1]!
  const chosen = new Set(ctx.assessment.priorities)
  const councilType = ctx.assessment.profile['council-type']
  const typeField = content.profile.find((f) => f.id === 'council-type')
  const typeLabel = typeField?.kind === 'choice' ? typeField.options.find((o) => o.value === councilType)?.label : undefined
  const considered = modelsConsidered(ctx)

  const ranked = content.caseStudies.map((study, index) => {
    const reasons: Reason[] = []
    if (study.kind === 'lesson') {
      for (const flag of flags) {
        if (flag.lessons.includes(study.id))
          reasons.push({ kind: 'flag', text: `Risk flagged: ${flag.title}`, points: flag.severity === 'critical' ? POINTS.criticalFlag : POINTS.flag })
      }
      if (reasons.length === 0) return { id: study.id, relevance: 0, reasons, index, toolkit: study.toolkit }
    }
    for (const id of study.tags.priorities) {
      if (!chosen.has(id)) continue
      const title = content.priorities.find((p) => p.id === id)?.title ?? id
      reasons.push({ kind: 'priority', text: `You chose ${title}`, points: POINTS.priority })
    }
    if (study.kind === 'example') {
      for (const id of study.tags.governance) {
        if (!considered.includes(id)) continue
        const name = ctx.content.governanceModels.find((m) => m.id === id)?.name ?? id
        reasons.push({ kind: 'model', text: `You are considering this way of running the service: ${name}`, points: POINTS.model })
      }
    }
    for (const id of study.tags.themes) {
      const theme = themes.find((t) => t.id === id)
      if (!theme?.band || (theme.band.id === top.id && !theme.capped)) continue
      const red = theme.band.rag === 'Red'
      reasons.push({
        kind: 'theme',
        text: `${theme.title}: your score is ${theme.band.rag} (${theme.band.name})`,
        points: red ? POINTS.redTheme : POINTS.weakTheme,
      })
    }
    const like = similar.get(study.id)
    if (reasons.length > 0 && like) {
      // Likeness counts once: a similar council's case study does not also score for its type.
      reasons.push({ kind: 'council-type', text: like.reason, points: POINTS.similarCouncil })
    } else if (reasons.length > 0 && councilType !== undefined && study.councilType === councilType && typeLabel) {
      reasons.push({ kind: 'council-type', text: `Same type of council as yours: ${typeLabel}`, points: POINTS.councilType })
    }
    return { id: study.id, relevance: total(reasons), reasons, index, toolkit: study.toolkit }
  })
  const sorted = ranked
    .filter((r) => r.relevance > 0)
    .sort((a, b) => b.relevance - a.relevance || Number(b.toolkit) - Number(a.toolkit) || a.index - b.index)
    .map(({ id, relevance, reasons }) => ({ id, relevance, reasons }))
  return withPriorityShare(sorted)
}

/**
 * Where at least PRIORITY_SHARE recommendations serve a chosen priority, make sure at least that
 * many are in the first TOP, moving up the best of them in place of the lowest-ranked others.
 */
export function withPriorityShare(list: CaseStudyRecommendation[]): CaseStudyRecommendation[] {
  const serves = (r: CaseStudyRecommendation) => r.reasons.some((reason) => reason.kind === 'priority')
  if (list.filter(serves).length < PRIORITY_SHARE) return list
  const top = list.slice(0, TOP)
  const missing = PRIORITY_SHARE - top.filter(serves).length
  if (missing <= 0) return list
  const promoted = list.slice(TOP).filter(serves).slice(0, missing)
  // Drop the lowest-ranked others from the top, keep order otherwise.
  const others = top.filter((r) => !serves(r))
  const dropped = new Set(others.slice(others.length - missing).map((r) => r.id))
  const newTop = [...top.filter((r) => !dropped.has(r.id)), ...promoted]
  const rest = list.filter((r) => !newTop.includes(r))
  return [...newTop, ...rest]
}

/**
 * Rank governance models or smarter-services approaches by fit. Returns those with at least one
 * reason, most relevant first; ties keep content order.
 */
export function recommendOptions(models: OptionModel[], ctx: ConditionContext): OptionRecommendation[] {
  return models
    .map((model, index) => {
      const reasons: Reason[] = model.fit.filter((f) => evaluate(f.when, ctx)).map((f) => ({ kind: 'fit' as const, text: f.reason, points: f.weight }))
      return {
        index,
        id: model.id,
        name: model.name,
        relevance: total(reasons),
        reasons,
        cautions: model.cautions.map((c) => ({ text: c.text, applies: c.when ? evaluate(c.when, ctx) : false })),
      }
    })
    .filter((m) => m.reasons.length > 0 && m.relevance > 0)
    .sort((a, b) => b.relevance - a.relevance || a.index - b.index)
    .map(({ id, name, relevance, reasons, cautions }) => ({ id, name, relevance, reasons, cautions }))
}
