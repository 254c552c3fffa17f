/** The validated content, built from questions/ by build/content-plugin.ts. */
import content from 'virtual:content'
import type { Question, Theme } from '@/content/schema'

export { content }

const questions = new Map<string, { question: Question; theme: Theme }>(
  content.themes.flatMap((theme) => theme.questions.map((question) => [question.id, { question, theme }] as const)),
)

export function findQuestion(id: string): { question: Question; theme: Theme } | undefined {
  return questions.get(id)
}

export function findTheme(id: string): Theme | undefined {
  return content.themes.find((t) => t.id === id)
}
