import { useAssessmentStore } from '@/stores/assessment'

/**
 * The rows of a GOV.UK summary list of one section's answers, for pages only: each question
 * shown, its answer (and note) and a Change link that comes back to `back` after the change.
 */
export function useAnswerRows(back: 'check' | 'theme-check') {
  const store = useAssessmentStore()
  return (themeId: string) =>
    store.result.questions
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
