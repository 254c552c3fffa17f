/**
 * Questions to ask your officers: every visible "Don't know" becomes an item the councillor can
 * take to officers. Statutory essentials first, then the other questions that decide the legal
 * position, then the rest, each group in assessment order. Also the completeness counts, which
 * keep real answers, "Don't know" and unanswered apart.
 */
import type { Content } from '../../content/schema'
import { legalQuestionIds } from '../core/legal-questions'
import type { Completeness, OfficerQuestion, QuestionResult } from '../core/result'

export function officerQuestions(content: Content, questions: QuestionResult[]): OfficerQuestion[] {
  const legal = new Set(legalQuestionIds(content))
  const prompts = new Map(content.themes.flatMap((t) => t.questions.map((q) => [q.id, q.prompt])))
  const titles = new Map(content.themes.map((t) => [t.id, t.title]))
  const items = questions
    .filter((q) => q.visible && q.status === 'dont-know')
    .map((q) => ({
      questionId: q.id,
      themeId: q.themeId,
      themeTitle: titles.get(q.themeId) ?? q.themeId,
      short: q.short,
      prompt: prompts.get(q.id) ?? q.short,
      essential: q.essential,
      legal: q.essential || legal.has(q.id),
    }))
  const rank = (q: OfficerQuestion) => (q.essential ? 0 : q.legal ? 1 : 2)
  return items
    .map((q, i) => ({ q, i }))
    .sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i)
    .map(({ q }) => q)
}

export function completenessOf(questions: QuestionResult[]): Completeness {
  const visible = questions.filter((q) => q.visible)
  const dontKnow = visible.filter((q) => q.status === 'dont-know').length
  const unanswered = visible.filter((q) => q.status === 'unanswered').length
  const answered = visible.length - dontKnow - unanswered
  return { answered, dontKnow, unanswered, visible: visible.length, percent: visible.length === 0 ? 0 : Math.round((100 * answered) / visible.length) }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * The counts in words, for every place they are shown: for example
 * "60 of 82 questions answered (73%); 20 answered “Don't know”; 2 not answered yet".
 */
export function completenessText(c: Completeness): string {
  const parts = [`${c.answered} of ${count(c.visible, 'question', 'questions')} answered (${c.percent}%)`]
  if (c.dontKnow > 0) parts.push(`${c.dontKnow} answered \u201cDon't know\u201d`)
  if (c.unanswered > 0) parts.push(`${c.unanswered} not answered yet`)
  return parts.join('; ')
}
