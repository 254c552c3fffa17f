/**
 * The one entry point: assess(content, assessment) → Result. Pure and deterministic: the same
 * content and answers always give the same Result, and nothing reads the clock or the browser.
 */
import type { Content } from '../../content/schema'
import type { Assessment } from '../core/assessment'
import type { ConditionContext } from '../core/conditions'
import { raiseFlags } from './flags'
import { recommendCaseStudies, recommendOptions } from './recommend'
import type { Headline, Result, ThemeResult } from '../core/result'
import { essentialsOf, overallScore, questionResults, scoreTheme } from './scoring'

/** Score, flag and recommend for one assessment. */
export function assess(content: Content, assessment: Assessment): Result {
  const questions = questionResults(content, assessment)
  const byId = new Map(questions.map((q) => [q.id, q]))
  const themes = content.themes.map((t) => scoreTheme(t.id, t.title, questions, content.framework.bands))
  const themeScores = new Map(themes.map((t) => [t.id, t.score]))
  const essentials = essentialsOf(questions)

  const ctx: ConditionContext = {
    content,
    assessment,
    questions: new Map(content.themes.flatMap((t) => t.questions).map((q) => [q.id, q])),
    isVisible: (id) => byId.get(id)?.visible === true,
    pointsOf: (id) => {
      const q = byId.get(id)
      return q && q.status === 'answered' ? q.points : undefined
    },
    themeScore: (id) => themeScores.get(id) ?? undefined,
  }

  const flags = raiseFlags(content, ctx)
  const visible = questions.filter((q) => q.visible)
  const answered = visible.filter((q) => q.status !== 'unanswered').length

  return {
    contentVersion: content.framework.contentVersion,
    questions,
    themes,
    overall: overallScore(themes, content.framework.bands, essentials),
    essentials,
    flags,
    headline: headline(themes, essentials, flags.filter((f) => f.severity === 'critical').length),
    recommendations: {
      caseStudies: recommendCaseStudies(content, ctx, themes, flags),
      governanceModels: recommendOptions(content.governanceModels, ctx),
      smarterServices: recommendOptions(content.smarterServices, ctx),
    },
    completeness: { answered, visible: visible.length, percent: visible.length === 0 ? 0 : Math.round((100 * answered) / visible.length) },
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * A one-sentence summary in council language, for example "Meets 9 of 12 statutory essentials
 * in full and 2 in part; 3 critical risks; strongest theme: Access and reach; weakest: Consultation".
 */
export function headline(themes: ThemeResult[], essentials: Result['essentials'], criticalFlags: number): Headline {
  const count = (s: string) => essentials.filter((e) => e.status === s).length
  const scored = themes.filter((t) => t.score !== null)
  // Strongest: highest score, first in theme order on a tie. Weakest: lowest, likewise.
  const strongest = scored.reduce<ThemeResult | null>((best, t) => (best === null || (t.score ?? 0) > (best.score ?? 0) ? t : best), null)
  const weakest = scored.reduce<ThemeResult | null>((worst, t) => (worst === null || (t.score ?? 0) < (worst.score ?? 0) ? t : worst), null)
  const met = count('met')
  const partly = count('partly-met')
  const unknown = count('unknown')
  const parts = [`Meets ${met} of ${plural(essentials.length, 'statutory essential', 'statutory essentials')} in full and ${partly} in part`]
  if (unknown > 0) parts.push(`${unknown} not known`)
  parts.push(plural(criticalFlags, 'critical risk', 'critical risks'))
  if (strongest && weakest && strongest.id !== weakest.id) {
    parts.push(`strongest theme: ${strongest.title}`, `weakest: ${weakest.title}`)
  }
  return {
    text: parts.join('; '),
    essentialsTotal: essentials.length,
    essentialsMet: met,
    essentialsPartlyMet: partly,
    essentialsNotMet: count('not-met'),
    essentialsUnknown: unknown,
    criticalFlags,
    strongestThemeId: strongest?.id ?? null,
    weakestThemeId: weakest?.id ?? null,
  }
}
