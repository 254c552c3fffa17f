/**
 * Where the user is in the journey: the visible questions of a theme, the next and previous
 * question, a theme's status for the task list, and whether the profile is complete.
 */
import type { Content } from '../../content/schema'
import type { Assessment } from '../core/assessment'
import { statusOf } from '../assess/answer-points'
import { visibility } from '../assess/question-results'
import { legalQuestionIds } from '../core/legal-questions'

export type ThemeStatus = 'not-started' | 'in-progress' | 'completed'

/** The ids of a theme's visible questions, in order. */
export function visibleQuestionIds(content: Content, assessment: Assessment, themeId: string): string[] {
  const visible = visibility(content, assessment)
  const theme = content.themes.find((t) => t.id === themeId)
  return (theme?.questions ?? []).filter((q) => visible.get(q.id)).map((q) => q.id)
}

/** The question after this one in its theme, or null when it is the last visible one. */
export function nextQuestionId(content: Content, assessment: Assessment, themeId: string, questionId: string): string | null {
  const ids = visibleQuestionIds(content, assessment, themeId)
  const at = ids.indexOf(questionId)
  return ids[at + 1] ?? null
}

/** The question before this one in its theme, or null when it is the first. */
export function previousQuestionId(content: Content, assessment: Assessment, themeId: string, questionId: string): string | null {
  const ids = visibleQuestionIds(content, assessment, themeId)
  const at = ids.indexOf(questionId)
  return at > 0 ? (ids[at - 1] ?? null) : null
}

/**
 * How many visible questions in a theme have a real answer (including "Not applicable"), how many
 * are "Don't know", and how many there are. "Don't know" is counted apart, never as answered.
 */
export function answeredCount(content: Content, assessment: Assessment, themeId: string): { answered: number; dontKnow: number; total: number } {
  const ids = visibleQuestionIds(content, assessment, themeId)
  const theme = content.themes.find((t) => t.id === themeId)
  const statuses = ids.map((id) => {
    const q = theme?.questions.find((x) => x.id === id)
    return q ? statusOf(q, assessment.answers[id], content.framework) : 'unanswered'
  })
  const dontKnow = statuses.filter((s) => s === 'dont-know').length
  const answered = statuses.filter((s) => s === 'answered' || s === 'not-applicable').length
  return { answered, dontKnow, total: ids.length }
}

/** The task-list hint for a theme, such as "5 of 8 questions answered, 2 “Don't know”". */
export function answeredHint(count: { answered: number; dontKnow: number; total: number }): string {
  const base = `${count.answered} of ${count.total} ${count.total === 1 ? 'question' : 'questions'} answered`
  return count.dontKnow > 0 ? `${base}, ${count.dontKnow} “Don't know”` : base
}

/** A theme's status on the task list. Completed only when the user said so. */
export function themeStatus(content: Content, assessment: Assessment, themeId: string, completedThemes: readonly string[]): ThemeStatus {
  if (completedThemes.includes(themeId)) return 'completed'
  const count = answeredCount(content, assessment, themeId)
  return count.answered + count.dontKnow > 0 ? 'in-progress' : 'not-started'
}

/** The first unanswered visible question of a theme, or its first question. */
export function resumeQuestionId(content: Content, assessment: Assessment, themeId: string): string | null {
  const ids = visibleQuestionIds(content, assessment, themeId)
  const theme = content.themes.find((t) => t.id === themeId)
  const first = ids.find((id) => {
    const q = theme?.questions.find((x) => x.id === id)
    return q ? statusOf(q, assessment.answers[id], content.framework) === 'unanswered' : false
  })
  return first ?? ids[0] ?? null
}

/** The required profile fields that have no answer yet. */
export function missingProfileFields(content: Content, assessment: Assessment): string[] {
  return content.profile.filter((f) => !f.optional && (assessment.profile[f.id] === undefined || assessment.profile[f.id] === '')).map((f) => f.id)
}

/** The duty check's questions: the visible questions that decide the legal position, in assessment order. */
export function dutyCheckIds(content: Content, assessment: Assessment): { themeId: string; questionId: string }[] {
  const legal = new Set(legalQuestionIds(content))
  const visible = visibility(content, assessment)
  return content.themes.flatMap((t) => t.questions.filter((q) => legal.has(q.id) && visible.get(q.id)).map((q) => ({ themeId: t.id, questionId: q.id })))
}
