/** What a question page offers and the messages it shows when an answer is missing or wrong. */
import { describe, expect, it } from 'vitest'
import type { AnswerValue } from '../../../src/engine/core/assessment'
import type { Question } from '../../../src/content/schema'
import { choicesFor, missingAnswerError, parseNumberAnswer } from '../../../src/engine/journey/question-form'
import { fixtureContent } from '../../support/content'

const content = fixtureContent()

function question(id: string, changes: Partial<Question> = {}): Question {
  const found = content.themes.flatMap((t) => t.questions).find((q) => q.id === id)
  if (!found) throw new Error(`No question "${id}" in the fixture`)
  return { ...found, ...changes } as Question
}

function numberQuestion(changes: Partial<Question> = {}): Question & { kind: 'number' } {
  const q = question('a-hours', changes)
  if (q.kind !== 'number') throw new Error('a-hours should be a number question')
  return q
}

describe('choicesFor', () => {
  it('uses the question\'s own labels, then "or", then "Don\'t know"', () => {
    expect(choicesFor(question('a-essential'), content)).toEqual([
      { value: 'not-in-place', text: 'None' },
      { value: 'started', text: 'Some' },
      { value: 'in-place', text: 'Most' },
      { value: 'reviewed', text: 'All' },
      { divider: 'or' },
      { value: 'dont-know', text: "Don't know", exclusive: true },
    ])
  })

  it('offers "Not applicable" before "Don\'t know" where the question allows it', () => {
    expect(choicesFor(question('a-yes'), content).slice(-3)).toEqual([
      { divider: 'or' },
      { value: 'not-applicable', text: 'Not applicable', exclusive: true },
      { value: 'dont-know', text: "Don't know", exclusive: true },
    ])
  })

  it('marks an exclusive option such as "None of these"', () => {
    expect(choicesFor(question('a-multi'), content)).toContainEqual({ value: 'none', text: 'None of these', exclusive: true })
  })

  it('has no divider when neither extra answer is offered', () => {
    expect(choicesFor(question('b-one', { dontKnow: false }), content)).toEqual([
      { value: 'yes', text: 'Yes' },
      { value: 'partly', text: 'Partly' },
      { value: 'no', text: 'No' },
    ])
  })
})

describe('parseNumberAnswer', () => {
  it.each([
    ['40', 40],
    [' 1,500 ', 1500],
    ['0', 0],
    ['12.5', 12.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberAnswer(numberQuestion(), text)).toEqual({ value })
  })

  it.each([
    ['', "Enter a number, or select “Don't know”"],
    ['forty', 'Enter a number, like 40'],
    ['-1', 'The number must be 0 or more'],
  ])('refuses %j: "%s"', (text, error) => {
    expect(parseNumberAnswer(numberQuestion(), text)).toEqual({ error })
  })

  it("refuses a number above the question's maximum", () => {
    expect(parseNumberAnswer(numberQuestion({ max: 168 }), '169')).toEqual({ error: 'The number must be 168 or less' })
  })

  it('does not suggest "Don\'t know" when the question does not offer it', () => {
    expect(parseNumberAnswer(numberQuestion({ dontKnow: false }), '')).toEqual({ error: 'Enter a number' })
  })
})

describe('missingAnswerError', () => {
  it.each<[string, AnswerValue | undefined, string | null]>([
    ['a-essential', undefined, "Select an answer, or select “Don't know”"],
    ['a-multi', [], "Select all that apply, or select “Don't know”"],
    ['a-hours', '', "Enter a number, or select “Don't know”"],
    ['a-essential', 'started', null],
    ['a-multi', ['none'], null],
    ['a-text', undefined, null],
  ])('for %s answered %j gives %j', (id, value, error) => {
    expect(missingAnswerError(question(id), value)).toBe(error)
  })

  it('does not suggest "Don\'t know" when the question does not offer it', () => {
    expect(missingAnswerError(question('a-essential', { dontKnow: false }), undefined)).toBe('Select an answer')
  })
})
