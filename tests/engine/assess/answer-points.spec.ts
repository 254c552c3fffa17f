/**
 * One answer on its own (src/engine/assess/answer-points.ts): the points it earns and its status,
 * checked against the fixture content in tests/fixtures/content.
 */
import { describe, expect, it } from 'vitest'
import type { AnswerValue } from '../../../src/engine/core/assessment'
import type { Question } from '../../../src/content/schema'
import { pointsFor, statusOf } from '../../../src/engine/assess/answer-points'
import { fixtureContent } from '../../support/content'

const content = fixtureContent()

function question(id: string): Question {
  const found = content.themes.flatMap((t) => t.questions).find((q) => q.id === id)
  if (!found) throw new Error(`No question "${id}" in the fixture`)
  return found
}

describe('pointsFor', () => {
  it.each([
    ['a-essential', 'not-in-place', 0],
    ['a-essential', 'started', 1],
    ['a-essential', 'in-place', 2],
    ['a-essential', 'reviewed', 3],
    ['a-yes', 'no', 0],
    ['a-yes', 'partly', 1],
    ['a-yes', 'yes', 2],
  ])('gives %s the answer "%s" the %i points of its scale', (id, value, points) => {
    expect(pointsFor(question(id), value, content.framework)).toBe(points)
  })

  it.each<[string[], number]>([
    [['one'], 1],
    [['two'], 2],
    [['one', 'two'], 3],
    [['two', 'three'], 3],
    [['one', 'two', 'three'], 3],
  ])('sums the options chosen in a multiple choice, capped at maxPoints: %j scores %i', (value, points) => {
    expect(pointsFor(question('a-multi'), value, content.framework)).toBe(points)
  })

  it('scores the exclusive "None of these" option as an answer worth 0 points', () => {
    expect(pointsFor(question('a-multi'), ['none'], content.framework)).toBe(0)
  })

  it.each([
    [0, 0],
    [9, 0],
    [10, 1],
    [39, 1],
    [40, 2],
    [168, 2],
  ])('gives a number the points of the highest threshold it reaches: %i hours scores %i', (hours, points) => {
    expect(pointsFor(question('a-hours'), hours, content.framework)).toBe(points)
  })

  it.each<[string, AnswerValue]>([
    ['a-yes', 'maybe'],
    ['a-essential', 'yes'],
    ['a-multi', ['four']],
    ['a-multi', []],
    ['a-hours', 'forty'],
    ['a-hours', Number.NaN],
  ])('gives %s no points for %j, which it cannot have', (id, value) => {
    expect(pointsFor(question(id), value, content.framework)).toBeUndefined()
  })
})

describe('statusOf', () => {
  it.each<[string, AnswerValue | undefined, string]>([
    ['a-yes', undefined, 'unanswered'],
    ['a-yes', 'yes', 'answered'],
    ['a-yes', 'dont-know', 'dont-know'],
    ['a-yes', 'not-applicable', 'not-applicable'],
    ['a-essential', 'not-applicable', 'unanswered'],
    ['a-yes', 'maybe', 'unanswered'],
    ['a-multi', [], 'unanswered'],
    ['a-multi', ['none'], 'answered'],
    ['a-text', '   ', 'unanswered'],
  ])('calls %s answered with %j "%s"', (id, value, status) => {
    expect(statusOf(question(id), value === undefined ? undefined : { value }, content.framework)).toBe(status)
  })
})
