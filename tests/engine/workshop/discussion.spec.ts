import { describe, expect, it } from 'vitest'
import { aggregate } from '../../../src/engine/workshop/aggregate'
import { agreedAnswers, emptyDecisions } from '../../../src/engine/workshop/consensus'
import { discussionItems, filterCounts, filterDiscussion } from '../../../src/engine/workshop/discussion'
import { fixtureContent } from '../../support/content'
import { respondents } from '../../support/workshop'

const content = fixtureContent()
// b-one splits (yes, no), b-two is close (in-place, reviewed... all but one the same), a-yes agrees.
const room = respondents(content, [
  { 'b-one': 'yes', 'b-two': 'reviewed', 'a-yes': 'yes' },
  { 'b-one': 'no', 'b-two': 'reviewed', 'a-yes': 'yes' },
  { 'b-one': 'yes', 'b-two': 'reviewed', 'a-yes': 'yes' },
  { 'b-one': 'no', 'b-two': 'reviewed', 'a-yes': 'yes' },
  { 'b-one': 'yes', 'b-two': 'in-place', 'a-yes': 'yes' },
])
const agg = aggregate(content, room)
const items = (agreed = {}) => discussionItems(agg, agreedAnswers(agg, { ...emptyDecisions(), agreed }))

describe('discussionItems', () => {
  it('lists only the questions someone answered, biggest split first, ranked from 1', () => {
    expect(items().map((i) => [i.question.id, i.rank])).toEqual([
      ['b-one', 1],
      ['b-two', 2],
      ['a-yes', 3],
    ])
  })
})

describe('filterDiscussion', () => {
  it('keeps the disagreements only: some way apart, not close', () => {
    expect(agg.questions.find((q) => q.id === 'b-two')!.level).toBe('close')
    expect(filterDiscussion(items(), 'disagreements').map((i) => i.question.id)).toEqual(['b-one'])
  })

  it('keeps the questions not yet agreed: the room differs and the facilitator has not recorded one', () => {
    expect(filterDiscussion(items(), 'not-agreed').map((i) => i.question.id)).toEqual(['b-one', 'b-two'])
    expect(filterDiscussion(items({ 'b-one': 'yes' }), 'not-agreed').map((i) => i.question.id)).toEqual(['b-two'])
  })

  it('keeps each question’s rank when filtered', () => {
    expect(filterDiscussion(items(), 'not-agreed').map((i) => i.rank)).toEqual([1, 2])
  })

  it('keeps everything for "all"', () => {
    expect(filterDiscussion(items(), 'all')).toHaveLength(3)
  })
})

describe('filterCounts', () => {
  it('counts each filter', () => {
    expect(filterCounts(items({ 'b-two': 'reviewed' }))).toEqual({ all: 3, disagreements: 1, 'not-agreed': 1 })
  })
})
