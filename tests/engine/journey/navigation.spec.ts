/**
 * Where the user is in the journey: a theme's visible questions, next and previous, where to
 * resume, the task-list status and the profile fields still missing.
 *
 * Fixture: alpha asks a-essential, a-yes, a-multi, a-hours, a-follow (only when changes are
 * planned) and a-text; beta asks b-one, b-two, b-health (only with the health priority), b-facts.
 */
import { describe, expect, it } from 'vitest'
import type { AnswerValue, Assessment } from '../../../src/engine/core/assessment'
import {
  answeredCount,
  answeredHint,
  missingProfileFields,
  nextQuestionId,
  previousQuestionId,
  resumeQuestionId,
  themeStatus,
  visibleQuestionIds,
} from '../../../src/engine/journey/navigation'
import { assessmentWith, fixtureContent } from '../../support/content'

const content = fixtureContent()
const changesPlanned: Partial<Assessment> = { profile: { 'changes-planned': 'reductions' } }

function answering(answers: Record<string, AnswerValue>, extra: Partial<Assessment> = {}): Assessment {
  return assessmentWith(answers, extra)
}

describe('visibleQuestionIds', () => {
  it("lists a theme's questions in order, leaving out hidden ones", () => {
    expect(visibleQuestionIds(content, answering({}), 'alpha')).toEqual(['a-essential', 'a-yes', 'a-multi', 'a-hours', 'a-text'])
  })

  it('includes a question once the answers show it', () => {
    expect(visibleQuestionIds(content, answering({}, changesPlanned), 'alpha')).toEqual(['a-essential', 'a-yes', 'a-multi', 'a-hours', 'a-follow', 'a-text'])
  })

  it('is empty for a theme that does not exist', () => {
    expect(visibleQuestionIds(content, answering({}), 'gamma')).toEqual([])
  })
})

describe('nextQuestionId', () => {
  it.each<[string, Partial<Assessment>, string | null]>([
    ['a-essential', {}, 'a-yes'],
    ['a-hours', {}, 'a-text'],
    ['a-hours', changesPlanned, 'a-follow'],
    ['a-text', {}, null],
  ])('goes from %s (with %j) to %s', (from, extra, to) => {
    expect(nextQuestionId(content, answering({}, extra), 'alpha', from)).toBe(to)
  })
})

describe('previousQuestionId', () => {
  it.each<[string, Partial<Assessment>, string | null]>([
    ['a-yes', {}, 'a-essential'],
    ['a-text', {}, 'a-hours'],
    ['a-text', changesPlanned, 'a-follow'],
    ['a-essential', {}, null],
  ])('goes back from %s (with %j) to %s', (from, extra, to) => {
    expect(previousQuestionId(content, answering({}, extra), 'alpha', from)).toBe(to)
  })
})

describe('resumeQuestionId', () => {
  it.each<[string, Record<string, AnswerValue>, string]>([
    ['the first question when nothing is answered', {}, 'a-essential'],
    ['the first unanswered question', { 'a-essential': 'started', 'a-yes': 'yes' }, 'a-multi'],
    ['a gap left earlier in the theme', { 'a-essential': 'started', 'a-multi': ['one'] }, 'a-yes'],
    ['past "Don\'t know" and "Not applicable", which are answers', { 'a-essential': 'dont-know', 'a-yes': 'not-applicable' }, 'a-multi'],
    [
      'the first question when every question is answered',
      { 'a-essential': 'started', 'a-yes': 'yes', 'a-multi': ['one'], 'a-hours': 3, 'a-text': 'Notes' },
      'a-essential',
    ],
  ])('resumes at %s', (_case, answers, id) => {
    expect(resumeQuestionId(content, answering(answers), 'alpha')).toBe(id)
  })

  it('skips a question the answers hide', () => {
    const allButHidden = { 'a-essential': 'started', 'a-yes': 'yes', 'a-multi': ['one'], 'a-hours': 3 }
    expect(resumeQuestionId(content, answering(allButHidden), 'alpha')).toBe('a-text')
  })

  it('is null for a theme that does not exist', () => {
    expect(resumeQuestionId(content, answering({}), 'gamma')).toBeNull()
  })
})

describe('answeredCount', () => {
  it('counts the answered visible questions, including "Don\'t know", out of those visible', () => {
    // Issue 10: "Don't know" is counted apart from real answers.
    expect(answeredCount(content, answering({ 'b-one': 'dont-know', 'b-two': 'started', 'b-health': 'yes' }), 'beta')).toEqual({
      answered: 1,
      dontKnow: 1,
      total: 3,
    })
  })
})

describe('themeStatus', () => {
  it.each<[string, string, Record<string, AnswerValue>, string[]]>([
    ['not-started', 'nothing is answered', {}, []],
    ['not-started', 'only a hidden question is answered', { 'b-health': 'yes' }, []],
    ['not-started', 'only an answer the question cannot have is given', { 'b-one': 'maybe' }, []],
    ['in-progress', 'one question is answered', { 'b-one': 'yes' }, []],
    ['in-progress', 'every question is answered but the user has not said it is complete', { 'b-one': 'yes', 'b-two': 'started', 'b-facts': ['trust'] }, []],
    ['completed', 'the user said it is complete', {}, ['beta']],
    ['in-progress', 'another theme is complete', { 'b-one': 'yes' }, ['alpha']],
  ])('is %s when %s', (status, _case, answers, completed) => {
    expect(themeStatus(content, answering(answers), 'beta', completed)).toBe(status)
  })
})

describe('missingProfileFields', () => {
  it('lists every required field when nothing is filled in', () => {
    expect(missingProfileFields(content, answering({}))).toEqual(['council-name', 'council-type', 'respondent-role', 'changes-planned'])
  })

  it('treats an empty text as missing and ignores optional fields', () => {
    const profile = { 'council-name': '', 'council-type': 'county', 'respondent-role': 'officer', 'changes-planned': 'none' }
    expect(missingProfileFields(content, answering({}, { profile }))).toEqual(['council-name'])
  })

  it('is empty when every required field is filled in', () => {
    const profile = { 'council-name': 'Anytown', 'council-type': 'county', 'respondent-role': 'officer', 'changes-planned': 'none' }
    expect(missingProfileFields(content, answering({}, { profile }))).toEqual([])
  })
})

describe('answeredHint', () => {
  it.each([
    [{ answered: 5, dontKnow: 2, total: 8 }, "5 of 8 questions answered, 2 “Don't know”"],
    [{ answered: 0, dontKnow: 1, total: 1 }, "0 of 1 question answered, 1 “Don't know”"],
    [{ answered: 3, dontKnow: 0, total: 3 }, '3 of 3 questions answered'],
  ])('says %j as %s', (count, text) => {
    expect(answeredHint(count)).toBe(text)
  })
})

describe('themeStatus with only "Don\'t know" answers', () => {
  it('is in progress', () => {
    expect(themeStatus(content, answering({ 'b-one': 'dont-know' }), 'beta', [])).toBe('in-progress')
  })
})
