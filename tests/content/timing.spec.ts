/** The times the start page states are measured from the content (issue 16), and stay in line with it. */
import { describe, expect, it } from 'vitest'
import { countWords, dutyCheckQuestions, dutyCheckTime, fullAssessmentTime, READING_WPM, SECONDS_PER_DECISION } from '@/engine/journey/timing'
import { STATED_TIMES } from '@/config/service'
import { legalQuestionIds, questionsIn } from '@/engine/core/legal-questions'
import { realContent } from '../support/content'

const content = realContent()

describe('the stated times', () => {
  it('use the rate and decision time the timing function uses', () => {
    expect(STATED_TIMES.readingWpm).toBe(READING_WPM)
    expect(STATED_TIMES.secondsPerDecision).toBe(SECONDS_PER_DECISION)
  })

  it('state the duty check as measured from the content', () => {
    const duty = dutyCheckTime(content)
    expect(duty.questions).toBe(dutyCheckQuestions(content).length)
    expect(STATED_TIMES.duty).toEqual({ questions: duty.questions, minutes: duty.minutes })
  })

  it('count every question that decides the legal position, except those shown only after an answer the duty check does not ask', () => {
    const legal = legalQuestionIds(content)
    const counted = new Set(dutyCheckQuestions(content).map((q) => q.id))
    const left = content.themes.flatMap((t) => t.questions).filter((q) => legal.includes(q.id) && !counted.has(q.id))
    expect([...counted].every((id) => legal.includes(id))).toBe(true)
    for (const q of left)
      expect(
        questionsIn(q.showWhen ?? { all: [] }).some((id) => !counted.has(id)),
        q.id,
      ).toBe(true)
    expect(left.map((q) => q.id)).toEqual([
      'delivery-client-capacity',
      'delivery-change-procurement',
      'delivery-change-duty-control',
      'community-libraries-statutory-status',
    ])
  })

  it('keep the duty check to about 10 minutes (issue 16): no more than 11', () => {
    expect(dutyCheckTime(content).minutes).toBeLessThanOrEqual(11)
  })

  it('state the full assessment as measured from the content', () => {
    const full = fullAssessmentTime(content)
    expect(STATED_TIMES.full).toEqual({ questions: full.questions, minutes: full.minutes })
    expect(full.minutes).toBeGreaterThan(dutyCheckTime(content).minutes)
  })
})

describe('countWords', () => {
  it('counts words, not punctuation or empty texts', () => {
    expect(countWords('Yes, reductions', undefined, ' – ', 'over 3 years old.')).toBe(6)
  })
})
