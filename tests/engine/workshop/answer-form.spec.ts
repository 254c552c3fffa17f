import { describe, expect, it } from 'vitest'
import { answerChoices, multipleChoiceValue, numberValue, typedText } from '../../../src/engine/workshop/answer-form'
import { fixtureContent } from '../../support/content'

const content = fixtureContent()

describe('answerChoices', () => {
  const question = (id: string) => content.themes.flatMap((t) => t.questions).find((q) => q.id === id)!
  it.each([
    ['a-yes', ['yes', 'partly', 'no', 'not-applicable', 'dont-know']],
    ['a-essential', ['not-in-place', 'started', 'in-place', 'reviewed', 'dont-know']],
    ['a-multi', ['one', 'two', 'three', 'none', 'dont-know']],
    ['a-hours', ['dont-know']],
  ])('offers %s the choices %j', (id, values) => {
    expect(answerChoices(question(id), content.framework).map((c) => c.value)).toEqual(values)
  })
})

describe('multipleChoiceValue', () => {
  it.each([
    [[], null],
    [
      ['one', 'two'],
      ['one', 'two'],
    ],
    [['dont-know'], 'dont-know'],
    [['not-applicable'], 'not-applicable'],
  ])('of %j is %j', (ticked, value) => {
    expect(multipleChoiceValue(ticked)).toEqual(value)
  })
})

describe('numberValue', () => {
  it.each([
    ['12', 12],
    [' 1,200 ', 1200],
    ['', null],
    ['twelve', null],
  ])('of %j is %j', (typed, value) => {
    expect(numberValue(typed)).toBe(value)
  })
})

describe('typedText', () => {
  it.each([
    [12, '12'],
    ['Our shared building', 'Our shared building'],
    ['dont-know', ''],
    ['not-applicable', ''],
    [null, ''],
  ])('shows %j in the typing box as %j, never a code', (value, text) => {
    expect(typedText(value)).toBe(text)
  })
})
