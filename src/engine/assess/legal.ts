/**
 * The legal position, and how it bounds the overall verdict.
 *
 * - High legal risk: any critical risk is raised, or any statutory essential is not met or
 *   answered "Don't know" (not knowing is never reassurance: the council cannot show the test is
 *   met, so "Don't know" counts as no better than not met).
 * - Medium legal risk: otherwise, when an essential is only partly met or not answered yet, or a
 *   warning grounded in the Act or a court case is raised.
 * - Low legal risk: every visible essential is met and no critical risk or legal warning is raised.
 *
 * The overall RAG is never better than the legal position allows: High makes it Red, Medium holds
 * it at Amber at best. Service maturity (the band from the score alone) is reported beside it.
 */
import type { Band } from '../../content/schema'
import type { BandResult, EssentialResult, LegalLevel, LegalPosition, Maturity, RaisedFlag } from '../core/result'

export const LEGAL_LABELS: Record<LegalLevel, string> = {
  high: 'High legal risk',
  medium: 'Medium legal risk',
  low: 'Low legal risk',
}

/** Lower is more serious, for comparing positions. */
export const LEGAL_RANK: Record<LegalLevel, number> = { high: 0, medium: 1, low: 2 }

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

const quoted = (items: string[]) => items.map((s) => `\u201c${s}\u201d`).join(', ')

/**
 * The legal position from the essentials, the raised flags and whether changes are planned.
 * `dontKnow` holds the ids of essentials answered "Don't know" (the rest of the unknown ones are
 * not answered yet).
 */
export function legalPosition(
  essentials: EssentialResult[],
  flags: RaisedFlag[],
  changesPlanned: boolean,
  dontKnow: ReadonlySet<string> = new Set(),
): LegalPosition {
  const critical = flags.filter((f) => f.severity === 'critical')
  const legalWarnings = flags.filter((f) => f.severity === 'warning' && f.legal)
  const notMet = essentials.filter((e) => e.status === 'not-met')
  const partly = essentials.filter((e) => e.status === 'partly-met')
  const unknown = essentials.filter((e) => e.status === 'unknown')
  const notKnown = unknown.filter((e) => dontKnow.has(e.questionId))
  const level: LegalLevel =
    critical.length > 0 || notMet.length > 0 || notKnown.length > 0
      ? 'high'
      : partly.length > 0 || unknown.length > 0 || legalWarnings.length > 0
        ? 'medium'
        : 'low'

  const reasons: string[] = []
  if (critical.length > 0) reasons.push(`${count(critical.length, 'critical risk is', 'critical risks are')} raised: ${quoted(critical.map((f) => f.title))}.`)
  if (notMet.length > 0)
    reasons.push(`${count(notMet.length, 'statutory essential is', 'statutory essentials are')} not met: ${quoted(notMet.map((e) => e.short))}.`)
  if (notKnown.length > 0) {
    const when = changesPlanned
      ? ' Changes are planned, so find these out before any decision.'
      : ' Until they are known, the council cannot show it meets the duty.'
    reasons.push(
      `${count(notKnown.length, 'statutory essential is', 'statutory essentials are')} answered “Don't know”: ${quoted(notKnown.map((e) => e.short))}.${when}`,
    )
  }
  const unanswered = unknown.filter((e) => !dontKnow.has(e.questionId))
  if (unanswered.length > 0)
    reasons.push(
      `${count(unanswered.length, 'statutory essential is', 'statutory essentials are')} not answered yet: ${quoted(unanswered.map((e) => e.short))}.`,
    )
  if (partly.length > 0)
    reasons.push(`${count(partly.length, 'statutory essential is', 'statutory essentials are')} only partly met: ${quoted(partly.map((e) => e.short))}.`)
  if (legalWarnings.length > 0)
    reasons.push(`${count(legalWarnings.length, 'warning rests', 'warnings rest')} on the Act or a court case: ${quoted(legalWarnings.map((f) => f.title))}.`)
  if (reasons.length === 0) reasons.push(`Every statutory essential shown is met, and no critical risk or legal warning is raised.`)

  const summary =
    level === 'high'
      ? changesPlanned
        ? 'A decision to change the service now would be open to challenge. Deal with these before any decision.'
        : 'The council may be failing a legal test now. Deal with these first.'
      : level === 'medium'
        ? 'No critical risk is raised, but the council cannot yet show every legal test is met in full.'
        : 'On these answers the council can show the legal tests this assessment checks are met. It is not legal advice.'

  return {
    level,
    label: LEGAL_LABELS[level],
    summary,
    reasons,
    criticalFlags: critical.length,
    legalWarnings: legalWarnings.length,
    essentialsNotMet: notMet.length,
    essentialsPartlyMet: partly.length,
    essentialsUnknown: unknown.length,
    changesPlanned,
  }
}

/** The overall band: maturity held down by the legal position. */
export function boundedOverall(
  maturity: { score: number | null; band: BandResult | null },
  legal: LegalPosition,
  bands: Band[],
): { score: number | null; band: BandResult | null; capped: boolean; capReason: string | null } {
  const { score, band } = maturity
  if (!band) return { score, band, capped: false, capReason: null }
  const index = bands.findIndex((b) => b.id === band.id)
  const limit = legal.level === 'high' ? 0 : legal.level === 'medium' ? Math.max(0, bands.length - 2) : bands.length - 1
  if (index <= limit) return { score, band, capped: false, capReason: null }
  const held = bands[limit]!
  return {
    score,
    band: { id: held.id, name: held.name, rag: held.rag, min: held.min },
    capped: true,
    capReason: `The score alone gives ${band.rag} (${band.name}), but the overall rating is held at ${held.rag} by the legal position: ${legal.label.toLowerCase()}.`,
  }
}

export function maturityOf(maturity: { score: number | null; band: BandResult | null }): Maturity {
  const { score, band } = maturity
  const text = band && score !== null ? `Service maturity: ${band.rag} (${band.name}), ${score} out of 100.` : 'Service maturity: no score yet.'
  return { score, band, text }
}
