/**
 * The room's legal position: each respondent's, counted by level (most serious first), and the
 * legal position of the agreed answers, worked out by `assess()` exactly as the results page
 * will show it once the agreed position is recorded.
 */
import type { Content } from '../../content/schema'
import type { LegalLevel, LegalPosition } from '../core/result'
import { assess } from '../assess/assess'
import { agreedAssessment, type ConsensusDecisions } from './consensus'
import type { RespondentLegal, Respondent, WorkshopAggregate } from './workshop-model'
import { people } from './words'

const ORDER: readonly LegalLevel[] = ['high', 'medium', 'low']

/** How many respondents are at each legal level, most serious first: "2 people: High legal risk". */
export function legalCounts(legal: readonly RespondentLegal[]): { level: LegalLevel; label: string; count: number; text: string }[] {
  return ORDER.flatMap((level) => {
    const at = legal.filter((l) => l.level === level)
    return at.length === 0 ? [] : [{ level, label: at[0]!.label, count: at.length, text: `${people(at.length)}: ${at[0]!.label}` }]
  })
}

/** The legal position of the agreed answers as they stand, or null with no respondents. */
export function agreedLegalPosition(
  content: Content,
  respondents: readonly Respondent[],
  aggregate: WorkshopAggregate,
  decisions: ConsensusDecisions,
): LegalPosition | null {
  if (respondents.length === 0) return null
  return assess(content, agreedAssessment(content, respondents, aggregate, decisions).assessment).legal
}
