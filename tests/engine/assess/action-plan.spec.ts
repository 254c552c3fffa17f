/** The suggested action plan: things a council does, with a lead role and a measure a committee can check, never score advice. */
import { describe, expect, it } from 'vitest'
import { mergeSuggestions, suggestActions } from '@/engine/assess/action-plan'
import { assess } from '@/engine/assess/assess'
import { realContent } from '../../support/content'
import { referenceCouncils } from '../../content/calibration/councils'

const content = realContent()
const top = content.framework.bands.at(-1)!.id

describe('suggestActions', () => {
  for (const council of referenceCouncils) {
    it(`gives ${council.id} actions with a lead role and a checkable measure, and no score advice`, () => {
      const result = assess(content, council.assessment)
      const rows = suggestActions(result, top)
      for (const row of rows) {
        expect(row.lead).not.toBe('')
        expect(row.measure).toMatch(/^(A dated committee or decision paper shows this is done: |The committee sees the evidence: )/)
        expect(`${row.action} ${row.measure}`).not.toMatch(/raise the score|score by \d|\d+ points?\b|no longer applies|next level/i)
      }
      expect(rows.filter((r) => r.id.startsWith('flag-')).map((r) => r.source)).toEqual(result.flags.map((f) => f.id))
    })
  }

  it('names the weak answer and what good looks like for a theme below the top band', () => {
    const council = referenceCouncils.find((c) => c.id === 'northamptonshire-like')!
    const result = assess(content, council.assessment)
    const row = suggestActions(result, top).find((r) => r.id.startsWith('theme-'))!
    expect(row.action).toMatch(/^.+: for “.+”, get from “.+” to “.+”/)
  })
})

describe('mergeSuggestions', () => {
  it('keeps every row the user has and adds only new suggestions', () => {
    const mine = [{ id: 'flag-a', action: 'Mine', lead: 'Me', targetDate: '', measure: '', source: 'a' }]
    const merged = mergeSuggestions(mine, [
      { ...mine[0]!, action: 'Theirs' },
      { id: 'flag-b', action: 'B', lead: '', targetDate: '', measure: '', source: 'b' },
    ])
    expect(merged.map((r) => r.action)).toEqual(['Mine', 'B'])
  })
})
