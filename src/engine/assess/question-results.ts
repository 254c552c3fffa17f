/**
 * Every question's result: whether it is shown, its status, points, maximum and, for an
 * essential, the law's line it meets. Hidden questions never count: an answer behind one stays in
 * the saved file but the result shows the question as unanswered.
 */
import type { Content, Question } from '../../content/schema'
import type { Assessment } from '../core/assessment'
import { evaluate, type ConditionContext } from '../core/conditions'
import { isScored, maxPointsOf, optionsOf } from '../core/question-model'
import type { QuestionResult } from '../core/result'
import { answerText, pointsFor, statusOf } from './answer-points'
import { changesPlanned, judgeEssential } from './essential-lines'

/** All questions in assessment order with their theme id. */
export function allQuestions(content: Content): { question: Question; themeId: string }[] {
  return content.themes.flatMap((t) => t.questions.map((question) => ({ question, themeId: t.id })))
}

/**
 * Which questions are visible. A showWhen only looks at earlier questions, the profile and
 * the priorities, so one pass in assessment order settles every question.
 */
export function visibility(content: Content, assessment: Assessment): Map<string, boolean> {
  const visible = new Map<string, boolean>()
  const questions = new Map(allQuestions(content).map(({ question }) => [question.id, question]))
  const ctx: ConditionContext = {
    content,
    assessment,
    questions,
    isVisible: (id) => visible.get(id) === true,
    pointsOf: (id) => {
      const q = questions.get(id)
      const answer = assessment.answers[id]
      if (!q || !answer || statusOf(q, answer, content.framework) !== 'answered') return undefined
      return pointsFor(q, answer.value, content.framework)
    },
    themeScore: () => undefined,
  }
  for (const { question } of allQuestions(content)) {
    visible.set(question.id, question.showWhen ? evaluate(question.showWhen, ctx) : true)
  }
  return visible
}

/** Per-question results: visibility, status, points and maximum. */
export function questionResults(content: Content, assessment: Assessment): QuestionResult[] {
  const visible = visibility(content, assessment)
  const { framework } = content
  const planned = changesPlanned(assessment)
  return allQuestions(content).map(({ question, themeId }) => {
    const isVisible = visible.get(question.id) === true
    // An answer to a hidden question stays in the saved file but never counts: the Result
    // shows the question as unanswered, so answers behind a hidden question change nothing.
    const answer = isVisible ? assessment.answers[question.id] : undefined
    const status = statusOf(question, answer, framework)
    const max = maxPointsOf(question, framework)
    const points = status === 'answered' && answer ? (pointsFor(question, answer.value, framework) ?? 0) : 0
    const note = answer?.note?.trim()
    const best =
      question.kind === 'multiple' || question.kind === 'number' || question.kind === 'text'
        ? undefined
        : [...optionsOf(question, framework)].sort((a, b) => b.points - a.points)[0]
    const line = isVisible && question.essential ? judgeEssential(question, status, answer?.value, points, max, planned, framework) : undefined
    return {
      id: question.id,
      themeId,
      short: question.short,
      visible: isVisible,
      status,
      counted: isVisible && isScored(question, framework) && status !== 'not-applicable',
      points,
      max,
      weight: question.weight,
      essential: question.essential,
      ...(line ? { line } : {}),
      answerText: answerText(question, answer, framework),
      ...(best && best.points === max && max > 0 ? { goal: best.label } : {}),
      ...(note ? { note } : {}),
    }
  })
}
