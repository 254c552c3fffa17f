/**
 * Builders for report tests and the benchmark: a saved assessment with every question answered.
 * Themes take turns at a high, low and middling level, so a report shows all three RAG words.
 */
import type { Content, Question } from '../../src/content/schema'
import type { AnswerValue } from '../../src/engine/core/assessment'
import { newSavedAssessment, type SavedAssessment } from '../../src/engine/files/saved-file'
import { optionsOf } from '../../src/engine/core/question-model'
import { aggregate } from '../../src/engine/workshop/aggregate'
import { buildCombinedAssessment } from '../../src/engine/workshop/consensus'
import { NOW, respondents } from './workshop'

export type Level = 'high' | 'low' | 'mid'
const LEVELS: Level[] = ['high', 'low', 'mid']

function pick<T>(items: T[], level: Level, i: number): T | undefined {
  if (items.length === 0) return undefined
  if (level === 'high') return items[items.length - 1]
  if (level === 'low') return items[0]
  return items[1 + (i % Math.max(1, items.length - 2))] ?? items[0]
}

/** An answer at `level` for any kind of question. */
export function answerFor(question: Question, content: Content, level: Level, i = 0): AnswerValue {
  switch (question.kind) {
    case 'scale':
    case 'yes-partly-no': {
      const options = [...optionsOf(question, content.framework)].sort((a, b) => a.points - b.points)
      return pick(options, level, i)?.value ?? 'dont-know'
    }
    case 'multiple': {
      const sorted = question.options.filter((o) => !o.exclusive).sort((a, b) => a.points - b.points)
      if (level === 'high') return sorted.map((o) => o.value)
      if (level === 'low') return [sorted[0]?.value ?? question.options[0]!.value]
      return sorted.slice(0, Math.ceil(sorted.length / 2)).map((o) => o.value)
    }
    case 'number': {
      const top = Math.max(question.min, ...(question.thresholds ?? []).map((t) => t.atLeast))
      return level === 'high' ? top : level === 'low' ? question.min : Math.round((question.min + top) / 2)
    }
    case 'text':
      return `Free text answer for ${question.short}`
  }
}

export interface FullOptions {
  /** The level for each theme, by its position; by default high, low and mid in turn. */
  level?: (themeIndex: number) => Level
  notes?: Record<string, string>
  profile?: Record<string, string | number>
  now?: string
}

/** A saved assessment with the profile filled in, the most priorities chosen and every question answered. */
export function fullyAnswered(content: Content, options: FullOptions = {}): SavedAssessment {
  const saved = newSavedAssessment(content, options.now ?? '2026-04-01T09:00:00.000Z')
  const profile: Record<string, string | number> = {}
  for (const field of content.profile) {
    if (field.kind === 'text')
      profile[field.id] = field.id === 'council-name' ? 'Anytown Borough Council' : field.id === 'respondent-name' ? 'Sam Example' : `Text for ${field.short}`
    else if (field.kind === 'number') profile[field.id] = Math.max(field.min, 12)
    else profile[field.id] = field.id === 'changes-planned' ? 'reductions' : field.options[0]!.value
  }
  saved.assessment.profile = { ...profile, ...options.profile }
  saved.assessment.priorities = content.priorities.slice(0, content.framework.maxPriorities).map((p) => p.id)
  let i = 0
  content.themes.forEach((theme, t) => {
    const level = options.level?.(t) ?? LEVELS[t % LEVELS.length]!
    for (const question of theme.questions) {
      const note = options.notes?.[question.id]
      saved.assessment.answers[question.id] = { value: answerFor(question, content, level, i++), ...(note ? { note } : {}) }
    }
  })
  saved.actionPlan = [
    {
      id: 'a1',
      action: 'Refresh the needs assessment before any decision',
      lead: 'Head of libraries',
      targetDate: '2026-09-30',
      measure: 'Assessment agreed by cabinet',
      source: 'user',
    },
    {
      id: 'a2',
      action: 'Run an equality impact assessment',
      lead: 'Equalities officer',
      targetDate: '2026-10-31',
      measure: 'Published with the consultation',
      source: 'user',
    },
  ]
  return saved
}

/** The agreed position of a workshop of three, with one answer changed and one dissent recorded. */
export function workshopOfThree(content: Content): SavedAssessment {
  const room = respondents(content, [
    { 'a-essential': 'started', 'b-one': 'yes' },
    { 'a-essential': 'started', 'b-one': 'no' },
    { 'a-essential': 'in-place', 'b-one': 'dont-know' },
  ])
  const decisions = { agreed: { 'b-one': 'partly' }, notes: {}, dissent: { 'a-essential': 'One officer says it is in place.' } }
  return buildCombinedAssessment(content, room, aggregate(content, room), decisions, NOW)
}
