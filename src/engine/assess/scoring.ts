/**
 * Scoring: question results to theme score, score to band, with explanations. One answer's
 * points are in answer-points.ts, every question's result in question-results.ts.
 *
 * - Hidden questions never count.
 * - "Not applicable" leaves a question out of its theme's maximum.
 * - "Don't know" and unanswered questions score 0 and are listed as evidence gaps.
 * - Weights apply within a theme: score = 100 × Σ(weight × points ÷ max) ÷ Σ(weight).
 * - Essentials are judged on the law's lines (essential-lines.ts). A theme is held at Red while one
 *   of its visible essentials is not met, or a critical risk is raised on one of its questions;
 *   it cannot reach the top band while an essential is only partly met or not known.
 */
import type { Band, Content } from '../../content/schema'
import { questionsIn } from '../core/legal-questions'
import type { BandResult, Driver, EssentialResult, Gap, QuestionResult, RaisedFlag, ThemeResult } from '../core/result'

/** The band a score reaches: the highest whose minimum it meets. */
export function bandFor(score: number, bands: Band[]): Band {
  let reached = bands[0]!
  for (const band of bands) if (score >= band.min) reached = band
  return reached
}

function toBandResult(band: Band): BandResult {
  return { id: band.id, name: band.name, rag: band.rag, min: band.min }
}

export function essentialsOf(questions: QuestionResult[]): EssentialResult[] {
  return questions
    .filter((q) => q.visible && q.essential && q.line)
    .map((q) => ({ questionId: q.id, themeId: q.themeId, short: q.short, status: q.line!.status, reason: q.line!.reason }))
}

/**
 * Essentials hidden only because a question that would show them is not answered (or is answered
 * "Don't know"): the kind of delivery model shows the essential on community libraries. Until that
 * answer is known the essential may apply, so the legal position counts it as not answered yet,
 * never as met (questions/SCORING.md). Each has status "unknown".
 */
export function essentialsWaiting(content: Content, questions: QuestionResult[]): EssentialResult[] {
  const byId = new Map(questions.map((q) => [q.id, q]))
  const unknown = (id: string) => {
    const status = byId.get(id)?.status
    return status === 'unanswered' || status === 'dont-know'
  }
  return content.themes.flatMap((t) =>
    t.questions
      .filter((q) => q.essential && q.showWhen && byId.get(q.id)?.visible === false && questionsIn(q.showWhen).some(unknown))
      .map((q) => {
        const gates = [...new Set(questionsIn(q.showWhen!))].filter(unknown).map((id) => byId.get(id)!.short)
        return {
          questionId: q.id,
          themeId: t.id,
          short: q.short,
          status: 'unknown' as const,
          reason: `Not known yet: it applies depending on the answer to ${quoted(gates)}, which is not answered.`,
        }
      }),
  )
}

const quoted = (items: string[]) => items.map((s) => `“${s}”`).join(', ')

/**
 * The band for a score, held by the legal tests: at Red while an essential is not met, not known
 * to be met ("Don't know" or not yet answered: never better than not met) or a critical risk is
 * raised here; one band below the top while an essential is partly met.
 */
export function cappedBand(
  score: number,
  bands: Band[],
  essentials: EssentialResult[],
  critical: RaisedFlag[] = [],
): { band: Band; capped: boolean; capReason: string | null } {
  const band = bandFor(score, bands)
  const bottom = bands[0]!
  const top = bands[bands.length - 1]!
  const notMet = essentials.filter((e) => e.status === 'not-met')
  const unknown = essentials.filter((e) => e.status === 'unknown')
  if (band.id !== bottom.id && (notMet.length > 0 || unknown.length > 0 || critical.length > 0)) {
    const why = [
      ...(notMet.length > 0
        ? [
            `the statutory ${notMet.length === 1 ? 'essential' : 'essentials'} ${quoted(notMet.map((e) => e.short))} ${notMet.length === 1 ? 'is' : 'are'} not met`,
          ]
        : []),
      ...(unknown.length > 0
        ? [
            `the statutory ${unknown.length === 1 ? 'essential' : 'essentials'} ${quoted(unknown.map((e) => e.short))} ${unknown.length === 1 ? 'is' : 'are'} not known to be met (“Don’t know” or not yet answered)`,
          ]
        : []),
      ...(critical.length > 0
        ? [`${critical.length === 1 ? 'a critical risk is' : `${critical.length} critical risks are`} raised: ${quoted(critical.map((f) => f.title))}`]
        : []),
    ]
    return { band: bottom, capped: true, capReason: `Held at ${bottom.rag} because ${why.join(', and ')}.` }
  }
  const short = essentials.filter((e) => e.status === 'partly-met')
  if (band.id === top.id && short.length > 0 && bands.length > 1) {
    const below = bands[bands.length - 2]!
    return {
      band: below,
      capped: true,
      capReason: `The score reaches ${top.rag}, but the theme stays at ${below.rag} while the statutory ${short.length === 1 ? 'essential' : 'essentials'} ${quoted(short.map((e) => e.short))} ${short.length === 1 ? 'is' : 'are'} not shown to be met in full.`,
    }
  }
  return { band, capped: false, capReason: null }
}

const round = (n: number) => Math.round(n * 10) / 10

/** Score one theme and explain it. */
export function scoreTheme(themeId: string, title: string, questions: QuestionResult[], bands: Band[], flags: RaisedFlag[] = []): ThemeResult {
  const own = questions.filter((q) => q.themeId === themeId)
  const visible = own.filter((q) => q.visible)
  const counted = visible.filter((q) => q.counted)
  const totalWeight = counted.reduce((sum, q) => sum + q.weight, 0)
  const essentials = essentialsOf(own)
  const gaps: Gap[] = counted
    .filter((q) => q.status === 'dont-know' || q.status === 'unanswered')
    .map((q) => ({ questionId: q.id, short: q.short, reason: q.status === 'dont-know' ? 'dont-know' : 'unanswered' }))
  const base = {
    id: themeId,
    title,
    visible: visible.length,
    answered: visible.filter((q) => q.status !== 'unanswered').length,
    counted: counted.length,
    gaps,
    essentials,
  }
  if (counted.length === 0 || totalWeight === 0) {
    return {
      ...base,
      score: null,
      band: null,
      capped: false,
      capReason: null,
      strengths: [],
      weaknesses: [],
      explanation: ['No question in this theme counts for your council, so it has no score.'],
      nextLevel: null,
    }
  }
  const drivers: Driver[] = counted.map((q) => {
    const share = (100 * q.weight) / totalWeight
    return {
      questionId: q.id,
      short: q.short,
      answerText: q.answerText,
      gained: round((share * q.points) / q.max),
      lost: round((share * (q.max - q.points)) / q.max),
    }
  })
  const score = Math.round(counted.reduce((sum, q) => sum + (q.weight * q.points) / q.max, 0) * (100 / totalWeight))
  const ownIds = new Set(own.map((q) => q.id))
  const critical = flags.filter((f) => f.severity === 'critical' && f.questionIds.some((id) => ownIds.has(id)))
  const { band, capped, capReason } = cappedBand(score, bands, essentials, critical)
  // An answer that lost more than it earned is a weakness; strengths (below) are a stricter set, so
  // no answer is listed as both.
  // "Helped most by" never lists a weak answer: a strength earns at least two thirds of its
  // points (so “Partly” is never one), raises no risk and, for an essential, meets it in full.
  const flagged = new Set(flags.flatMap((f) => f.questionIds))
  const strong = new Set(
    counted.filter((q) => q.max > 0 && 3 * q.points >= 2 * q.max && !flagged.has(q.id) && (!q.line || q.line.status === 'met')).map((q) => q.id),
  )
  const strengths = drivers
    .filter((d) => d.gained > 0 && d.gained >= d.lost && strong.has(d.questionId))
    .sort((a, b) => b.gained - a.gained)
    .slice(0, 3)
  const weaknesses = drivers
    .filter((d) => d.lost > d.gained)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, 3)

  const explanation = [
    `Score ${score} out of 100 from ${counted.length} ${counted.length === 1 ? 'question' : 'questions'}, which puts it in ${band.rag} (${band.name}).`,
  ]
  if (strengths.length > 0) explanation.push(`Helped most by: ${strengths.map((d) => `“${d.short}” (${d.answerText})`).join(', ')}.`)
  if (weaknesses.length > 0) explanation.push(`Held back most by: ${weaknesses.map((d) => `“${d.short}” (${d.answerText})`).join(', ')}.`)
  const blocking = essentials.filter((e) => e.status !== 'met')
  if (capReason) explanation.push(capReason)
  if (gaps.length > 0)
    explanation.push(
      `${gaps.length} ${gaps.length === 1 ? 'answer is an evidence gap' : 'answers are evidence gaps'} (“Don't know” or not answered), scored as 0.`,
    )

  const scoreBand = bandFor(score, bands)
  const nextLevel =
    capped && band.id === bands[0]!.id && scoreBand.id !== band.id
      ? `To move up from ${band.rag}, first ${firstSteps(essentials, critical).join(' and ')}. The score alone would give ${scoreBand.rag}.`
      : nextLevelText(score, band, bands, drivers, blocking, capped)
  return { ...base, score, band: toBandResult(band), capped, capReason, strengths, weaknesses, explanation, nextLevel }
}

/** What lifts a theme held at Red: meet the essentials not met, find out about the ones not known, deal with critical risks. */
function firstSteps(essentials: EssentialResult[], critical: RaisedFlag[]): string[] {
  const notMet = essentials.filter((e) => e.status === 'not-met').map((e) => e.short)
  const unknown = essentials.filter((e) => e.status === 'unknown').map((e) => e.short)
  return [
    ...(notMet.length > 0 ? [`meet ${quoted(notMet)}`] : []),
    ...(unknown.length > 0 ? [`find out whether ${quoted(unknown)} ${unknown.length === 1 ? 'is' : 'are'} met`] : []),
    ...(critical.length > 0 ? [`deal with the critical ${critical.length === 1 ? 'risk' : 'risks'} ${quoted(critical.map((f) => f.title))}`] : []),
  ]
}

function nextLevelText(score: number, band: Band, bands: Band[], drivers: Driver[], blocking: EssentialResult[], capped: boolean): string | null {
  const index = bands.findIndex((b) => b.id === band.id)
  const next = bands[index + 1]
  if (!next) return null
  const isTop = index + 1 === bands.length - 1
  const essentialsNeeded =
    isTop && blocking.length > 0 ? ` Every statutory essential must also be met in full: ${blocking.map((e) => `“${e.short}”`).join(', ')}.` : ''
  if (capped) return `To reach ${next.rag} (${next.name}), the score is already high enough.${essentialsNeeded}`
  const needed = next.min - score
  const biggest = [...drivers].sort((a, b) => b.lost - a.lost)
  const picks: Driver[] = []
  let gain = 0
  for (const d of biggest) {
    if (gain >= needed || d.lost <= 0) break
    picks.push(d)
    gain += d.lost
  }
  const work =
    picks.length > 0
      ? `improve the answers that hold it back most: ${picks.map((d) => `“${d.short}” (now “${d.answerText}”)`).join(', ')}`
      : 'stronger evidence is needed across the theme'
  return `To reach ${next.rag} (${next.name}, ${next.min} or more), ${work}.${essentialsNeeded}`
}

/** The overall score and its band from the score alone (service maturity): theme scores weighted by the number of counted questions in each. */
export function overallScore(themes: ThemeResult[], bands: Band[]): { score: number | null; band: BandResult | null } {
  const scored = themes.filter((t) => t.score !== null && t.counted > 0)
  const weight = scored.reduce((sum, t) => sum + t.counted, 0)
  if (weight === 0) return { score: null, band: null }
  const score = Math.round(scored.reduce((sum, t) => sum + (t.score ?? 0) * t.counted, 0) / weight)
  return { score, band: toBandResult(bandFor(score, bands)) }
}

export { toBandResult }
