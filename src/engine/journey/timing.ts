/**
 * How long each route takes, measured from the content rather than guessed: the words a user
 * reads on each page (question, hint, every option and its hint) at a stated reading rate, plus
 * a stated time to decide each answer. The start page states the figures; tests/content/timing.spec.ts
 * keeps them in line with the content.
 *
 * Every question a route can show is counted, so the figures are an upper bound for each route. The
 * duty check counts the questions it can show a council that starts with it: a question that
 * appears only after an answer the duty check does not ask (such as the kind of delivery model)
 * is counted in the full assessment.
 */
import type { Content, Question } from '../../content/schema'
import { legalQuestionIds, questionsIn } from '../core/legal-questions'
import { choicesFor } from './question-form'

/** Words read a minute: a typical adult rate for reading to understand (plain text on screen). */
export const READING_WPM = 200
/** Seconds to decide one answer, on top of reading it. */
export const SECONDS_PER_DECISION = 15

export interface RouteTime {
  questions: number
  words: number
  decisions: number
  /** Reading plus deciding, rounded up to the next whole minute. */
  minutes: number
}

export function countWords(...texts: (string | undefined)[]): number {
  return texts.reduce((sum, t) => sum + (t ? t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0), 0)
}

function questionWords(question: Question, content: Content): number {
  const choices = choicesFor(question, content).flatMap((c) => ('divider' in c ? [] : [c.text, c.hint]))
  return countWords(question.prompt, question.hint, ...choices)
}

function profileWords(content: Content, ids?: readonly string[]): { words: number; fields: number } {
  const fields = content.profile.filter((f) => !ids || ids.includes(f.id))
  const words = fields.reduce((sum, f) => {
    const options = f.kind === 'choice' ? f.options.flatMap((o) => [o.label, o.hint]) : []
    return sum + countWords(f.label, f.hint, ...options)
  }, 0)
  return { words, fields: fields.length }
}

function time(questions: number, words: number, decisions: number): RouteTime {
  return { questions, words, decisions, minutes: Math.ceil(words / READING_WPM + (decisions * SECONDS_PER_DECISION) / 60) }
}

/**
 * The duty check's questions a council starting with it can be shown, in assessment order: those
 * that decide the legal position and are always shown, or shown after answers the duty check asks.
 */
export function dutyCheckQuestions(content: Content): Question[] {
  const ids = new Set(legalQuestionIds(content))
  const route = new Set<string>()
  return content.themes
    .flatMap((t) => t.questions)
    .filter((q) => {
      const shown = ids.has(q.id) && (!q.showWhen || questionsIn(q.showWhen).every((id) => route.has(id)))
      if (shown) route.add(q.id)
      return shown
    })
}

/** The duty check: the question about planned changes, then every question it can show that decides the legal position. */
export function dutyCheckTime(content: Content): RouteTime {
  return routeTime(content, dutyCheckQuestions(content))
}

/**
 * The duty check for most councils: the questions shown whatever the other answers are (some
 * depend only on whether changes are planned, and are counted). The rest appear only when others
 * run, or may run, some of the service: the kind of delivery model shows them.
 */
export function dutyCheckCommonTime(content: Content): RouteTime {
  return routeTime(
    content,
    dutyCheckQuestions(content).filter((q) => !q.showWhen || questionsIn(q.showWhen).length === 0),
  )
}

function routeTime(content: Content, questions: Question[]): RouteTime {
  const profile = profileWords(content, ['changes-planned'])
  const words = profile.words + questions.reduce((sum, q) => sum + questionWords(q, content), 0)
  return time(questions.length, words, questions.length + profile.fields)
}

/** The full assessment: about your council, priorities (one decision) and every question in every section. */
export function fullAssessmentTime(content: Content): RouteTime {
  const questions = content.themes.flatMap((t) => t.questions)
  const profile = profileWords(content)
  const priorities = countWords(...content.priorities.flatMap((p) => [p.title, p.description]))
  const words = profile.words + priorities + questions.reduce((sum, q) => sum + questionWords(q, content), 0)
  return time(questions.length, words, questions.length + profile.fields + 1)
}
