/**
 * What a question offers: its answer options with labels and points, and its maximum points.
 * Used by validation, scoring and every renderer, so all of them agree.
 */
import type { Framework, Question } from '../../content/schema.ts'

export interface AnswerOption {
  value: string
  label: string
  points: number
  hint?: string
  /** The scale's description of practice at this level, where the question uses a scale. */
  descriptor?: string
  exclusive?: boolean
}

/** The id of the built-in scale used by yes / partly / no questions. */
export const YES_PARTLY_NO = 'yes-partly-no'

/**
 * The options a question offers, in order. Scale and yes / partly / no questions take their
 * points from the framework's scale and their labels from the question where it gives them.
 * Number and text questions have no options.
 */
export function optionsOf(question: Question, framework: Framework): AnswerOption[] {
  switch (question.kind) {
    case 'scale':
    case 'yes-partly-no': {
      const scaleId = question.kind === 'scale' ? question.scale : YES_PARTLY_NO
      const scale = framework.scales.find((s) => s.id === scaleId)
      if (!scale) return []
      const labels: Record<string, string | undefined> = question.labels ?? {}
      return scale.options.map((o) => ({
        value: o.value,
        label: labels[o.value] ?? o.label,
        points: o.points,
        descriptor: o.descriptor,
      }))
    }
    case 'multiple':
      return question.options.map((o) => ({ ...o }))
    default:
      return []
  }
}

/**
 * The most points a question can give. A question whose maximum is 0 (text, number without
 * thresholds, a multiple choice whose options all score 0) is a fact and is not scored.
 */
export function maxPointsOf(question: Question, framework: Framework): number {
  switch (question.kind) {
    case 'scale':
    case 'yes-partly-no':
      return Math.max(0, ...optionsOf(question, framework).map((o) => o.points))
    case 'multiple': {
      const sum = question.options.reduce((total, o) => total + o.points, 0)
      return question.maxPoints === undefined ? sum : Math.min(sum, question.maxPoints)
    }
    case 'number':
      return Math.max(0, ...(question.thresholds ?? []).map((t) => t.points))
    case 'text':
      return 0
  }
}

/** Whether a question counts towards its theme's score. */
export function isScored(question: Question, framework: Framework): boolean {
  return question.weight > 0 && maxPointsOf(question, framework) > 0
}
