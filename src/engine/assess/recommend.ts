/**
 * Recommendations: case studies, governance models and smarter-services approaches, ranked by
 * relevance, each with the reasons that gave it points. Nothing is recommended without a reason.
 *
 * Case studies: each chosen priority in its tags adds 3; each tagged theme below the top band
 * adds 2 (3 when it is Red); the same council type adds 1; for a lesson, each raised flag it
 * names adds 4. Lessons appear only when one of their flags is raised.
 * Models and approaches: the sum of the weights of the `fit` entries whose condition holds.
 */
import type { Content, OptionModel } from '../../content/schema'
import { evaluate, type ConditionContext } from '../core/conditions'
import type { CaseStudyRecommendation, OptionRecommendation, RaisedFlag, Reason, ThemeResult } from '../core/result'

export const POINTS = { priority: 3, weakTheme: 2, redTheme: 3, councilType: 1, flag: 4 } as const

function total(reasons: Reason[]): number {
  return reasons.reduce((sum, r) => sum + r.points, 0)
}

/** Rank case studies for this council. Ties keep DCMS toolkit case studies first, then content order. */
export function recommendCaseStudies(content: Content, ctx: ConditionContext, themes: ThemeResult[], flags: RaisedFlag[]): CaseStudyRecommendation[] {
  const top = content.framework.bands[content.framework.bands.length - 1]!
  const chosen = new Set(ctx.assessment.priorities)
  const raised = new Map(flags.map((f) => [f.id, f]))
  const councilType = ctx.assessment.profile['council-type']
  const typeField = content.profile.find((f) => f.id === 'council-type')
  const typeLabel = typeField?.kind === 'choice' ? typeField.options.find((o) => o.value === councilType)?.label : undefined

  const ranked = content.caseStudies.map((study, index) => {
    const reasons: Reason[] = []
    if (study.kind === 'lesson') {
      for (const id of study.tags.flags) {
        const flag = raised.get(id)
        if (flag) reasons.push({ kind: 'flag', text: `Risk flagged: ${flag.title}`, points: POINTS.flag })
      }
      if (reasons.length === 0) return { id: study.id, relevance: 0, reasons, index, toolkit: study.toolkit }
    }
    for (const id of study.tags.priorities) {
      if (!chosen.has(id)) continue
      const title = content.priorities.find((p) => p.id === id)?.title ?? id
      reasons.push({ kind: 'priority', text: `You chose ${title}`, points: POINTS.priority })
    }
    for (const id of study.tags.themes) {
      const theme = themes.find((t) => t.id === id)
      if (!theme?.band || (theme.band.id === top.id && !theme.capped)) continue
      const red = theme.band.rag === 'Red'
      reasons.push({ kind: 'theme', text: `${theme.title}: your score is ${theme.band.rag} (${theme.band.name})`, points: red ? POINTS.redTheme : POINTS.weakTheme })
    }
    if (reasons.length > 0 && councilType !== undefined && study.councilType === councilType && typeLabel) {
      reasons.push({ kind: 'council-type', text: `Same type of council as yours: ${typeLabel}`, points: POINTS.councilType })
    }
    return { id: study.id, relevance: total(reasons), reasons, index, toolkit: study.toolkit }
  })
  return ranked
    .filter((r) => r.relevance > 0)
    .sort((a, b) => b.relevance - a.relevance || Number(b.toolkit) - Number(a.toolkit) || a.index - b.index)
    .map(({ id, relevance, reasons }) => ({ id, relevance, reasons }))
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
