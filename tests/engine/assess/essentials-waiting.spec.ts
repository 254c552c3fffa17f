/**
 * An essential hidden only because the answer that would show it is not known counts as not
 * answered yet: the legal position never reads Low while it may apply (questions/SCORING.md).
 */
import { describe, expect, it } from 'vitest'
import { assess } from '@/engine/assess'
import type { Assessment } from '@/engine/core'
import { realContent } from '../../support/content'
import { referenceCouncils } from '../../content/calibration/councils'

const content = realContent()
const council = referenceCouncils.find((c) => c.id === 'strong-steady-state')!

function without(a: Assessment, id: string): Assessment {
  const answers = { ...a.answers }
  delete answers[id]
  return { ...a, answers }
}

describe('an essential waiting on the answer that shows it', () => {
  it('leaves the position Low when the answer shows it does not apply', () => {
    const result = assess(content, council.assessment)
    expect(result.legal.level).toBe('low')
    expect(result.questions.find((q) => q.id === 'community-libraries-statutory-status')?.visible).toBe(false)
  })

  it('holds the position at Medium, naming the essential, while the delivery model is not answered', () => {
    const result = assess(content, without(council.assessment, 'delivery-current-model'))
    expect(result.legal.level).toBe('medium')
    expect(result.legal.reasons.join(' ')).toContain('Status of community libraries')
    // The theme scores and the essentials list are unchanged: only the legal position waits on it.
    expect(result.essentials.some((e) => e.questionId === 'community-libraries-statutory-status')).toBe(false)
  })

  it('is judged on its own answer once the delivery model shows it', () => {
    const shown: Assessment = {
      ...council.assessment,
      answers: { ...council.assessment.answers, 'delivery-current-model': { value: ['in-house', 'community-managed'] } },
    }
    const result = assess(content, shown)
    const line = result.essentials.find((e) => e.questionId === 'community-libraries-statutory-status')
    expect(line?.status).toBe('unknown')
    expect(result.legal.level).toBe('medium')
    const met = assess(content, { ...shown, answers: { ...shown.answers, 'community-libraries-statutory-status': { value: 'yes' } } })
    expect(met.legal.level).toBe('low')
  })
})
