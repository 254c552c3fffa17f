/**
 * "A council similar to yours": the case studies about the council itself or one of its 15
 * statistically nearest neighbours, from data/case-study-councils.csv. For recommend.ts to give
 * such a case study a reason, never more points than the same type of council earns.
 */
import type { CouncilIndex } from './lookup'

export interface SimilarCouncil {
  caseStudyId: string
  code: string
  name: string
  /** `own`: the case study is about the council itself; `neighbour`: about one of its nearest neighbours. */
  relation: 'own' | 'neighbour'
  /** ONS rank of the neighbour, 1 = most similar; null for the council itself. */
  rank: number | null
  /** The case study's council was reorganised into this one (Somerset, Buckinghamshire, Northamptonshire). */
  predecessor: boolean
  /** The reason to show: "A council similar to yours: …". */
  reason: string
}

/** Case study id -> its closest link to the council `code` (its own council first, then the nearest neighbour). */
export function similarCaseStudies(index: CouncilIndex, code: string): Map<string, SimilarCouncil> {
  const neighbours = index.data.neighbours[code] ?? []
  const out = new Map<string, SimilarCouncil>()
  for (const link of index.data.caseStudyCouncils) {
    const own = link.code === code
    const at = neighbours.indexOf(link.code)
    if (!own && at < 0) continue
    const name = index.authority(link.code)?.name ?? link.code
    const rank = own ? null : at + 1
    const candidate: SimilarCouncil = {
      caseStudyId: link.caseStudyId,
      code: link.code,
      name,
      relation: own ? 'own' : 'neighbour',
      rank,
      predecessor: link.relation === 'predecessor',
      reason: own
        ? `About your own council${link.relation === 'predecessor' ? ' (before it was reorganised)' : ''}`
        : `A council similar to yours: ${name} is one of the ${neighbours.length} councils most like yours (ONS nearest neighbours)`,
    }
    const prior = out.get(link.caseStudyId)
    const better = !prior || (candidate.rank ?? 0) < (prior.rank ?? 0)
    if (better) out.set(link.caseStudyId, candidate)
  }
  return out
}
