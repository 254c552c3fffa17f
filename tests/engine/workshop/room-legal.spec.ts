import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import { aggregate } from '../../../src/engine/workshop/aggregate'
import { buildCombinedAssessment, emptyDecisions } from '../../../src/engine/workshop/consensus'
import { agreedLegalPosition, legalCounts } from '../../../src/engine/workshop/room-legal'
import { fixtureContent } from '../../support/content'
import { NOW, respondents } from '../../support/workshop'

const content = fixtureContent()
const profile = { 'changes-planned': 'reductions' }
const room = respondents(content, [{ 'a-essential': 'reviewed' }, { 'a-essential': 'not-in-place' }, { 'a-essential': 'not-in-place' }], { profile })
const agg = aggregate(content, room)

describe('the room’s legal position', () => {
  it('gives each respondent the legal position of their own answers', () => {
    expect(agg.legal.map((l) => l.respondentId)).toEqual(['id-1', 'id-2', 'id-3'])
    expect(agg.legal.map((l) => l.level)).toEqual(room.map((r) => assess(content, r.file.assessment).legal.level))
  })

  it('counts the respondents at each level, most serious first, in good grammar', () => {
    const counts = legalCounts([
      { respondentId: 'a', level: 'low', label: 'Low legal risk' },
      { respondentId: 'b', level: 'high', label: 'High legal risk' },
      { respondentId: 'c', level: 'high', label: 'High legal risk' },
    ])
    expect(counts.map((c) => c.text)).toEqual(['2 people: High legal risk', '1 person: Low legal risk'])
  })

  it('works out the agreed answers’ legal position exactly as the results page will', () => {
    const decisions = { ...emptyDecisions(), agreed: { 'a-essential': 'reviewed' } }
    const file = buildCombinedAssessment(content, room, agg, decisions, NOW)
    expect(agreedLegalPosition(content, room, agg, decisions)).toEqual(assess(content, file.assessment).legal)
    expect(agreedLegalPosition(content, room, agg, emptyDecisions())).toEqual(
      assess(content, buildCombinedAssessment(content, room, agg, emptyDecisions(), NOW).assessment).legal,
    )
  })

  it('has none without respondents', () => {
    expect(agreedLegalPosition(content, [], aggregate(content, []), emptyDecisions())).toBeNull()
  })
})
