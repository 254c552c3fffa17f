/**
 * The one entry point: assess(content, assessment) → Result. Pure and deterministic: the same
 * content and answers always give the same Result, and nothing reads the clock or the browser.
 *
 * Two judgements side by side: the legal position (legal.ts), which leads, and service maturity
 * (the bands). The overall RAG is never better than the legal position allows.
 */
import type { Content } from '../../content/schema'
import type { Assessment } from '../core/assessment'
import type { ConditionContext } from '../core/conditions'
import { changesPlanned } from './essential-lines'
import { raiseFlags } from './flags'
import { boundedOverall, legalPosition, maturityOf } from './legal'
import { completenessOf, officerQuestions } from './officer-questions'
import { recommendCaseStudies, recommendOptions, type SimilarCouncils } from './recommend'
import type { Headline, LegalPosition, Maturity, Result, ThemeResult } from '../core/result'
import { questionResults } from './question-results'
import { essentialsOf, essentialsWaiting, overallScore, scoreTheme } from './scoring'

/** What assess() may be told beyond the content and the answers. */
export interface AssessOptions {
  /** Case studies about this council or one of its nearest neighbours, from the national data (src/engine/council). */
  similar?: SimilarCouncils
}

/** Score, flag and recommend for one assessment. */
export function assess(content: Content, assessment: Assessment, options: AssessOptions = {}): Result {
  const questions = questionResults(content, assessment)
  const byId = new Map(questions.map((q) => [q.id, q]))
  const bands = content.framework.bands
  // Scores first (flags and recommendations may test them), then bands held by the legal tests.
  const scored = content.themes.map((t) => scoreTheme(t.id, t.title, questions, bands))
  const themeScores = new Map(scored.map((t) => [t.id, t.score]))
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
  const themes = content.themes.map((t) => scoreTheme(t.id, t.title, questions, bands, flags))
  const dontKnow = new Set(questions.filter((q) => q.essential && q.visible && q.status === 'dont-know').map((q) => q.id))
  // An essential that may apply, hidden only until the answer that shows it is known, counts as not answered yet.
  const legal = legalPosition([...essentials, ...essentialsWaiting(content, questions)], flags, changesPlanned(assessment), dontKnow)
  const raw = overallScore(themes, bands)
  const maturity = maturityOf(raw)

  return {
    contentVersion: content.framework.contentVersion,
    questions,
    themes,
    overall: boundedOverall(raw, legal, bands),
    legal,
    maturity,
    essentials,
    flags,
    headline: headline(themes, essentials, flags.filter((f) => f.severity === 'critical').length, legal, maturity),
    recommendations: {
      caseStudies: recommendCaseStudies(content, ctx, themes, flags, options.similar),
      governanceModels: recommendOptions(content.governanceModels, ctx),
      smarterServices: recommendOptions(content.smarterServices, ctx),
    },
    completeness: completenessOf(questions),
    officerQuestions: officerQuestions(content, questions),
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * A summary in council language that starts with the legal position, for example "High legal
 * risk: 3 critical risks; 2 statutory essentials not met. Meets 9 of 13 statutory essentials in
 * full and 2 in part. Service maturity: Amber (Partly in place), 62 out of 100. Strongest theme:
 * Access and reach; weakest: Consultation."
 */
export function headline(themes: ThemeResult[], essentials: Result['essentials'], criticalFlags: number, legal?: LegalPosition, maturity?: Maturity): Headline {
  const count = (s: string) => essentials.filter((e) => e.status === s).length
  const scored = themes.filter((t) => t.score !== null)
  // Strongest: highest score, first in theme order on a tie. Weakest: lowest, likewise.
  const strongest = scored.reduce<ThemeResult | null>((best, t) => (best === null || (t.score ?? 0) > (best.score ?? 0) ? t : best), null)
  const weakest = scored.reduce<ThemeResult | null>((worst, t) => (worst === null || (t.score ?? 0) < (worst.score ?? 0) ? t : worst), null)
  const met = count('met')
  const partly = count('partly-met')
  const notMet = count('not-met')
  const unknown = count('unknown')
  const sentences: string[] = []
  if (legal) {
    const risks: string[] = []
    if (criticalFlags > 0) risks.push(plural(criticalFlags, 'critical risk', 'critical risks'))
    if (notMet > 0) risks.push(`${plural(notMet, 'statutory essential', 'statutory essentials')} not met`)
    if (unknown > 0) risks.push(`${plural(unknown, 'statutory essential', 'statutory essentials')} not known`)
    if (risks.length === 0 && partly > 0) risks.push(`${plural(partly, 'statutory essential', 'statutory essentials')} only partly met`)
    if (risks.length === 0 && legal.legalWarnings > 0) risks.push(plural(legal.legalWarnings, 'legal warning', 'legal warnings'))
    if (risks.length === 0) risks.push('no critical risks')
    sentences.push(`${legal.label}: ${risks.join('; ')}.`)
  }
  sentences.push(`Meets ${met} of ${plural(essentials.length, 'statutory essential', 'statutory essentials')} in full and ${partly} in part.`)
  if (maturity) sentences.push(maturity.text)
  if (strongest && weakest && strongest.id !== weakest.id) sentences.push(`Strongest theme: ${strongest.title}; weakest: ${weakest.title}.`)
  return {
    text: sentences.join(' '),
    essentialsTotal: essentials.length,
    essentialsMet: met,
    essentialsPartlyMet: partly,
    essentialsNotMet: notMet,
    essentialsUnknown: unknown,
    criticalFlags,
    strongestThemeId: strongest?.id ?? null,
    weakestThemeId: weakest?.id ?? null,
  }
}
