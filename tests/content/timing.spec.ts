/** The times the start page states are measured from the content (issue 16), and stay in line with it. */
import { describe, expect, it } from 'vitest'
import { countWords, dutyCheckTime, fullAssessmentTime, READING_WPM, SECONDS_PER_DECISION } from '@/engine/journey/timing'
import { STATED_TIMES } from '@/config/service'
import { legalQuestionIds } from '@/engine/core/legal-questions'
import { realContent } from '../support/content'

const content = realContent()

describe('the stated times', () => {
  it('use the rate and decision time the timing function uses', () => {
    expect(STATED_TIMES.readingWpm).toBe(READING_WPM)
    expect(STATED_TIMES.secondsPerDecision).toBe(SECONDS_PER_DECISION)
  })

  it('state the duty check as measured from the content', () => {
    const duty = dutyCheckTime(content)
    expect(duty.questions).toBe(legalQuestionIds(content).length)
    expect(STATED_TIMES.duty).toEqual({ questions: duty.questions, minutes: duty.minutes })
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
