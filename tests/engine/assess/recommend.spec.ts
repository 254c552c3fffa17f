/**
 * assess(): the case studies, governance models and smarter services it recommends, over the
 * fixture content (recapped in assess.spec.ts).
 */
import { describe, expect, it } from 'vitest'
import { fixtureContent } from '../../support/content'
import { alphaInFull, betaAmber, betaInFull, betaRed, caseStudy, run } from './assess-fixture'

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
