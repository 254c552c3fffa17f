/**
 * The duty check's questions are the ones that decide the legal position (questions/SCORING.md):
 * every statutory essential, every question in a critical flag or in a warning resting on the Act
 * or a court case, every question marked `legal: true`, and every question that shows or hides one
 * of them. Proved here on the real content: an answer to any other question never changes the
 * legal position.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '@/engine/assess/assess'
import { legalFlags, legalQuestionIds, questionsIn } from '@/engine/core/legal-questions'
import { optionsOf } from '@/engine/core/question-model'
import type { Assessment, AnswerValue } from '@/engine/core/assessment'
import type { Content, Question } from '@/content/schema'
import { realContent } from '../../support/content'
import { referenceCouncils } from '../../content/calibration/councils'

const content = realContent()
const legal = new Set(legalQuestionIds(content))
const questions = content.themes.flatMap((t) => t.questions)

/** Every answer a question can take, and none at all. */
function answersFor(q: Question, c: Content): (AnswerValue | undefined)[] {
  const extras = [...(q.dontKnow ? ['dont-know'] : []), ...(q.notApplicable ? ['not-applicable'] : []), undefined]
  if (q.kind === 'scale' || q.kind === 'yes-partly-no') return [...optionsOf(q, c.framework).map((o) => o.value), ...extras]
  if (q.kind === 'multiple') return [...q.options.map((o) => [o.value]), q.options.filter((o) => !o.exclusive).map((o) => o.value), ...extras]
  if (q.kind === 'number') return [0, 5, 40, 100000, ...extras]
  return ['Some text', undefined]
}

function withAnswer(a: Assessment, id: string, value: AnswerValue | undefined): Assessment {
  const answers = { ...a.answers }
  if (value === undefined) delete answers[id]
  else answers[id] = { value }
  return { ...a, answers }
}

/** Questions whose answer shows or hides a question of the set. */
const controllers = new Set(questions.filter((q) => legal.has(q.id) && q.showWhen).flatMap((q) => questionsIn(q.showWhen!)))

describe('the questions that decide the legal position', () => {
  it('hold every essential and every question in a critical flag or a legal warning', () => {
    for (const q of questions.filter((x) => x.essential)) expect(legal.has(q.id)).toBe(true)
    for (const f of legalFlags(content)) for (const id of questionsIn(f.when)) expect(legal.has(id), `${id} in ${f.id}`).toBe(true)
    expect(legalFlags(content).some((f) => f.severity === 'warning')).toBe(true)
  })

  it('leave out questions that can raise only advice or a warning resting on guidance', () => {
    for (const id of ['duty-change-legal-advice', 'consultation-dcms-told', 'equality-kept-current', 'stock-charges-within-regulations']) {
      expect(legal.has(id), id).toBe(false)
    }
  })

  it('are the only answers that change the legal position', { timeout: 60_000 }, () => {
    // Three councils at low legal risk, where any change shows: reductions, no change, and a change of delivery model.
    const councils = referenceCouncils.filter((c) => ['brent-like', 'strong-steady-state', 'exploring-a-mutual'].includes(c.id))
    expect(councils.map((c) => assess(content, c.assessment).legal.level)).toEqual(['low', 'low', 'low'])
    const changed: string[] = []
    for (const council of councils) {
      const base = assess(content, council.assessment).legal
      for (const q of questions.filter((x) => !legal.has(x.id))) {
        for (const value of answersFor(q, content)) {
          const legalNow = assess(content, withAnswer(council.assessment, q.id, value)).legal
          if (legalNow.level !== base.level || JSON.stringify(legalNow.reasons) !== JSON.stringify(base.reasons)) changed.push(q.id)
        }
      }
    }
    const outside = [...new Set(changed)]
    expect(outside).toEqual([])
  })

  it('hold every question that shows or hides one of them, so a route asking just these can show them all', () => {
    for (const q of questions.filter((x) => legal.has(x.id) && x.showWhen))
      for (const id of questionsIn(q.showWhen!)) expect(legal.has(id), `${id} shows ${q.id}`).toBe(true)
    // The kind of delivery model shows the essential on community libraries: it is in the set, and it moves the position.
    expect([...controllers].sort()).toEqual(['delivery-current-model', 'delivery-model-considered'])
    const council = referenceCouncils.find((c) => c.id === 'strong-steady-state')!
    const base = assess(content, council.assessment).legal.level
    const community = withAnswer(council.assessment, 'delivery-current-model', ['in-house', 'community-managed'])
    expect(base).toBe('low')
    expect(assess(content, community).legal.level).not.toBe('low')
  })
})
