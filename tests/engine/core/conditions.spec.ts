/**
 * The condition language (questions/README.md, "Conditions"): every leaf and branch, hidden
 * questions, and the words describe() gives a council.
 */
import { describe as group, expect, it } from 'vitest'
import type { AnswerValue, Assessment } from '../../../src/engine/core/assessment'
import { describe, evaluate, type ConditionContext } from '../../../src/engine/core/conditions'
import type { Condition } from '../../../src/content/schema'
import { allQuestions, questionResults, visibility } from '../../../src/engine/assess/question-results'
import { assessmentWith, fixtureContent } from '../../support/content'

const content = fixtureContent()

/** What conditions see for these answers, with theme scores given directly. */
function contextFor(assessment: Assessment, themeScores: Record<string, number> = {}): ConditionContext {
  const results = new Map(questionResults(content, assessment).map((q) => [q.id, q]))
  return {
    content,
    assessment,
    questions: new Map(allQuestions(content).map(({ question }) => [question.id, question])),
    isVisible: (id) => results.get(id)?.visible === true,
    pointsOf: (id) => {
      const q = results.get(id)
      return q?.status === 'answered' ? q.points : undefined
    },
    themeScore: (id) => themeScores[id],
  }
}

interface Case {
  case: string
  when: Condition
  answers?: Record<string, AnswerValue>
  profile?: Record<string, string>
  priorities?: string[]
  scores?: Record<string, number>
}

function holds({ when, answers = {}, profile = {}, priorities = [], scores = {} }: Case): boolean {
  return evaluate(when, contextFor(assessmentWith(answers, { profile, priorities }), scores))
}

const reductions = { 'changes-planned': 'reductions' }

group('evaluate', () => {
  group('an answer leaf', () => {
    it.each<Case>([
      { case: 'equals, when a single choice is that value', when: { answer: 'a-yes', equals: 'yes' }, answers: { 'a-yes': 'yes' } },
      {
        case: 'equals, when that option is among those chosen in a multiple choice',
        when: { answer: 'a-multi', equals: 'two' },
        answers: { 'a-multi': ['one', 'two'] },
      },
      {
        case: 'equals "dont-know", when the answer is "Don\'t know"',
        when: { answer: 'a-essential', equals: 'dont-know' },
        answers: { 'a-essential': 'dont-know' },
      },
      {
        case: 'in, when a single choice is one of the values',
        when: { answer: 'a-essential', in: ['not-in-place', 'started'] },
        answers: { 'a-essential': 'started' },
      },
      {
        case: 'in, when any of the values is chosen in a multiple choice',
        when: { answer: 'a-multi', in: ['one', 'three'] },
        answers: { 'a-multi': ['two', 'three'] },
      },
      { case: 'answered: true, for a real answer', when: { answer: 'a-yes', answered: true }, answers: { 'a-yes': 'no' } },
      { case: 'answered: true, for "Don\'t know"', when: { answer: 'a-yes', answered: true }, answers: { 'a-yes': 'dont-know' } },
      { case: 'answered: true, for "Not applicable"', when: { answer: 'a-yes', answered: true }, answers: { 'a-yes': 'not-applicable' } },
      { case: 'answered: true, for a number answer worth no points', when: { answer: 'a-hours', answered: true }, answers: { 'a-hours': 0 } },
      { case: 'answered: true, for free text', when: { answer: 'a-text', answered: true }, answers: { 'a-text': 'Notes' } },
      { case: 'answered: true, for the exclusive "None of these"', when: { answer: 'a-multi', answered: true }, answers: { 'a-multi': ['none'] } },
      { case: 'answered: false, when there is no answer', when: { answer: 'a-yes', answered: false } },
      { case: 'atMost on points, at the limit', when: { answer: 'a-essential', atMost: 1 }, answers: { 'a-essential': 'started' } },
      { case: 'atLeast on points, at the limit', when: { answer: 'a-essential', atLeast: 2 }, answers: { 'a-essential': 'in-place' } },
      { case: 'atLeast on the capped points of a multiple choice', when: { answer: 'a-multi', atLeast: 3 }, answers: { 'a-multi': ['one', 'two', 'three'] } },
      { case: 'atMost on a number, comparing the number itself', when: { answer: 'a-hours', atMost: 9 }, answers: { 'a-hours': 9 } },
      { case: 'atLeast on a number, comparing the number and not its points', when: { answer: 'a-hours', atLeast: 3 }, answers: { 'a-hours': 5 } },
      { case: 'an answer to a question once it is shown', when: { answer: 'a-follow', equals: 'yes' }, answers: { 'a-follow': 'yes' }, profile: reductions },
    ])('is true for $case', (c) => {
      expect(holds(c)).toBe(true)
    })

    it.each<Case>([
      { case: 'equals, when the answer is another value', when: { answer: 'a-yes', equals: 'yes' }, answers: { 'a-yes': 'partly' } },
      { case: 'equals, when the question is unanswered', when: { answer: 'a-yes', equals: 'yes' } },
      {
        case: 'equals, when that option is not chosen in a multiple choice',
        when: { answer: 'a-multi', equals: 'three' },
        answers: { 'a-multi': ['one', 'two'] },
      },
      {
        case: 'in, when a single choice is none of the values',
        when: { answer: 'a-essential', in: ['not-in-place', 'started'] },
        answers: { 'a-essential': 'reviewed' },
      },
      {
        case: 'in, when none of the values is chosen in a multiple choice',
        when: { answer: 'a-multi', in: ['one', 'three'] },
        answers: { 'a-multi': ['two'] },
      },
      { case: 'answered: true, when there is no answer', when: { answer: 'a-yes', answered: true } },
      { case: 'answered: false, when there is an answer', when: { answer: 'a-yes', answered: false }, answers: { 'a-yes': 'dont-know' } },
      { case: 'answered: true, when no option of a multiple choice is chosen', when: { answer: 'a-multi', answered: true }, answers: { 'a-multi': [] } },
      { case: 'answered: true, when the text is empty', when: { answer: 'a-text', answered: true }, answers: { 'a-text': '  ' } },
      { case: 'answered: true, when the answer is one the question cannot have', when: { answer: 'a-yes', answered: true }, answers: { 'a-yes': 'maybe' } },
      {
        case: 'answered: true, for "Not applicable" where it is not offered',
        when: { answer: 'a-essential', answered: true },
        answers: { 'a-essential': 'not-applicable' },
      },
      { case: 'atMost on points, above the limit', when: { answer: 'a-essential', atMost: 1 }, answers: { 'a-essential': 'in-place' } },
      { case: 'atLeast on points, below the limit', when: { answer: 'a-essential', atLeast: 2 }, answers: { 'a-essential': 'started' } },
      { case: 'atLeast above the cap of a multiple choice', when: { answer: 'a-multi', atLeast: 4 }, answers: { 'a-multi': ['one', 'two', 'three'] } },
      { case: 'atMost on points, when the answer is "Don\'t know"', when: { answer: 'a-essential', atMost: 1 }, answers: { 'a-essential': 'dont-know' } },
      { case: 'atMost on points, when the answer is "Not applicable"', when: { answer: 'a-yes', atMost: 2 }, answers: { 'a-yes': 'not-applicable' } },
      { case: 'atMost on points, when unanswered', when: { answer: 'a-essential', atMost: 3 } },
      { case: 'atMost on a number, above the limit', when: { answer: 'a-hours', atMost: 9 }, answers: { 'a-hours': 10 } },
      { case: 'atLeast on a number, below the limit', when: { answer: 'a-hours', atLeast: 40 }, answers: { 'a-hours': 39 } },
      { case: 'atMost on a number, when the answer is "Don\'t know"', when: { answer: 'a-hours', atMost: 9 }, answers: { 'a-hours': 'dont-know' } },
      { case: 'atMost on a number, when unanswered', when: { answer: 'a-hours', atMost: 9 } },
    ])('is false for $case', (c) => {
      expect(holds(c)).toBe(false)
    })
  })

  group('an answer to a hidden question', () => {
    // a-follow is shown only when changes are planned; with no profile it is hidden.
    const hidden = { 'a-follow': 'yes' }

    it.each<Case>([
      { case: 'equals', when: { answer: 'a-follow', equals: 'yes' }, answers: hidden },
      { case: 'in', when: { answer: 'a-follow', in: ['yes', 'partly'] }, answers: hidden },
      { case: 'answered: true', when: { answer: 'a-follow', answered: true }, answers: hidden },
      { case: 'atLeast', when: { answer: 'a-follow', atLeast: 1 }, answers: hidden },
      { case: 'atMost', when: { answer: 'a-follow', atMost: 2 }, answers: hidden },
    ])('is treated as unanswered by $case', (c) => {
      expect(holds(c)).toBe(false)
    })

    it('is treated as unanswered by answered: false', () => {
      expect(holds({ case: '', when: { answer: 'a-follow', answered: false }, answers: hidden })).toBe(true)
    })
  })

  group('a theme leaf', () => {
    it.each<[Condition, number, boolean]>([
      [{ theme: 'beta', below: 40 }, 39, true],
      [{ theme: 'beta', below: 40 }, 40, false],
      [{ theme: 'beta', atLeast: 40 }, 40, true],
      [{ theme: 'beta', atLeast: 40 }, 39, false],
    ])('%j with a score of %i is %s', (when, score, expected) => {
      expect(holds({ case: '', when, scores: { beta: score } })).toBe(expected)
    })

    it.each<Condition>([
      { theme: 'beta', below: 101 },
      { theme: 'beta', atLeast: 0 },
    ])('%j is false for a theme with no score', (when) => {
      expect(holds({ case: '', when })).toBe(false)
    })
  })

  group('a priority leaf', () => {
    it('is true when the council chose the priority', () => {
      expect(holds({ case: '', when: { priority: 'health' }, priorities: ['reading', 'health'] })).toBe(true)
    })

    it('is false when it did not', () => {
      expect(holds({ case: '', when: { priority: 'health' }, priorities: ['reading'] })).toBe(false)
    })
  })

  group('a profile leaf', () => {
    it.each<[Condition, Record<string, string>, boolean]>([
      [{ profile: 'council-type', equals: 'county' }, { 'council-type': 'county' }, true],
      [{ profile: 'council-type', equals: 'county' }, { 'council-type': 'unitary' }, false],
      [{ profile: 'council-type', equals: 'county' }, {}, false],
      [{ profile: 'changes-planned', in: ['reductions', 'other-changes'] }, { 'changes-planned': 'other-changes' }, true],
      [{ profile: 'changes-planned', in: ['reductions', 'other-changes'] }, { 'changes-planned': 'none' }, false],
      [{ profile: 'changes-planned', in: ['reductions', 'other-changes'] }, {}, false],
    ])('%j with the profile %j is %s', (when, profile, expected) => {
      expect(holds({ case: '', when, profile })).toBe(expected)
    })
  })

  group('branches', () => {
    const yes: Condition = { priority: 'health' }
    const no: Condition = { priority: 'reading' }

    it.each<[string, Condition, boolean]>([
      ['all, when every part holds', { all: [yes, yes] }, true],
      ['all, when one part fails', { all: [yes, no] }, false],
      ['any, when one part holds', { any: [no, yes] }, true],
      ['any, when no part holds', { any: [no, no] }, false],
      ['not, of a part that holds', { not: yes }, false],
      ['not, of a part that fails', { not: no }, true],
      ['branches nested inside each other', { all: [yes, { any: [no, { not: no }] }] }, true],
    ])('evaluates %s as %s', (_case, when, expected) => {
      expect(holds({ case: '', when, priorities: ['health'] })).toBe(expected)
    })
  })
})

group('visibility', () => {
  it.each<[string, Partial<Assessment>, boolean]>([
    ['shows a profile-dependent question when the profile matches', { profile: reductions }, true],
    ['hides it when the profile does not match', { profile: { 'changes-planned': 'none' } }, false],
    ['hides it when the profile is not answered', {}, false],
  ])('%s', (_case, extra, visible) => {
    expect(visibility(content, assessmentWith({}, extra)).get('a-follow')).toBe(visible)
  })

  it('shows a priority-dependent question only when the priority is chosen', () => {
    expect(visibility(content, assessmentWith({}, { priorities: ['health'] })).get('b-health')).toBe(true)
    expect(visibility(content, assessmentWith({})).get('b-health')).toBe(false)
  })
})

group('describe', () => {
  it.each<[Condition, string]>([
    [{ profile: 'changes-planned', equals: 'reductions' }, '“Changes planned in the next 2 years” is “Yes, reductions”'],
    [
      { profile: 'council-type', in: ['county', 'unitary', 'london-borough'] },
      '“Type of council” is “County council”, “Unitary authority” or “London borough council”',
    ],
    [{ answer: 'a-essential', in: ['not-in-place', 'started', 'dont-know'] }, "“Alpha essential” is “None”, “Some” or “Don't know”"],
    [{ answer: 'a-yes', equals: 'partly' }, '“Alpha yes” is “Partly”'],
    [{ answer: 'a-yes', equals: 'not-applicable' }, '“Alpha yes” is “Not applicable”'],
    [{ answer: 'a-multi', equals: 'none' }, '“Alpha multiple” is “None of these”'],
    [{ answer: 'a-yes', answered: true }, '“Alpha yes” has been answered'],
    [{ answer: 'a-yes', answered: false }, '“Alpha yes” has not been answered'],
    [{ answer: 'a-hours', atMost: 9 }, '“Alpha hours” is at most 9 hours'],
    [{ answer: 'a-hours', atLeast: 40 }, '“Alpha hours” is at least 40 hours'],
    [{ answer: 'a-essential', atMost: 1 }, '“Alpha essential” scores at most 1 point'],
    [{ answer: 'a-essential', atLeast: 2 }, '“Alpha essential” scores at least 2 points'],
    [{ theme: 'beta', below: 40 }, 'the score for “Assess beta” is below 40'],
    [{ theme: 'beta', atLeast: 75 }, 'the score for “Assess beta” is 75 or more'],
    [{ priority: 'health' }, 'you chose the priority “Healthier and happier lives”'],
    [{ not: { priority: 'health' } }, 'it is not the case that you chose the priority “Healthier and happier lives”'],
    [
      {
        all: [
          { profile: 'changes-planned', equals: 'reductions' },
          { answer: 'a-essential', in: ['not-in-place', 'started'] },
        ],
      },
      '“Changes planned in the next 2 years” is “Yes, reductions” and “Alpha essential” is “None” or “Some”',
    ],
    [
      { any: [{ priority: 'health' }, { theme: 'beta', below: 40 }] },
      'at least one of: you chose the priority “Healthier and happier lives”; the score for “Assess beta” is below 40',
    ],
    [{ any: [{ priority: 'culture' }] }, 'you chose the priority “Cultural and creative enrichment”'],
  ])('describes %j as: %s', (condition, words) => {
    expect(describe(condition, content)).toBe(words)
  })
})
