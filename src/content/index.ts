/** The validated content, built from questions/ by build/content-plugin.ts. */
import content from 'virtual:content'
import type { Question, Theme } from '@/content/schema'

export { content }
/** Parts of the content delivered later (build/content-split-plugin.ts); the router loads them. */
export { loadContentPart, isContentPartLoaded } from 'virtual:content/loader'
/** Counts for the start page, without the questions themselves. */
export { default as contentSummary } from 'virtual:content/summary'

// Built on first use, so importing this module reads no question (the start page needs none).
let questions: Map<string, { question: Question; theme: Theme }> | undefined

export function findQuestion(id: string): { question: Question; theme: Theme } | undefined {
  questions ??= new Map(content.themes.flatMap((theme) => theme.questions.map((question) => [question.id, { question, theme }] as const)))
  return questions.get(id)
}

export function findTheme(id: string): Theme | undefined {
  return content.themes.find((t) => t.id === id)
}
