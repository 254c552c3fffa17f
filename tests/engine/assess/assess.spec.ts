/**
 * assess(): flags, the headline, recommendations and completeness, over the fixture content.
 *
 * Fixture recap: flags critical-alpha (reductions planned and a-essential not in place,
 * started or unknown), warning-hours (a-hours at most 9) and advice-beta (beta below 40).
 * Case studies: study-health (priority health, theme beta, county, toolkit), study-alpha (theme
 * alpha, unitary) and lesson-alpha (theme alpha, flag critical-alpha).
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import type { AnswerValue, Assessment } from '../../../src/engine/core/assessment'
import type { Content } from '../../../src/content/schema'
import type { Result } from '../../../src/engine/core/result'
import { assessmentWith, fixtureContent } from '../../support/content'

const content = fixtureContent()

/** Every alpha answer in full: alpha scores 100 (Green) with its essential met. */
const alphaInFull: Record<string, AnswerValue> = { 'a-essential': 'reviewed', 'a-yes': 'yes', 'a-multi': ['two', 'three'], 'a-hours': 40 }
/** Beta in full (b-health too, when health is chosen): beta scores 100. */
const betaInFull: Record<string, AnswerValue> = { 'b-one': 'yes', 'b-two': 'reviewed', 'b-health': 'yes' }
/** Beta scoring 0: Red. */
const betaRed: Record<string, AnswerValue> = { 'b-one': 'no', 'b-two': 'not-in-place' }
/** Beta scoring (2/2 + 0/3) ÷ 2 = 50: Amber. */
const betaAmber: Record<string, AnswerValue> = { 'b-one': 'yes', 'b-two': 'not-in-place' }

function run(answers: Record<string, AnswerValue>, extra: Partial<Assessment> = {}, using: Content = content): Result {
  return assess(using, assessmentWith(answers, extra))
}

function caseStudy(result: Result, id: string) {
  return result.recommendations.caseStudies.find((c) => c.id === id)
}

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

describe('case study recommendations', () => {
  // Issue 10: chosen priorities weigh strongly, 5 points each (was 3).
  it('adds 5 for each chosen priority in its tags, and says so', () => {
    const result = run({ ...alphaInFull, ...betaInFull }, { priorities: ['health'] })
    expect(result.recommendations.caseStudies).toEqual([
      { id: 'study-health', relevance: 5, reasons: [{ kind: 'priority', text: 'You chose Healthier and happier lives', points: 5 }] },
    ])
  })

  it('adds 3 for a tagged theme that is Red', () => {
    expect(caseStudy(run({ ...alphaInFull, ...betaRed }), 'study-health')).toEqual({
      id: 'study-health',
      relevance: 3,
      reasons: [{ kind: 'theme', text: 'Assess beta: your score is Red (Significant gaps)', points: 3 }],
    })
  })

  it('adds 2 for a tagged theme below the top band that is not Red', () => {
    expect(caseStudy(run({ ...alphaInFull, ...betaAmber }), 'study-health')?.reasons).toEqual([
      { kind: 'theme', text: 'Assess beta: your score is Amber (Partly in place)', points: 2 },
    ])
  })

  it('adds 3 for a tagged theme held at Red by an essential not known ("Don\'t know" is never reassurance)', () => {
    const light = fixtureContent()
    light.themes[0]!.questions[0]!.weight = 1
    const result = run({ ...alphaInFull, 'a-essential': 'dont-know', ...betaInFull }, {}, light)
    expect(result.themes[0]).toMatchObject({ score: 75, capped: true, band: { rag: 'Red' } })
    expect(caseStudy(result, 'study-alpha')?.relevance).toBe(3)
  })

  it('adds 3 for a tagged theme held at Red by an essential not met', () => {
    const light = fixtureContent()
    light.themes[0]!.questions[0]!.weight = 1
    const result = run({ ...alphaInFull, 'a-essential': 'not-in-place', ...betaInFull }, {}, light)
    expect(result.themes[0]).toMatchObject({ score: 75, capped: true, band: { rag: 'Red' } })
    expect(caseStudy(result, 'study-alpha')?.relevance).toBe(3)
  })

  it('recommends nothing for themes in the top band', () => {
    expect(run({ ...alphaInFull, ...betaInFull }).recommendations.caseStudies).toEqual([])
  })

  it('adds 1 for the same type of council alongside another reason', () => {
    const result = run({ ...alphaInFull, ...betaInFull }, { priorities: ['health'], profile: { 'council-type': 'county' } })
    expect(caseStudy(result, 'study-health')).toEqual({
      id: 'study-health',
      relevance: 6,
      reasons: [
        { kind: 'priority', text: 'You chose Healthier and happier lives', points: 5 },
        { kind: 'council-type', text: 'Same type of council as yours: County council', points: 1 },
      ],
    })
  })

  it('does not recommend a case study for the type of council alone', () => {
    const result = run({ ...alphaInFull, ...betaInFull }, { profile: { 'council-type': 'county' } })
    expect(result.recommendations.caseStudies).toEqual([])
  })

  it('does not add the council type when it differs', () => {
    const result = run({ ...alphaInFull, ...betaRed }, { profile: { 'council-type': 'unitary' } })
    expect(caseStudy(result, 'study-health')?.relevance).toBe(3)
  })

  it('adds 8 to a lesson for its raised critical flag, before its other reasons', () => {
    // critical-alpha raised; alpha = (0 + 2/2 + 3/3 + 2/2 + 2/2) ÷ 6 = 67, held at Red.
    const result = run({ ...alphaInFull, 'a-essential': 'not-in-place', 'a-follow': 'yes', ...betaInFull }, { profile: { 'changes-planned': 'reductions' } })
    expect(caseStudy(result, 'lesson-alpha')).toEqual({
      id: 'lesson-alpha',
      relevance: 11,
      reasons: [
        { kind: 'flag', text: 'Risk flagged: Reductions without alpha', points: 8 },
        { kind: 'theme', text: 'Assess alpha: your score is Red (Significant gaps)', points: 3 },
      ],
    })
  })

  it('adds 8 for each raised critical flag a lesson names and 4 for each other', () => {
    const twoFlags = fixtureContent()
    twoFlags.caseStudies[2]!.tags.flags = ['critical-alpha', 'warning-hours']
    const result = run({ 'a-essential': 'not-in-place', 'a-hours': 5 }, { profile: { 'changes-planned': 'reductions' } }, twoFlags)
    expect(
      caseStudy(result, 'lesson-alpha')
        ?.reasons.filter((r) => r.kind === 'flag')
        .map((r) => r.points),
    ).toEqual([8, 4])
  })

  it('does not recommend a lesson whose flags are not raised, even when its theme is Red', () => {
    const result = run({ 'a-essential': 'not-in-place', ...betaInFull })
    expect(caseStudy(result, 'lesson-alpha')).toBeUndefined()
    expect(caseStudy(result, 'study-alpha')?.relevance).toBe(3)
  })

  it('ranks the most relevant first', () => {
    const result = run({ ...alphaInFull, 'a-essential': 'not-in-place', 'a-follow': 'yes', ...betaInFull }, { profile: { 'changes-planned': 'reductions' } })
    expect(result.recommendations.caseStudies.map((c) => [c.id, c.relevance])).toEqual([
      ['lesson-alpha', 11],
      ['study-alpha', 3],
    ])
  })

  it('puts DCMS toolkit case studies first on a tie', () => {
    const swapped = fixtureContent()
    swapped.caseStudies[0]!.toolkit = false
    swapped.caseStudies[1]!.toolkit = true
    const result = run({ 'a-essential': 'not-in-place', ...betaRed }, {}, swapped)
    expect(result.recommendations.caseStudies.map((c) => [c.id, c.relevance])).toEqual([
      ['study-alpha', 3],
      ['study-health', 3],
    ])
  })
})

describe('governance model and smarter-services recommendations', () => {
  it('sums the weights of the fit entries that hold, with their reasons', () => {
    const inHouse = run({ ...alphaInFull, 'b-facts': ['in-house'] }).recommendations.governanceModels[0]
    expect(inHouse).toMatchObject({
      id: 'in-house',
      name: 'In-house',
      relevance: 3,
      reasons: [
        { kind: 'fit', text: 'You run the service in-house now', points: 2 },
        { kind: 'fit', text: 'Alpha is sound', points: 1 },
      ],
    })
  })

  it('shows every caution, marking those whose condition holds as applying', () => {
    const weak = run({ 'b-facts': ['in-house'] }).recommendations.governanceModels[0]
    expect(weak?.cautions).toEqual([
      { text: 'Exposed to council-wide cuts.', applies: false },
      { text: 'Needs a plan.', applies: true },
    ])
  })

  it('does not mark a caution as applying when its condition fails', () => {
    const sound = run({ ...alphaInFull, 'b-facts': ['in-house'] }).recommendations.governanceModels[0]
    expect(sound?.cautions.map((c) => c.applies)).toEqual([false, false])
  })

  it('ranks models by relevance and leaves out those with no fit', () => {
    const result = run({ 'b-facts': ['in-house'] }, { priorities: ['culture'] })
    expect(result.recommendations.governanceModels.map((m) => [m.id, m.relevance])).toEqual([
      ['in-house', 2],
      ['trust', 1],
    ])
    expect(run({}).recommendations.governanceModels).toEqual([])
  })

  it.each([
    [
      'county',
      [{ id: 'co-location', name: 'Co-location', relevance: 1, reasons: [{ kind: 'fit', text: 'Counties have many buildings', points: 1 }], cautions: [] }],
    ],
    ['unitary', []],
  ])('recommends smarter-services approaches that fit a %s council', (type, expected) => {
    expect(run({}, { profile: { 'council-type': type } }).recommendations.smarterServices).toEqual(expected)
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
