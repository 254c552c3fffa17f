/**
 * One question across the room: who gave which answer (the spread, in the question's option
 * order), how many gave no answer or were not asked, the disagreement, whether the answers split
 * a statutory essential, and the most common answer. Each respondent is assessed on its own
 * with `assess()` first, so visibility, status and essentials are the results page's own.
 */
import { DONT_KNOW, NOT_APPLICABLE } from '../core/answer-values'
import type { Content, Question } from '../../content/schema'
import type { AnswerValue, Assessment } from '../core/assessment'
import type { EssentialStatus, QuestionResult, Result } from '../core/result'
import { isScored, maxPointsOf, optionsOf } from '../core/question-model'
import { assess } from '../assess/assess'
import { answerText, pointsFor } from '../assess/answer-points'
import { answerKey, crossesNotMetLine, disagreementScore, levelFor, type AnswerKind } from './disagreement'
import type { AnswerCount, QuestionAggregate, Respondent } from './workshop-model'

interface Given {
  respondentId: string
  value: AnswerValue
  kind: AnswerKind
  points: number | undefined
}

function kindOf(q: QuestionResult): AnswerKind | null {
  if (q.status === 'dont-know') return 'dont-know'
  if (q.status === 'not-applicable') return 'not-applicable'
  return q.status === 'answered' ? 'answer' : null
}

const rankOf = (c: AnswerCount) => (c.kind === 'answer' ? 0 : c.kind === 'dont-know' ? 1 : 2)

// Spread order: answers in the question's own option order (other answers by points, lowest
// first, then by value); then "Don't know", then "Not applicable".
function spreadOrder(question: Question, content: Content): (a: AnswerCount, b: AnswerCount) => number {
  const optionIndex = new Map(optionsOf(question, content.framework).map((o, i) => [o.value, i]))
  const points = (c: AnswerCount) => (c.kind === 'answer' ? (pointsFor(question, c.value, content.framework) ?? 0) : 0)
  const index = (c: AnswerCount) => (typeof c.value === 'string' ? (optionIndex.get(c.value) ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER)
  return (a, b) => {
    const byRank = rankOf(a) - rankOf(b)
    if (byRank !== 0) return byRank
    const byIndex = index(a) - index(b)
    if (byIndex !== 0) return byIndex
    const byPoints = points(a) - points(b)
    if (byPoints !== 0) return byPoints
    if (typeof a.value === 'number' && typeof b.value === 'number') return a.value - b.value
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
  }
}

// The most common answer; on a tie a real answer before "Don't know" and "Not applicable", then
// the fewest points (the cautious choice), then spread order.
function mostCommonOf(present: AnswerCount[], question: Question, content: Content): AnswerCount | null {
  const points = (c: AnswerCount) => (c.kind === 'answer' ? (pointsFor(question, c.value, content.framework) ?? 0) : 0)
  let best: AnswerCount | null = null
  for (const c of present) {
    if (best === null || c.count > best.count) best = c
    else if (c.count === best.count && (rankOf(c) - rankOf(best) || points(c) - points(best)) < 0) best = c
  }
  return best
}

export function aggregateQuestion(
  question: Question,
  themeId: string,
  themeTitle: string,
  position: number,
  content: Content,
  perRespondent: readonly Assessed[],
): QuestionAggregate {
  const given: Given[] = []
  const statuses: EssentialStatus[] = []
  let notAnswered = 0
  let notAsked = 0
  for (const r of perRespondent) {
    const q = r.results.get(question.id)
    const answer = r.assessment.answers[question.id]
    if (!q || !q.visible) {
      notAsked++
      continue
    }
    const kind = kindOf(q)
    if (!kind || !answer) {
      notAnswered++
      continue
    }
    given.push({ respondentId: r.id, value: answer.value, kind, points: kind === 'answer' ? q.points : undefined })
    const essential = r.essentials.get(question.id)
    if (essential) statuses.push(essential)
  }
  const groups = new Map<string, AnswerCount>()
  const add = (key: string, kind: AnswerKind, value: AnswerValue) => {
    if (!groups.has(key))
      groups.set(key, { key, kind, value, label: answerText(question, { value }, content.framework), count: 0, percent: 0, respondentIds: [] })
    return groups.get(key)!
  }
  // Choice questions list every option, so an answer nobody gave still shows as 0.
  if (question.kind === 'scale' || question.kind === 'yes-partly-no') {
    for (const o of optionsOf(question, content.framework)) add(answerKey(o.value), 'answer', o.value)
    if (question.dontKnow) add(answerKey(DONT_KNOW), 'dont-know', DONT_KNOW)
    if (question.notApplicable) add(answerKey(NOT_APPLICABLE), 'not-applicable', NOT_APPLICABLE)
  }
  for (const g of given) {
    const value = Array.isArray(g.value) ? [...g.value].sort() : g.value
    const group = add(answerKey(value), g.kind, value)
    group.count++
    group.respondentIds.push(g.respondentId)
  }
  const spread = [...groups.values()].sort(spreadOrder(question, content))
  for (const s of spread) s.percent = given.length === 0 ? 0 : Math.round((100 * s.count) / given.length)

  const present = spread.filter((s) => s.count > 0)
  const disagreement = disagreementScore(question, content, present)
  const essentialSplit = question.essential && crossesNotMetLine(statuses)
  const max = maxPointsOf(question, content.framework)
  const points = given.flatMap((g) => (g.points === undefined ? [] : [g.points]))
  const pointsRange = isScored(question, content.framework) && points.length > 0 ? (Math.max(...points) - Math.min(...points)) / max : null
  const top = mostCommonOf(present, question, content)

  return {
    id: question.id,
    themeId,
    themeTitle,
    short: question.short,
    prompt: question.prompt,
    kind: question.kind,
    position,
    spread,
    answered: given.length,
    notAnswered,
    notAsked,
    disagreement,
    level: levelFor(disagreement, essentialSplit),
    essentialSplit,
    pointsRange,
    mostCommon: top ? top.value : null,
  }
}

/** One respondent's file, assessed on its own. */
export interface Assessed {
  id: string
  assessment: Assessment
  result: Result
  results: Map<string, QuestionResult>
  essentials: Map<string, EssentialStatus>
  themes: Result['themes']
  overall: Result['overall']
}

export function assessRespondent(content: Content, r: Respondent): Assessed {
  const result = assess(content, r.file.assessment)
  return {
    id: r.id,
    assessment: r.file.assessment,
    result,
    results: new Map(result.questions.map((q) => [q.id, q])),
    essentials: new Map(result.essentials.map((e) => [e.questionId, e.status])),
    themes: result.themes,
    overall: result.overall,
  }
}
