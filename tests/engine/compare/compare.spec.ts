import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import { compareResults } from '../../../src/engine/compare/compare'
import type { AnswerValue } from '../../../src/engine/core/assessment'
import { assessmentWith, fixtureContent } from '../../support/content'

const content = fixtureContent()
const resultOf = (answers: Record<string, AnswerValue>, profile: Record<string, string> = {}) => assess(content, assessmentWith(answers, { profile }))

describe('compareResults: themes', () => {
  it.each<[string, Record<string, AnswerValue>, Record<string, AnswerValue>, string, number | null, string]>([
    [
      'a rise into a new band',
      { 'b-one': 'no', 'b-two': 'started' },
      { 'b-one': 'yes', 'b-two': 'started' },
      'up',
      50,
      'Up 50 points, from Red (Significant gaps) to Amber (Partly in place)',
    ],
    [
      'a fall',
      { 'b-one': 'yes', 'b-two': 'reviewed' },
      { 'b-one': 'partly', 'b-two': 'in-place' },
      'down',
      -42,
      'Down 42 points, from Green (Well evidenced) to Amber (Partly in place)',
    ],
    ['a fall within a band', { 'b-one': 'yes', 'b-two': 'reviewed' }, { 'b-one': 'yes', 'b-two': 'in-place' }, 'down', -17, 'Down 17 points'],
    ['no change', { 'b-one': 'yes' }, { 'b-one': 'yes' }, 'same', 0, 'No change in score'],
  ])('describes %s', (_name, before, after, direction, change, summary) => {
    const beta = compareResults(resultOf(after), resultOf(before)).themes.find((t) => t.id === 'beta')!
    expect(beta).toMatchObject({ direction, change, summary })
  })

  it.each([
    ['a score only now', null, 40, 'new-score', 'New score: 40'],
    ['a score only before', 40, null, 'no-score', 'No score now (was 40)'],
    ['no score in either', null, null, 'same', 'No score in either assessment'],
  ])('says when a theme has %s', (_name, before, after, direction, summary) => {
    const withScore = (score: number | null) => {
      const result = resultOf({})
      result.themes[1] = { ...result.themes[1]!, score, band: null }
      return result
    }
    expect(compareResults(withScore(after), withScore(before)).themes[1]).toMatchObject({ direction, change: null, summary })
  })

  it('compares the overall score too', () => {
    const overall = compareResults(resultOf({ 'b-one': 'yes', 'a-essential': 'reviewed' }), resultOf({})).overall
    expect(overall.direction).toBe('up')
    expect(overall.change).toBeGreaterThan(0)
  })
})

describe('compareResults: answers', () => {
  it('lists every answer that changed, in assessment order, with the change in points', () => {
    const comparison = compareResults(
      resultOf({ 'b-one': 'yes', 'b-two': 'started', 'a-yes': 'no' }),
      resultOf({ 'b-one': 'no', 'b-two': 'started', 'a-yes': 'dont-know' }),
    )
    expect(comparison.answers).toEqual([
      { questionId: 'a-yes', themeId: 'alpha', short: 'Alpha yes', before: "Don't know", after: 'No', pointsChange: null },
      { questionId: 'b-one', themeId: 'beta', short: 'Beta one', before: 'No', after: 'Yes', pointsChange: 2 },
    ])
  })

  it('counts the answers that stayed the same', () => {
    const same = resultOf({ 'b-one': 'yes' })
    const comparison = compareResults(same, same)
    expect(comparison.answers).toEqual([])
    expect(comparison.unchanged).toBe(same.questions.filter((q) => q.visible).length)
  })

  it('shows a question asked in only one of them as "Not asked" in the other', () => {
    const comparison = compareResults(resultOf({ 'a-follow': 'yes' }, { 'changes-planned': 'reductions' }), resultOf({}, { 'changes-planned': 'none' }))
    expect(comparison.answers.find((a) => a.questionId === 'a-follow')).toMatchObject({ before: 'Not asked', after: 'Yes' })
  })
})
