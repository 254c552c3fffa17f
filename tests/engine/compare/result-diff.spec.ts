import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import { compareResults } from '../../../src/engine/compare/compare'
import { diffResults, hasChanges, toResultChange } from '../../../src/engine/compare/what-if'
import { hasDifferences, levelText, resultDiff } from '../../../src/engine/compare/result-diff'
import type { AnswerValue } from '../../../src/engine/core/assessment'
import { assessmentWith, fixtureContent } from '../../support/content'

const content = fixtureContent()
const profile = { 'changes-planned': 'reductions' }
const resultOf = (answers: Record<string, AnswerValue>) => assess(content, assessmentWith(answers, { profile }))
const before = resultOf({ 'a-essential': 'started', 'b-one': 'no' })
const after = resultOf({ 'a-essential': 'reviewed', 'b-one': 'yes' })

describe('resultDiff: one model for compare and what-if', () => {
  const diff = resultDiff(before, after)

  it('holds every theme with its change, the answers that differ and the risks that moved', () => {
    expect(diff.themes.map((t) => t.id)).toEqual(['alpha', 'beta'])
    expect(diff.answers.map((a) => a.questionId)).toEqual(['a-essential', 'b-one'])
    expect(diff.flagsCleared.map((f) => f.id)).toEqual(before.flags.filter((f) => !after.flags.some((g) => g.id === f.id)).map((f) => f.id))
    expect(diff.flagsCleared.length).toBeGreaterThan(0)
  })

  it('is what the comparison page shows, from the earlier result to the current one', () => {
    const { overall, themes, answers, unchanged } = diff
    expect(compareResults(after, before)).toEqual({ overall, themes, answers, unchanged })
  })

  it('is what what-if shows, as the themes that moved and levels in words', () => {
    expect(diffResults(before, after)).toEqual(toResultChange(diff))
    expect(toResultChange(diff).overall).toEqual({ before: levelText(before.overall.band), after: levelText(after.overall.band) })
  })

  it('says nothing changed between a result and itself, in both views', () => {
    expect(hasDifferences(resultDiff(before, before))).toBe(false)
    expect(hasChanges(diffResults(before, before))).toBe(false)
    expect(hasDifferences(diff)).toBe(true)
    expect(hasChanges(diffResults(before, after))).toBe(true)
  })
})
