import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  aggregate,
  answerKey,
  disagreementLevel,
  displayNames,
  median,
  orderByDisagreement,
  type QuestionAggregate,
} from '../../../src/engine/workshop/aggregate'
import type { AnswerValue } from '../../../src/engine/core/assessment'
import { fixtureContent } from '../../support/content'
import { arbitraryRespondents, arbitraryRoomReordered, respondents } from '../../support/workshop'

const content = fixtureContent()

function question(answers: AnswerValue[], id = 'b-one', extra = {}): QuestionAggregate {
  const result = aggregate(
    content,
    respondents(
      content,
      answers.map((value) => ({ [id]: value })),
      extra,
    ),
  )
  return result.questions.find((q) => q.id === id)!
}

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[1, 3], 2],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[0, 100, 100], 100],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected)
  })
})

describe('aggregate: themes', () => {
  // Beta's score comes from b-one (yes / partly / no, 2 points) and b-two (maturity, 3 points).
  const room = respondents(content, [
    { 'b-one': 'yes', 'b-two': 'reviewed' },
    { 'b-one': 'no', 'b-two': 'not-in-place' },
    { 'b-one': 'partly', 'b-two': 'started' },
  ])
  const beta = aggregate(content, room).themes.find((t) => t.id === 'beta')!

  it('lists each respondent’s score and band in respondent order', () => {
    expect(beta.levels.map((l) => [l.respondentId, l.score, l.band?.rag])).toEqual([
      ['id-1', 100, 'Green'],
      ['id-2', 0, 'Red'],
      ['id-3', 42, 'Amber'],
    ])
  })

  it('gives the median, its band and the range', () => {
    expect(beta).toMatchObject({ median: 42, min: 0, max: 100, range: 100, scored: 3 })
    expect(beta.medianBand?.rag).toBe('Amber')
  })

  it('has no median or range when nobody has a score', () => {
    expect(aggregate(content, []).themes.every((t) => t.median === null && t.range === null && t.scored === 0)).toBe(true)
  })
})

describe('aggregate: the spread of answers', () => {
  it('counts every option of a choice question in option order, including options nobody chose', () => {
    const q = question(['yes', 'yes', 'no'])
    expect(q.spread.map((s) => [s.label, s.count, s.percent])).toEqual([
      ['Yes', 2, 67],
      ['Partly', 0, 0],
      ['No', 1, 33],
      ["Don't know", 0, 0],
    ])
  })

  it('lists who gave each answer', () => {
    expect(question(['yes', 'no', 'yes']).spread.find((s) => s.label === 'Yes')?.respondentIds).toEqual(['id-1', 'id-3'])
  })

  it('counts sets of choices as the same answer whatever their order, lowest points first', () => {
    // "three" is 2 points; "one" and "two" together are 3.
    const q = question([['one', 'two'], ['two', 'one'], ['three']], 'a-multi')
    expect(q.spread.map((s) => [s.key, s.label, s.count])).toEqual([
      ['m:three', 'Three', 1],
      ['m:one|two', 'One; Two', 2],
    ])
  })

  it('counts people not asked and people who gave no answer apart from answers', () => {
    const q = aggregate(content, [
      ...respondents(content, [{ 'a-follow': 'yes' }], { profile: { 'changes-planned': 'reductions' } }),
      ...respondents(content, [{}], { profile: { 'changes-planned': 'reductions' } }).map((r) => ({ ...r, id: 'x' })),
      ...respondents(content, [{ 'a-follow': 'no' }], { profile: { 'changes-planned': 'none' } }).map((r) => ({ ...r, id: 'y' })),
    ]).questions.find((x) => x.id === 'a-follow')!
    expect(q).toMatchObject({ answered: 1, notAnswered: 1, notAsked: 1 })
  })
})

describe('aggregate: disagreement', () => {
  it.each<[string, AnswerValue[], number, string]>([
    ['everyone gives the same answer', ['yes', 'yes', 'yes'], 0, 'agree'],
    ['one person answers', ['yes'], 0, 'agree'],
    ['the room is split between the lowest and the highest answer', ['yes', 'no'], 1, 'strong'],
    ['the answers are one step apart', ['yes', 'partly'], 0.5, 'strong'],
    ['two and two at opposite ends', ['yes', 'yes', 'no', 'no'], 0.667, 'strong'],
    ['three agree and one is a step away', ['yes', 'yes', 'yes', 'partly'], 0.25, 'some'],
    ['an answer against "Don\'t know"', ['yes', 'dont-know'], 1, 'strong'],
  ])('is %s when %s', (_name, answers, expected, level) => {
    const q = question(answers)
    expect(q.disagreement).toBeCloseTo(expected, 3)
    expect(q.level).toBe(level)
  })

  it('uses the share of options not in common for unscored multiple choices', () => {
    expect(question([['in-house'], ['in-house', 'trust']], 'b-facts').disagreement).toBe(0.5)
  })

  it('uses points for numbers scored by thresholds', () => {
    // a-hours gives 1 point from 10 hours and 2 from 40: 5 and 50 hours are 0 and 2 points of 2.
    expect(question([5, 50], 'a-hours').disagreement).toBe(1)
    expect(question([12, 30], 'a-hours').disagreement).toBe(0)
  })

  it('uses the difference as a share of the larger for unscored numbers', () => {
    const unscored = fixtureContent()
    const hours = unscored.themes[0]!.questions.find((q) => q.id === 'a-hours')!
    if (hours.kind === 'number') delete hours.thresholds
    const room = respondents(unscored, [{ 'a-hours': 10 }, { 'a-hours': 40 }])
    expect(aggregate(unscored, room).questions.find((q) => q.id === 'a-hours')?.disagreement).toBe(0.75)
  })

  it('gives free-text questions no disagreement score', () => {
    expect(question(['Some text', 'Other text'], 'a-text').disagreement).toBeNull()
  })

  it.each([
    [0, 'agree'],
    [0.1, 'close'],
    [0.3, 'some'],
    [0.5, 'strong'],
    [1, 'strong'],
  ])('calls a score of %s "%s"', (score, level) => {
    expect(disagreementLevel(score)).toBe(level)
  })
})

describe('aggregate: discussion order', () => {
  it('puts the biggest split first, then smaller ones, then agreement', () => {
    const room = respondents(content, [
      { 'b-one': 'yes', 'b-two': 'reviewed', 'a-yes': 'yes' },
      { 'b-one': 'no', 'b-two': 'in-place', 'a-yes': 'yes' },
    ])
    const order = aggregate(content, room).byDisagreement
    expect(order.slice(0, 3)).toEqual(['b-one', 'b-two', 'a-yes'])
  })

  it('breaks ties by the order of the assessment', () => {
    const room = respondents(content, [
      { 'b-one': 'yes', 'a-yes': 'yes' },
      { 'b-one': 'no', 'a-yes': 'no' },
    ])
    expect(aggregate(content, room).byDisagreement.slice(0, 2)).toEqual(['a-yes', 'b-one'])
  })

  it('puts unanswered and free-text questions last, in assessment order', () => {
    const order = orderByDisagreement(aggregate(content, respondents(content, [{ 'b-one': 'yes' }])).questions)
    expect(order[0]).toBe('b-one')
    expect(order.indexOf('a-text')).toBeGreaterThan(order.indexOf('b-one'))
  })
})

describe('aggregate: most common answer', () => {
  it.each<[AnswerValue[], AnswerValue | null]>([
    [['yes', 'yes', 'no'], 'yes'],
    [['yes', 'no'], 'no'],
    [['yes', 'dont-know'], 'yes'],
    [['partly', 'yes', 'dont-know', 'dont-know'], 'dont-know'],
    [[], null],
  ])('of %j is %j (the lower level on a tie, a real answer before "Don\'t know")', (answers, expected) => {
    expect(question(answers).mostCommon).toEqual(expected)
  })
})

describe('aggregate: answers to questions that no longer exist', () => {
  it('lists them with who gave them', () => {
    const result = aggregate(content, respondents(content, [{ 'old-question': 'yes', 'b-one': 'no' }, { 'old-question': 'no' }, { 'gone-too': 'x' }]))
    expect(result.unknownAnswers).toEqual([
      { questionId: 'gone-too', respondentIds: ['id-3'] },
      { questionId: 'old-question', respondentIds: ['id-1', 'id-2'] },
    ])
  })
})

describe('displayNames', () => {
  const people = [
    { id: 'a', name: 'Ann' },
    { id: 'b', name: 'Bob' },
  ]
  it.each([
    [false, ['Ann', 'Bob']],
    [true, ['Respondent 1', 'Respondent 2']],
  ])('with names hidden %s shows %j', (hide, expected) => {
    expect([...displayNames(people, hide).values()]).toEqual(expected)
  })
})

describe('answerKey', () => {
  it.each<[AnswerValue, string]>([
    ['yes', 's:yes'],
    [12, 'n:12'],
    [['b', 'a'], 'm:a|b'],
  ])('of %j is %s', (value, key) => {
    expect(answerKey(value)).toBe(key)
  })
})

describe('aggregate: properties', () => {
  it('never throws for any set of valid assessments, and keeps every score in range', () => {
    fc.assert(
      fc.property(arbitraryRespondents(content, 8), (room) => {
        const result = aggregate(content, room)
        for (const q of result.questions) {
          if (q.disagreement !== null) expect(q.disagreement).toBeGreaterThanOrEqual(0)
          if (q.disagreement !== null) expect(q.disagreement).toBeLessThanOrEqual(1)
          expect(q.answered + q.notAnswered + q.notAsked).toBe(room.length)
        }
        expect([...result.byDisagreement].sort()).toEqual(result.questions.map((q) => q.id).sort())
      }),
      { numRuns: 150 },
    )
  })

  it('gives the same result whatever the order of the files', () => {
    fc.assert(
      fc.property(arbitraryRoomReordered(content, 6), ([room, shuffled]) => {
        expect(aggregate(content, shuffled)).toEqual(aggregate(content, room))
      }),
      { numRuns: 150 },
    )
  })

  it('finds no disagreement when everyone gives the same answers', () => {
    fc.assert(
      fc.property(arbitraryRespondents(content, 1, 1), fc.integer({ min: 2, max: 6 }), ([one], n) => {
        const room = Array.from({ length: n }, (_, i) => ({ ...one!, id: `copy-${i}` }))
        const result = aggregate(content, room)
        expect(result.questions.every((q) => q.disagreement === null || q.disagreement === 0)).toBe(true)
        expect(result.themes.every((t) => t.range === null || t.range === 0)).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})
