/**
 * assess(): flags, the headline and completeness, over the fixture content (the recommendations
 * are in recommend.spec.ts).
 *
 * Fixture recap: flags critical-alpha (reductions planned and a-essential not in place,
 * started or unknown), warning-hours (a-hours at most 9) and advice-beta (beta below 40).
 * Case studies: study-health (priority health, theme beta, county, toolkit), study-alpha (theme
 * alpha, unitary) and lesson-alpha (theme alpha, flag critical-alpha).
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import type { AnswerValue, Assessment } from '../../../src/engine/core/assessment'
import { assessmentWith, fixtureContent } from '../../support/content'
import { alphaInFull, betaInFull, betaRed, content, run } from './assess-fixture'

describe('flags', () => {
  const everyFlag = run({ 'a-essential': 'not-in-place', 'a-hours': 5, ...betaRed }, { profile: { 'changes-planned': 'reductions' } })

  it('orders raised flags critical, then warning, then advice', () => {
    expect(everyFlag.flags.map((f) => [f.severity, f.id])).toEqual([
      ['critical', 'critical-alpha'],
      ['warning', 'warning-hours'],
      ['advice', 'advice-beta'],
    ])
  })

  it.each([
    ['critical-alpha', "“Changes planned in the next 2 years” is “Yes, reductions” and “Alpha essential” is “None”, “Some” or “Don't know”"],
    ['warning-hours', '“Alpha hours” is at most 9 hours'],
    ['advice-beta', 'the score for “Assess beta” is below 40'],
  ])('says in words why %s was raised', (id, because) => {
    expect(everyFlag.flags.find((f) => f.id === id)?.because).toBe(because)
  })

  it('gives each raised flag its references in full', () => {
    expect(everyFlag.flags.map((f) => [f.id, f.references.map((r) => r.id)])).toEqual([
      ['critical-alpha', ['ref-case']],
      ['warning-hours', ['ref-act']],
      ['advice-beta', ['ref-act']],
    ])
    expect(everyFlag.flags[0]?.references[0]).toEqual({ id: 'ref-case', title: 'A case', url: 'https://example.org/case', kind: 'case-law' })
  })

  it('carries the title, why and action from the rule', () => {
    expect(everyFlag.flags[0]).toMatchObject({ title: 'Reductions without alpha', why: 'Why.', action: 'Do alpha.' })
  })

  it('lists the legal lessons that name the flag', () => {
    expect(everyFlag.flags.map((f) => [f.id, f.lessons])).toEqual([
      ['critical-alpha', ['lesson-alpha']],
      ['warning-hours', []],
      ['advice-beta', []],
    ])
  })

  it.each<[string, Record<string, AnswerValue>, Partial<Assessment>]>([
    ['the essential is in place', { 'a-essential': 'reviewed' }, { profile: { 'changes-planned': 'reductions' } }],
    ['no reductions are planned', { 'a-essential': 'not-in-place' }, { profile: { 'changes-planned': 'none' } }],
    ['opening hours are above the limit', { 'a-hours': 10 }, {}],
    ['opening hours are "Don\'t know"', { 'a-hours': 'dont-know' }, {}],
  ])('raises no critical or warning flag when %s', (_case, answers, extra) => {
    expect(run({ ...answers, ...betaInFull }, extra).flags).toEqual([])
  })

  it('raises no flag at all for a council doing well', () => {
    expect(run({ ...alphaInFull, ...betaInFull }, { profile: { 'changes-planned': 'reductions' } }).flags).toEqual([])
  })
})

describe('the headline', () => {
  it.each<[string, Record<string, AnswerValue>, Partial<Assessment>, string]>([
    [
      'an essential met in part',
      { 'a-essential': 'started' },
      {},
      'Medium legal risk: 1 statutory essential only partly met. Meets 0 of 1 statutory essential in full and 1 in part. Service maturity: Red (Significant gaps), 9 out of 100. Strongest theme: Assess alpha; weakest: Assess beta.',
    ],
    [
      // With changes planned, "Started" is below the line: not met (issue 10).
      'a critical risk',
      { 'a-essential': 'started' },
      { profile: { 'changes-planned': 'reductions' } },
      'High legal risk: 1 critical risk; 1 statutory essential not met. Meets 0 of 1 statutory essential in full and 0 in part. Service maturity: Red (Significant gaps), 8 out of 100. Strongest theme: Assess alpha; weakest: Assess beta.',
    ],
    [
      'an essential not known, and themes level',
      {},
      {},
      'Medium legal risk: 1 statutory essential not known. Meets 0 of 1 statutory essential in full and 0 in part. Service maturity: Red (Significant gaps), 0 out of 100.',
    ],
    [
      'an essential met in full',
      { ...alphaInFull, ...betaRed },
      {},
      'Low legal risk: no critical risks. Meets 1 of 1 statutory essential in full and 0 in part. Service maturity: Amber (Partly in place), 67 out of 100. Strongest theme: Assess alpha; weakest: Assess beta.',
    ],
    [
      'the weaker theme first in order',
      { 'a-essential': 'not-in-place', ...betaInFull },
      {},
      'High legal risk: 1 statutory essential not met. Meets 0 of 1 statutory essential in full and 0 in part. Service maturity: Red (Significant gaps), 33 out of 100. Strongest theme: Assess beta; weakest: Assess alpha.',
    ],
  ])('sums up %s', (_case, answers, extra, text) => {
    expect(run(answers, extra).headline.text).toBe(text)
  })

  it('says "essentials" and counts each status when there are several', () => {
    const two = fixtureContent()
    two.themes[1]!.questions[0]!.essential = true
    const headline = run({ 'a-essential': 'reviewed', 'b-one': 'no' }, {}, two).headline
    expect(headline.text).toMatch(/^High legal risk: 1 statutory essential not met\. Meets 1 of 2 statutory essentials in full and 0 in part\./)
    expect(headline).toMatchObject({ essentialsTotal: 2, essentialsMet: 1, essentialsPartlyMet: 0, essentialsNotMet: 1, essentialsUnknown: 0 })
  })

  it('gives the counts and theme ids behind the sentence', () => {
    expect(run({ 'a-essential': 'dont-know', 'a-hours': 40 }, { profile: { 'changes-planned': 'reductions' } }).headline).toEqual({
      text: 'High legal risk: 1 critical risk; 1 statutory essential not known. Meets 0 of 1 statutory essential in full and 0 in part. Service maturity: Red (Significant gaps), 12 out of 100. Strongest theme: Assess alpha; weakest: Assess beta.',
      essentialsTotal: 1,
      essentialsMet: 0,
      essentialsPartlyMet: 0,
      essentialsNotMet: 0,
      essentialsUnknown: 1,
      criticalFlags: 1,
      strongestThemeId: 'alpha',
      weakestThemeId: 'beta',
    })
  })
})

describe('completeness', () => {
  it('counts the visible questions, none answered, as 0 percent', () => {
    // Visible: five alpha questions (a-follow hidden) and three beta (b-health hidden).
    expect(run({}).completeness).toEqual({ answered: 0, dontKnow: 0, unanswered: 8, visible: 8, percent: 0 })
  })

  // Issue 10: "Don't know" is counted apart, never as answered.
  it('counts "Not applicable" and free text as answered, "Don\'t know" apart, and ignores hidden answers', () => {
    const result = run({ 'a-essential': 'dont-know', 'a-yes': 'not-applicable', 'a-text': 'Notes', 'a-follow': 'yes' })
    expect(result.completeness).toEqual({ answered: 2, dontKnow: 1, unanswered: 5, visible: 8, percent: 25 })
  })

  it('counts every answer "Don\'t know" as 0 percent answered', () => {
    const all = run({
      'a-essential': 'dont-know',
      'a-yes': 'dont-know',
      'a-multi': 'dont-know',
      'a-hours': 'dont-know',
      'a-text': 'dont-know',
      'b-one': 'dont-know',
      'b-two': 'dont-know',
      'b-facts': 'dont-know',
    })
    expect(all.completeness).toMatchObject({ answered: 0, percent: 0 })
    expect(all.completeness.dontKnow).toBeGreaterThan(0)
  })

  it('counts questions shown by the answers given', () => {
    expect(run({ 'b-health': 'yes' }, { priorities: ['health'], profile: { 'changes-planned': 'reductions' } }).completeness).toEqual({
      answered: 1,
      dontKnow: 0,
      unanswered: 9,
      visible: 10,
      percent: 10,
    })
  })
})

describe('the result', () => {
  it('carries the content version', () => {
    expect(run({}).contentVersion).toBe('1.0.0')
  })

  it('shows a hidden question as unanswered, though its answer is kept in the assessment', () => {
    const assessment = assessmentWith({ 'a-follow': 'yes' })
    const follow = assess(content, assessment).questions.find((q) => q.id === 'a-follow')
    expect(follow).toMatchObject({ visible: false, status: 'unanswered', counted: false, points: 0, answerText: 'Not provided' })
    expect(assessment.answers['a-follow']).toEqual({ value: 'yes' })
  })

  it('gives each visible answer in words, with its note', () => {
    const assessment = assessmentWith({ 'a-hours': 12, 'a-multi': ['one', 'two'] })
    assessment.answers['a-hours']!.note = '  From the 2024 timetable.  '
    const words = assess(content, assessment).questions.filter((q) => ['a-hours', 'a-multi'].includes(q.id))
    expect(words.map((q) => [q.answerText, q.note])).toEqual([
      ['One; Two', undefined],
      ['12 hours', 'From the 2024 timetable.'],
    ])
  })
})
