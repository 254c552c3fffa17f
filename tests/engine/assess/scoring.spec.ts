/**
 * Scoring as questions/README.md describes it, checked against the fixture content in
 * tests/fixtures/content. Expected scores are worked out by hand in the comments.
 *
 * Theme "alpha" with no profile answers counts four questions (a-follow is hidden, a-text is
 * free text): a-essential (weight 2, 0 to 3 points), a-yes (0 to 2), a-multi (0 to 3, capped)
 * and a-hours (0 to 2). Σ(weight) = 5, so each weight-1 question is worth 20 score points and
 * the essential 40.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import type { AnswerValue } from '../../../src/engine/core/assessment'
import type { Result, ThemeResult } from '../../../src/engine/core/result'
import { assessmentWith, fixtureContent } from '../../support/content'

const content = fixtureContent()

function theme(result: Result, id: string): ThemeResult {
  const found = result.themes.find((t) => t.id === id)
  if (!found) throw new Error(`No theme "${id}" in the result`)
  return found
}

/** The alpha theme's result for these answers (and optional profile). */
function alpha(answers: Record<string, AnswerValue>, profile: Record<string, string> = {}): ThemeResult {
  return theme(assess(content, assessmentWith(answers, { profile })), 'alpha')
}

describe('scoring a theme', () => {
  it.each<[string, Record<string, AnswerValue>, number]>([
    // 2 × 3/3 ÷ 5 = 40
    ['the essential (weight 2) in full', { 'a-essential': 'reviewed' }, 40],
    // 1 × 2/2 ÷ 5 = 20
    ['a weight-1 question in full', { 'a-yes': 'yes' }, 20],
    // 2 × 1/3 ÷ 5 = 13.3
    ['the essential at "started"', { 'a-essential': 'started' }, 13],
    // (2 × 2/3 + 2/2 + 1/3 + 2/2) ÷ 5 = 73.3
    ['a mix of answers', { 'a-essential': 'in-place', 'a-yes': 'yes', 'a-multi': ['one'], 'a-hours': 40 }, 73],
    // (2 × 3/3 + 1/2 + 2/3 + 0/2) ÷ 5 = 63.3
    ['another mix of answers', { 'a-essential': 'reviewed', 'a-yes': 'partly', 'a-multi': ['two'], 'a-hours': 9 }, 63],
    ['every answer in full', { 'a-essential': 'reviewed', 'a-yes': 'yes', 'a-multi': ['two', 'three'], 'a-hours': 40 }, 100],
    ['nothing answered', {}, 0],
  ])('applies weights within the theme: %s scores %i', (_case, answers, score) => {
    expect(alpha(answers).score).toBe(score)
  })

  it('leaves a hidden question out, even when it has an answer', () => {
    expect(alpha({ 'a-essential': 'reviewed', 'a-follow': 'no' }).score).toBe(40)
  })

  it('counts the same question once it is shown: (2 × 3/3 + 0/2) ÷ 6 = 33', () => {
    const shown = alpha({ 'a-essential': 'reviewed', 'a-follow': 'no' }, { 'changes-planned': 'reductions' })
    expect(shown.score).toBe(33)
  })

  it('does not list a hidden question as an evidence gap', () => {
    expect(alpha({}).gaps.map((g) => g.questionId)).not.toContain('a-follow')
  })

  it('leaves "not applicable" answers out of the maximum: 2 × 3/3 ÷ 4 = 50', () => {
    expect(alpha({ 'a-essential': 'reviewed', 'a-yes': 'not-applicable' }).score).toBe(50)
  })

  it('does not list a "not applicable" answer as an evidence gap', () => {
    expect(alpha({ 'a-yes': 'not-applicable' }).gaps.map((g) => g.questionId)).not.toContain('a-yes')
  })

  it('scores "Don\'t know" as 0 out of the maximum', () => {
    expect(alpha({ 'a-essential': 'reviewed', 'a-yes': 'dont-know' }).score).toBe(40)
  })

  it('lists "Don\'t know" and unanswered questions as evidence gaps, with the reason', () => {
    expect(alpha({ 'a-essential': 'reviewed', 'a-yes': 'dont-know' }).gaps).toEqual([
      { questionId: 'a-yes', short: 'Alpha yes', reason: 'dont-know' },
      { questionId: 'a-multi', short: 'Alpha multiple', reason: 'unanswered' },
      { questionId: 'a-hours', short: 'Alpha hours', reason: 'unanswered' },
    ])
  })

  it('says how many answers are evidence gaps in the explanation', () => {
    expect(alpha({ 'a-essential': 'reviewed', 'a-yes': 'dont-know' }).explanation).toContain(
      "3 answers are evidence gaps (“Don't know” or not answered), scored as 0.",
    )
  })

  it('scores a multiple choice no higher than its maxPoints: all three options score as two', () => {
    expect(alpha({ 'a-multi': ['one', 'two', 'three'] }).score).toBe(alpha({ 'a-multi': ['two', 'three'] }).score)
  })

  it('counts the exclusive "None of these" as an answer, not an evidence gap', () => {
    const result = alpha({ 'a-multi': ['none'] })
    expect(result.score).toBe(0)
    expect(result.gaps.map((g) => g.questionId)).not.toContain('a-multi')
  })

  it.each([
    [5, 0],
    [10, 10],
    [40, 20],
  ])('scores a number by its thresholds: %i hours adds %i score points', (hours, score) => {
    expect(alpha({ 'a-hours': hours }).score).toBe(score)
  })

  it('never scores free text, and does not list it as a gap', () => {
    const result = alpha({ 'a-essential': 'reviewed', 'a-text': 'We have a plan.' })
    expect(result.score).toBe(40)
    expect(result.counted).toBe(4)
    expect(result.gaps.map((g) => g.questionId)).not.toContain('a-text')
  })

  it('does not count a multiple choice whose options are all worth 0 (a fact)', () => {
    const beta = theme(assess(content, assessmentWith({ 'b-one': 'yes', 'b-facts': ['in-house'] })), 'beta')
    // b-one in full, b-two unanswered: (2/2 + 0/3) ÷ 2 = 50
    expect(beta.score).toBe(50)
    expect(beta.counted).toBe(2)
  })

  it('counts visible, answered and counted questions separately', () => {
    const result = alpha({ 'a-essential': 'dont-know', 'a-yes': 'not-applicable', 'a-text': 'Notes', 'a-follow': 'yes' })
    expect({ visible: result.visible, answered: result.answered, counted: result.counted }).toEqual({ visible: 5, answered: 3, counted: 3 })
  })

  it('puts the score and band in the first sentence of the explanation', () => {
    expect(alpha({ 'a-essential': 'in-place', 'a-yes': 'yes', 'a-multi': ['one'], 'a-hours': 40 }).explanation[0]).toBe(
      'Score 73 out of 100 from 4 questions, which puts it in Amber (Partly in place).',
    )
  })
})

describe('statutory essentials', () => {
  it.each<[AnswerValue | undefined, string]>([
    // Issue 10: "In place" is the law's line for met; below it is partly met (no change planned).
    ['reviewed', 'met'],
    ['in-place', 'met'],
    ['started', 'partly-met'],
    ['not-in-place', 'not-met'],
    ['dont-know', 'unknown'],
    [undefined, 'unknown'],
  ])('reports the essential answered %j as %s', (value, status) => {
    const result = assess(content, assessmentWith(value === undefined ? {} : { 'a-essential': value }))
    expect(result.essentials).toEqual([{ questionId: 'a-essential', themeId: 'alpha', short: 'Alpha essential', status, reason: expect.any(String) }])
  })

  it('puts "Started" below the line when changes are planned: work not finished cannot support the decision', () => {
    const planned = assess(content, assessmentWith({ 'a-essential': 'started' }, { profile: { 'changes-planned': 'reductions' } }))
    expect(planned.essentials[0]).toMatchObject({ status: 'not-met', reason: expect.stringContaining('a change is planned') })
  })

  it('follows the lines the content gives, with their reasons, before the defaults', () => {
    const lined = fixtureContent()
    lined.themes[0]!.questions[0]!.lines = [
      { status: 'not-met', values: ['in-place'], whenChangesPlanned: true, reason: 'Not current for the decision.' },
      { status: 'partly-met', values: ['in-place'], reason: 'Good enough for now.' },
    ]
    const steady = assess(lined, assessmentWith({ 'a-essential': 'in-place' }))
    expect(steady.essentials[0]).toMatchObject({ status: 'partly-met', reason: 'Good enough for now.' })
    const changing = assess(lined, assessmentWith({ 'a-essential': 'in-place' }, { profile: { 'changes-planned': 'other-changes' } }))
    expect(changing.essentials[0]).toMatchObject({ status: 'not-met', reason: 'Not current for the decision.' })
    expect(assess(lined, assessmentWith({ 'a-essential': 'reviewed' })).essentials[0]?.status).toBe('met')
  })

  it('leaves a hidden essential out of the list', () => {
    const hidden = fixtureContent()
    const follow = hidden.themes[0]!.questions.find((q) => q.id === 'a-follow')!
    follow.essential = true
    expect(assess(hidden, assessmentWith({})).essentials.map((e) => e.questionId)).toEqual(['a-essential'])
  })
})

describe('strengths and weaknesses', () => {
  // Shares: essential 40, others 20 each. Gained: essential 26.7, a-yes 20, a-multi 6.7,
  // a-hours 20. Lost: essential 13.3, a-multi 13.3.
  const result = alpha({ 'a-essential': 'in-place', 'a-yes': 'yes', 'a-multi': ['one'], 'a-hours': 40 })

  it('lists the three answers that earned most, largest first, theme order on a tie', () => {
    expect(result.strengths.map((d) => [d.questionId, d.gained])).toEqual([
      ['a-essential', 26.7],
      ['a-yes', 20],
      ['a-hours', 20],
    ])
  })

  it('never lists a weak answer as a strength: half points, an answer that raised a risk, or an essential not met in full', () => {
    // a-yes "Partly" earns 1 of 2; a-essential "started" is partly met.
    const weak = alpha({ 'a-essential': 'started', 'a-yes': 'partly', 'a-multi': ['one'], 'a-hours': 40 })
    const ids = weak.strengths.map((d) => d.questionId)
    expect(ids).not.toContain('a-yes')
    expect(ids).not.toContain('a-essential')
    expect(weak.explanation.join(' ')).not.toMatch(/Helped most by:[^.]*Alpha yes/)
  })

  it('lists the answers that lost more than they earned, largest loss first', () => {
    expect(result.weaknesses.map((d) => [d.questionId, d.lost])).toEqual([['a-multi', 13.3]])
  })

  it('never lists one answer as both a strength and a weakness', () => {
    const strengths = result.strengths.map((d) => d.questionId)
    expect(result.weaknesses.filter((d) => strengths.includes(d.questionId))).toEqual([])
  })

  it('quotes each driver with the answer in words', () => {
    expect(result.weaknesses[0]).toEqual({ questionId: 'a-multi', short: 'Alpha multiple', answerText: 'One', gained: 6.7, lost: 13.3 })
  })

  it('names them in the explanation', () => {
    expect(result.explanation).toContain('Held back most by: “Alpha multiple” (One).')
  })
})

describe('the overall score', () => {
  it('weights each theme by its number of counted questions: (73 × 4 + 0 × 2) ÷ 6 = 49', () => {
    const result = assess(
      content,
      assessmentWith({ 'a-essential': 'in-place', 'a-yes': 'yes', 'a-multi': ['one'], 'a-hours': 40, 'b-one': 'no', 'b-two': 'not-in-place' }),
    )
    expect(result.themes.map((t) => [t.score, t.counted])).toEqual([
      [73, 4],
      [0, 2],
    ])
    expect(result.overall).toEqual({ score: 49, band: expect.objectContaining({ id: 'partly-in-place' }), capped: false, capReason: null })
  })

  it("counts a question shown by a priority in its theme's weight: (100 × 4 + 0 × 3) ÷ 7 = 57", () => {
    const result = assess(
      content,
      assessmentWith({ 'a-essential': 'reviewed', 'a-yes': 'yes', 'a-multi': ['one', 'two'], 'a-hours': 40 }, { priorities: ['health'] }),
    )
    expect(result.overall.score).toBe(57)
  })

  it('is held at Red while an essential is not met (issue 10: legal exposure leads)', () => {
    // With the essential weighing 1 and every other answer in full, alpha = 3 ÷ 4 = 75 and the
    // overall score is (75 × 4 + 100 × 2) ÷ 6 = 83: Green by score, held at Red by the unmet essential.
    const light = fixtureContent()
    light.themes[0]!.questions[0]!.weight = 1
    const result = assess(
      light,
      assessmentWith({ 'a-essential': 'not-in-place', 'a-yes': 'yes', 'a-multi': ['two', 'three'], 'a-hours': 40, 'b-one': 'yes', 'b-two': 'reviewed' }),
    )
    expect(result.overall).toMatchObject({ score: 83, band: { id: 'significant-gaps' }, capped: true })
    expect(result.maturity.band?.id).toBe('well-evidenced')
    expect(result.legal.level).toBe('high')
  })
})
