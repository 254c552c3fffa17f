import { describe, expect, it } from 'vitest'
import { combinedLabel, filesText, listText, notAnsweredText, notAskedText, people, respondentsText, shareText } from '../../../src/engine/workshop/words'

describe('workshop words', () => {
  it.each([
    [people, 1, '1 person'],
    [people, 3, '3 people'],
    [respondentsText, 1, '1 respondent'],
    [respondentsText, 0, '0 respondents'],
    [filesText, 1, '1 file'],
    [filesText, 4, '4 files'],
    [notAskedText, 1, '1 was not asked this question'],
    [notAskedText, 2, '2 were not asked this question'],
    [notAnsweredText, 1, '1 gave no answer'],
  ])('%o(%i) is “%s”', (fn, n, text) => {
    expect(fn(n)).toBe(text)
  })

  it('gives a share with its percentage only when someone answered', () => {
    expect(shareText(2, 3, 67)).toBe('2 of 3 (67%)')
    expect(shareText(0, 0, 0)).toBe('0 of 0')
  })

  it('labels a combined file in good grammar, and one person’s file not at all', () => {
    expect(combinedLabel({ combined: { respondents: 1, dissent: {} } })).toBe('Combined from 1 respondent')
    expect(combinedLabel({ combined: { respondents: 5, dissent: {} } })).toBe('Combined from 5 respondents')
    expect(combinedLabel({})).toBeNull()
  })

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('lists %j as “%s”', (items, text) => {
    expect(listText(items)).toBe(text)
  })
})
