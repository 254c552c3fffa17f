import type { QuestionResult } from '@/engine/core'

/**
 * The rows of a GOV.UK summary list of one section's answers (check your answers, the section
 * check): each question shown, its answer (and note) and a Change link that comes back to `back`.
 */
export function answerRows(questions: readonly QuestionResult[], themeId: string, back: 'check' | 'theme-check') {
  return questions
    .filter((q) => q.themeId === themeId && q.visible)
    .map((q) => ({
      key: q.short,
      value: q.answerText,
      valueLines: q.note ? [q.answerText, `Note: ${q.note}`] : undefined,
      action: {
        to: { name: 'question' as const, params: { themeId, questionId: q.id }, query: { return: back } },
        text: 'Change',
        hiddenText: q.short.toLowerCase(),
      },
    }))
}
