/**
 * Every single-choice scale runs the same way, weakest to strongest (issue 16 item 3), so a
 * councillor skimming many questions never meets the best answer first on one and last on the next.
 */
import { describe, expect, it } from 'vitest'
import { realContent } from '../support/content'
import { optionsOf } from '@/engine/core/question-model'

const content = realContent()

describe('answer scales', () => {
  for (const scale of content.framework.scales) {
    it(`${scale.id} runs weakest to strongest`, () => {
      const points = scale.options.map((o) => o.points)
      expect(points).toEqual([...points].sort((a, b) => a - b))
      expect(new Set(points).size).toBe(points.length)
    })
  }

  it('every single-choice question shows its options weakest to strongest', () => {
    const wrong = content.themes
      .flatMap((t) => t.questions)
      .filter((q) => q.kind === 'scale' || q.kind === 'yes-partly-no')
      .filter((q) => {
        const points = optionsOf(q, content.framework).map((o) => o.points)
        return points.some((p, i) => i > 0 && p < points[i - 1]!)
      })
      .map((q) => q.id)
    expect(wrong).toEqual([])
  })
})
