/**
 * The report's appendices: every question shown with its answer, note and any dissent, and for a
 * combined assessment how the room answered each question. Part of the report model made by
 * build-report.ts.
 *
 * Exported API:
 * - `appendix(content, saved, result): AppendixSection`
 * - `spread(content, saved, respondents: number): SpreadSection`
 */
import type { Content } from '@/content/schema'
import type { Result } from '@/engine/core'
import type { SavedAssessment } from '@/engine/files'
import { spreadAppendix } from '@/engine/workshop'
import type { AppendixSection, LabelledValue, SpreadSection } from './report-model'
import { profileValue, text } from './report-values'

export function appendix(content: Content, saved: SavedAssessment, result: Result): AppendixSection {
  const prompts = new Map(content.themes.flatMap((t) => t.questions.map((q) => [q.id, q.prompt])))
  const dissent = saved.combined?.dissent ?? {}
  const priorities = saved.assessment.priorities.map((id) => content.priorities.find((p) => p.id === id)?.title ?? id)
  const profile: LabelledValue[] = [
    ...content.profile.map((f) => ({ label: f.short, value: profileValue(content, saved, f.id) ?? 'Not provided' })),
    { label: 'Local priorities chosen', value: priorities.length > 0 ? priorities.join('; ') : 'None chosen' },
  ]
  return {
    id: 'appendix',
    title: 'Appendix: questions and answers',
    profile,
    themes: result.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      questions: result.questions
        .filter((q) => q.themeId === theme.id && q.visible)
        .map((q) => ({
          id: q.id,
          short: q.short,
          prompt: prompts.get(q.id) ?? q.short,
          answerText: q.answerText,
          note: q.note ?? null,
          dissent: text(dissent[q.id]),
        })),
    })),
  }
}

export function spread(content: Content, saved: SavedAssessment, n: number): SpreadSection {
  const rows = spreadAppendix(content, saved)
  const themes = content.themes.flatMap((theme) => {
    const questions = rows
      .filter((r) => r.themeId === theme.id)
      .map((r) => ({
        id: r.questionId,
        short: r.short,
        spread: r.spread.map((a) => `${a.count} – ${a.label}`),
        disagreement: r.disagreement,
        agreed: r.agreed,
        dissent: text(r.dissent),
      }))
    return questions.length > 0 ? [{ id: theme.id, title: theme.title, questions }] : []
  })
  return {
    id: 'spread',
    title: 'Appendix: how the room answered',
    intro: `How the ${n === 1 ? 'respondent' : `${n} respondents`} answered each question, how far apart their answers were, the answer agreed and any disagreement recorded. The number before each answer is how many gave it. Questions nobody answered are left out.`,
    columns: ['Question', 'How the room answered', 'Disagreement', 'Agreed answer'],
    themes,
    emptyText:
      'This combined assessment was saved before the tool kept how the room answered, so the spread of answers is not available. Combine the answers again to include it.',
  }
}
