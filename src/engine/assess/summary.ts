/**
 * The first screen of the results: the three most serious risks, each with its action, and the
 * three most useful recommendations (the best case study, the best way of running the service and
 * the best smarter way of working), each with its strongest reason only (the detail shows up to three).
 *
 * Pure: takes a Result and the titles of the recommended items; no content lookups of its own.
 */
import type { RaisedFlag, Reason, Result } from '../core/result'

export interface SummaryRecommendation {
  kind: 'case-study' | 'governance-model' | 'smarter-service'
  /** "Case study", "Way of running the service" or "Smarter way of working". */
  kindLabel: string
  id: string
  title: string
  reasons: string[]
  /** The id of the detail section that shows it in full. */
  anchor: string
}

export interface ResultSummary {
  risks: RaisedFlag[]
  moreRisks: number
  recommendations: SummaryRecommendation[]
}

/** The n reasons that gave the most points, in their original order among equals. */
export function strongestReasons(reasons: Reason[], n = 3): Reason[] {
  return reasons
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.points - a.r.points || a.i - b.i)
    .slice(0, n)
    .map(({ r }) => r)
}

/** A reason as a phrase: no closing full stop, so it can sit after a colon. */
const plain = (text: string) => text.trim().replace(/\.$/, '')

export function resultSummary(result: Result, titles: Record<string, string>, risks = 3): ResultSummary {
  const recs = result.recommendations
  const picks: SummaryRecommendation[] = []
  const first = [
    { kind: 'case-study', kindLabel: 'Case study', anchor: 'case-studies', item: recs.caseStudies[0] },
    { kind: 'governance-model', kindLabel: 'Way of running the service', anchor: 'models', item: recs.governanceModels[0] },
    { kind: 'smarter-service', kindLabel: 'Smarter way of working', anchor: 'smarter', item: recs.smarterServices[0] },
  ] as const
  for (const f of first) {
    if (!f.item) continue
    picks.push({
      kind: f.kind,
      kindLabel: f.kindLabel,
      anchor: f.anchor,
      id: f.item.id,
      title: titles[f.item.id] ?? f.item.id,
      reasons: strongestReasons(f.item.reasons, 1).map((r) => plain(r.text)),
    })
  }
  // Fewer than three kinds recommended: fill with the next case studies.
  for (const study of recs.caseStudies.slice(1)) {
    if (picks.length >= 3) break
    picks.push({
      kind: 'case-study',
      kindLabel: 'Case study',
      anchor: 'case-studies',
      id: study.id,
      title: titles[study.id] ?? study.id,
      reasons: strongestReasons(study.reasons, 1).map((r) => plain(r.text)),
    })
  }
  return { risks: result.flags.slice(0, risks), moreRisks: Math.max(0, result.flags.length - risks), recommendations: picks.slice(0, 3) }
}
