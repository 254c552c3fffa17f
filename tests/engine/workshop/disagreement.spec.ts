import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import { aggregate, orderByDisagreement } from '../../../src/engine/workshop/aggregate'
import { crossesNotMetLine, DISAGREEMENT_LABELS, ESSENTIAL_SPLIT_LABEL, levelFor } from '../../../src/engine/workshop/disagreement'
import type { EssentialStatus } from '../../../src/engine/core/result'
import { assessmentWith, fixtureContent } from '../../support/content'
import { respondents } from '../../support/workshop'

const content = fixtureContent()
const statusOf = (value: string): EssentialStatus =>
  assess(content, assessmentWith({ 'a-essential': value })).essentials.find((e) => e.questionId === 'a-essential')!.status

/** The room's view of the alpha essential when `answers` are given, one per respondent. */
const essential = (answers: string[]) =>
  aggregate(
    content,
    respondents(
      content,
      answers.map((v) => ({ 'a-essential': v })),
    ),
  ).questions.find((q) => q.id === 'a-essential')!

// The answers that sit on each side of the line, found with the results page's own judgement.
const values = ['not-in-place', 'started', 'in-place', 'reviewed']
const met = [...values].reverse().find((v) => statusOf(v) === 'met')!
const notMet = values.find((v) => statusOf(v) === 'not-met')!
const partly = values.find((v) => statusOf(v) === 'partly-met')

describe('crossesNotMetLine', () => {
  it.each<[EssentialStatus[], boolean]>([
    [['met', 'not-met'], true],
    [['partly-met', 'not-met'], true],
    [['met', 'partly-met'], false],
    [['met', 'met'], false],
    [['not-met', 'not-met'], false],
    [['unknown', 'not-met'], false],
    [[], false],
  ])('%j crosses the line: %s', (statuses, crosses) => {
    expect(crossesNotMetLine(statuses)).toBe(crosses)
  })
})

describe('levelFor', () => {
  it.each<[number | null, boolean, string | null]>([
    [0, false, 'agree'],
    [0.1, false, 'close'],
    [0.1, true, 'strong'],
    [0.3, true, 'strong'],
    [0.7, false, 'strong'],
    [null, true, null],
  ])('a score of %s (split: %s) is %s', (score, split, level) => {
    expect(levelFor(score, split)).toBe(level)
  })
})

describe('a split on a statutory essential', () => {
  it('is found by the results page’s own met / not-met line', () => {
    expect(met).toBeDefined()
    expect(notMet).toBeDefined()
  })

  it('is a real disagreement, not "Close", even when nearly everyone agrees', () => {
    // Nine say met and one says not met: the score alone would be "Close".
    const q = essential([...Array(9).fill(met), notMet])
    expect(q.disagreement).toBeLessThan(0.25)
    expect(q.essentialSplit).toBe(true)
    expect(q.level).toBe('strong')
    expect(DISAGREEMENT_LABELS[q.level!]).not.toBe('Close')
    expect(ESSENTIAL_SPLIT_LABEL).toMatch(/^Real disagreement/)
  })

  it('also holds between partly met and not met', () => {
    if (!partly) return expect(statusOf('started')).not.toBe('partly-met')
    const q = essential([...Array(9).fill(partly), notMet])
    expect(q.essentialSplit).toBe(true)
    expect(q.level).toBe('strong')
  })

  it('is not raised when everyone is on the same side of the line', () => {
    const q = essential([met, met, met])
    expect(q.essentialSplit).toBe(false)
    expect(q.level).toBe('agree')
  })

  it('is never raised for a question that is not an essential', () => {
    const q = aggregate(content, respondents(content, [...Array(9).fill({ 'b-one': 'yes' }), { 'b-one': 'no' }])).questions.find((x) => x.id === 'b-one')!
    expect(q.essentialSplit).toBe(false)
  })

  it('comes first in the discussion among questions with the same score', () => {
    const base = essential([met, notMet])
    const plain = { ...base, id: 'earlier', position: 0, essentialSplit: false }
    const split = { ...base, id: 'later', position: 5, essentialSplit: true }
    expect(orderByDisagreement([plain, split])).toEqual(['later', 'earlier'])
  })
})
