import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { aggregate } from '../../../src/engine/workshop/aggregate'
import {
  agreedAnswers,
  buildCombinedAssessment,
  combinedLabel,
  combinedProfile,
  emptyDecisions,
  MAX_SPREAD_TEXT,
  roomSpread,
  spreadAppendix,
  type ConsensusDecisions,
} from '../../../src/engine/workshop/consensus'
import { assess } from '../../../src/engine/assess/assess'
import { MAX_SPREAD_ANSWERS, parseSavedAssessment, serialiseSavedAssessment } from '../../../src/engine/files/saved-file'
import { fixtureContent } from '../../support/content'
import { NOW, arbitraryRespondents, arbitraryRoomReordered, respondents, saved } from '../../support/workshop'

const content = fixtureContent()

function combine(room: ReturnType<typeof respondents>, decisions: ConsensusDecisions = emptyDecisions()) {
  return buildCombinedAssessment(content, room, aggregate(content, room), decisions, NOW)
}

describe('agreedAnswers', () => {
  const room = respondents(content, [{ 'b-one': 'yes' }, { 'b-one': 'yes' }, { 'b-one': 'no' }])
  const agg = aggregate(content, room)

  it('pre-fills each question with the most common answer', () => {
    expect(agreedAnswers(agg, emptyDecisions()).find((a) => a.questionId === 'b-one')).toEqual({
      questionId: 'b-one',
      value: 'yes',
      changed: false,
      settled: false,
      note: '',
      dissent: '',
    })
  })

  it('takes the facilitator’s answer, note and dissent where given', () => {
    const decisions = { agreed: { 'b-one': 'partly' }, notes: { 'b-one': 'Evidence in the 2024 plan' }, dissent: { 'b-one': 'Cllr Smith: no' } }
    expect(agreedAnswers(agg, decisions).find((a) => a.questionId === 'b-one')).toEqual({
      questionId: 'b-one',
      value: 'partly',
      changed: true,
      settled: true,
      note: 'Evidence in the 2024 plan',
      dissent: 'Cllr Smith: no',
    })
  })

  it('lets the facilitator clear an answer', () => {
    expect(agreedAnswers(agg, { ...emptyDecisions(), agreed: { 'b-one': null } }).find((a) => a.questionId === 'b-one')?.value).toBeNull()
  })
})

describe('buildCombinedAssessment', () => {
  const room = respondents(content, [{ 'b-one': 'yes', 'b-two': 'started' }, { 'b-one': 'yes' }, { 'b-one': 'no' }])

  it('is a valid saved assessment marked as combined from N respondents', () => {
    const file = combine(room, { agreed: {}, notes: {}, dissent: { 'b-one': '  One councillor thinks no  ' } })
    expect(file.combined).toMatchObject({ respondents: 3, dissent: { 'b-one': 'One councillor thinks no' } })
    const parsed = parseSavedAssessment(serialiseSavedAssessment(file), content)
    expect(parsed.ok && parsed.file).toEqual(file)
    expect(combinedLabel(file)).toBe('Combined from 3 respondents')
  })

  it('records agreed answers with their notes', () => {
    const file = combine(room, { agreed: { 'b-two': 'in-place' }, notes: { 'b-two': 'Plan agreed in March' }, dissent: {} })
    expect(file.assessment.answers['b-one']).toEqual({ value: 'yes' })
    expect(file.assessment.answers['b-two']).toEqual({ value: 'in-place', note: 'Plan agreed in March' })
  })

  it('keeps a note on a question left without an agreed answer', () => {
    const file = combine(room, { agreed: { 'b-one': null }, notes: { 'b-one': 'To check' }, dissent: {} })
    expect(file.assessment.answers['b-one']).toEqual({ value: '', note: 'To check' })
    expect(assess(content, file.assessment).questions.find((q) => q.id === 'b-one')?.status).toBe('unanswered')
  })

  it('leaves out questions nobody answered', () => {
    expect(Object.keys(combine(room).assessment.answers).sort()).toEqual(['b-one', 'b-two'])
  })

  it('keeps how the room answered each question it answered', () => {
    expect(combine(room).combined?.spread).toEqual({
      'b-one': {
        answers: [
          { label: 'Yes', count: 2 },
          { label: 'No', count: 1 },
        ],
        notAnswered: 0,
        notAsked: 0,
        disagreement: 'strong',
      },
      'b-two': { answers: [{ label: 'Some', count: 1 }], notAnswered: 2, notAsked: 0, disagreement: 'agree' },
    })
  })
})

describe('roomSpread', () => {
  it('counts the respondents a question did not apply to', () => {
    // b-health is asked only of those who chose the health priority.
    const room = [...respondents(content, [{ 'b-health': 'partly' }], { priorities: ['health'] }), ...respondents(content, [{}, {}])].map((r, i) => ({
      ...r,
      id: `id-${i}`,
      name: `r${i}`,
    }))
    expect(roomSpread(aggregate(content, room))['b-health']).toEqual({
      answers: [{ label: 'Partly', count: 1 }],
      notAnswered: 0,
      notAsked: 2,
      disagreement: 'agree',
    })
  })

  it('gives free text no disagreement and shortens long text', () => {
    const long = 'word '.repeat(100).trim()
    const spread = roomSpread(aggregate(content, respondents(content, [{ 'a-text': long }, { 'a-text': 'Short' }])))['a-text']
    expect(spread?.disagreement).toBeUndefined()
    const labels = spread?.answers.map((a) => a.label) ?? []
    expect(labels).toContain('Short')
    const shortened = labels.find((l) => l !== 'Short') ?? ''
    expect(long.length).toBeGreaterThan(MAX_SPREAD_TEXT)
    expect(shortened.length).toBeLessThanOrEqual(MAX_SPREAD_TEXT)
    expect(shortened).toMatch(/^word word .*…$/)
  })

  it(`folds the least given answers into one count beyond ${MAX_SPREAD_ANSWERS} different answers`, () => {
    const room = respondents(content, [...Array.from({ length: MAX_SPREAD_ANSWERS + 1 }, (_v, i) => ({ 'a-hours': i })), { 'a-hours': 0 }])
    const answers = roomSpread(aggregate(content, room))['a-hours']?.answers ?? []
    expect(answers).toHaveLength(MAX_SPREAD_ANSWERS)
    expect(answers[0]).toEqual({ label: '0 hours', count: 2 })
    expect(answers.at(-1)).toEqual({ label: 'Other answers', count: 2 })
    expect(answers.reduce((sum, a) => sum + a.count, 0)).toBe(room.length)
    const file = buildCombinedAssessment(content, room, aggregate(content, room), emptyDecisions(), NOW)
    expect(parseSavedAssessment(serialiseSavedAssessment(file), content).ok).toBe(true)
  })
})

describe('combinedProfile', () => {
  const people = [
    saved(
      content,
      {},
      {
        profile: { 'council-name': 'Anytown', 'respondent-name': 'Ann', 'respondent-role': 'officer', population: 1000, 'changes-planned': 'none' },
        priorities: ['health', 'reading'],
      },
    ),
    saved(
      content,
      {},
      {
        profile: { 'council-name': 'Anytown', 'respondent-name': 'Bob', 'respondent-role': 'councillor', population: 3000, 'changes-planned': 'reductions' },
        priorities: ['health'],
      },
    ),
    saved(
      content,
      {},
      { profile: { 'council-name': 'Anytown Council', population: 2500, 'changes-planned': 'reductions' }, priorities: ['culture', 'health'] },
    ),
  ].map((file, i) => ({ id: `p${i}`, name: `P${i}`, file }))
  const { profile, priorities } = combinedProfile(content, people)

  it.each([
    ['council-name', 'Anytown'],
    ['changes-planned', 'reductions'],
    ['population', 2500],
    ['respondent-role', 'facilitator'],
    ['respondent-name', undefined],
  ])('sets %s to %j', (field, value) => {
    expect(profile[field]).toBe(value)
  })

  it('keeps priorities chosen by at least half the room, most chosen first', () => {
    expect(priorities).toEqual(['health'])
  })
})

describe('spreadAppendix', () => {
  const room = respondents(content, [{ 'b-one': 'yes', 'a-text': 'Plenty' }, { 'b-one': 'yes' }, { 'b-one': 'no' }])

  it('lists each answered question, in assessment order, with its spread, disagreement, agreed answer and dissent', () => {
    const file = combine(room, { agreed: { 'a-text': null }, notes: { 'b-one': ' Plan seen ' }, dissent: { 'b-one': 'One says no' } })
    expect(spreadAppendix(content, file)).toEqual([
      {
        questionId: 'a-text',
        themeId: 'alpha',
        themeTitle: 'Assess alpha',
        short: 'Alpha text',
        spread: [
          { label: 'Plenty', count: 1 },
          { label: 'Not answered', count: 2 },
        ],
        disagreement: 'Not scored',
        agreed: 'No agreed answer',
        note: '',
        dissent: '',
      },
      {
        questionId: 'b-one',
        themeId: 'beta',
        themeTitle: 'Assess beta',
        short: 'Beta one',
        spread: [
          { label: 'Yes', count: 2 },
          { label: 'No', count: 1 },
        ],
        disagreement: 'Strong disagreement',
        agreed: 'Yes',
        note: 'Plan seen',
        dissent: 'One says no',
      },
    ])
  })

  it('reads the file alone, so the rows survive saving and loading', () => {
    const file = combine(room)
    const parsed = parseSavedAssessment(serialiseSavedAssessment(file), content)
    expect(parsed.ok && spreadAppendix(content, parsed.file)).toEqual(spreadAppendix(content, file))
  })

  it('is empty for a file combined before the spread was kept, and for one person’s assessment', () => {
    const file = combine(room)
    expect(spreadAppendix(content, { ...file, combined: { respondents: 3, dissent: {} } })).toEqual([])
    expect(spreadAppendix(content, saved(content, { 'b-one': 'yes' }))).toEqual([])
  })
})

describe('consensus: properties', () => {
  it('of identical assessments equals them', () => {
    fc.assert(
      fc.property(arbitraryRespondents(content, 1, 1), fc.integer({ min: 1, max: 5 }), ([one], n) => {
        const room = Array.from({ length: n }, (_, i) => ({ ...one!, id: `copy-${i}`, name: `Copy ${i}` }))
        const combined = combine(room)
        const before = assess(content, one!.file.assessment)
        const after = assess(content, combined.assessment)
        // Every answer the engine reads is the same, so every score, band, flag and recommendation is too.
        expect(after.questions).toEqual(before.questions)
        expect(after.themes).toEqual(before.themes)
        expect(after.flags).toEqual(before.flags)
        expect(combined.assessment.priorities.sort()).toEqual([...one!.file.assessment.priorities].sort())
      }),
      { numRuns: 150 },
    )
  })

  it('does not depend on the order of the files', () => {
    fc.assert(
      fc.property(arbitraryRoomReordered(content, 6), ([room, shuffled]) => {
        expect(combine(shuffled)).toEqual(combine(room))
      }),
      { numRuns: 150 },
    )
  })

  it('always builds a file that reads back as it was written', () => {
    fc.assert(
      fc.property(arbitraryRespondents(content, 6, 1), (room) => {
        const file = combine(room)
        const parsed = parseSavedAssessment(serialiseSavedAssessment(file), content)
        expect(parsed.ok && parsed.file).toEqual(file)
      }),
      { numRuns: 100 },
    )
  })
})
