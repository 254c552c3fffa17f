/** The times the start page states are measured from the content (issue 16), and stay in line with it. */
import { describe, expect, it } from 'vitest'
import {
  countWords,
  dutyCheckCommonTime,
  dutyCheckQuestions,
  dutyCheckTime,
  fullAssessmentTime,
  READING_WPM,
  SECONDS_PER_DECISION,
} from '@/engine/journey/timing'
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
    const most = dutyCheckCommonTime(content)
    const all = dutyCheckTime(content)
    expect(all.questions).toBe(dutyCheckQuestions(content).length)
    expect(STATED_TIMES.duty).toEqual({ questions: most.questions, minutes: most.minutes })
    expect(STATED_TIMES.dutyUpTo).toEqual({ questions: all.questions, minutes: all.minutes })
  })

  it('ask every question that decides the legal position, so the duty check never reads better than the full assessment', () => {
    expect(dutyCheckQuestions(content).map((q) => q.id)).toEqual(legalQuestionIds(content))
  })

  it('count for most councils only the questions shown whatever the delivery model', () => {
    const counted = dutyCheckQuestions(content).length - dutyCheckCommonTime(content).questions
    const gated = dutyCheckQuestions(content).filter((q) => q.showWhen && questionsIn(q.showWhen).length > 0)
    expect(gated.length).toBe(counted)
    expect(gated.every((q) => questionsIn(q.showWhen!).every((id) => id.startsWith('delivery-')))).toBe(true)
  })

  it('keep the duty check near 10 minutes for most councils (issue 16): no more than 11', () => {
    expect(dutyCheckCommonTime(content).minutes).toBeLessThanOrEqual(11)
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
