/** One problem found in the content files. */
export interface ContentProblem {
  /** File under questions/, for example `themes/02-needs.yaml`. */
  file: string
  /** Where in the file, for example `questions[3].showWhen.answer`. */
  path: string
  message: string
}

/**
 * Every problem found in the content, collected and thrown together, so an author who
 * mistyped an id reads a list of sentences rather than a stack trace.
 */
export class ContentError extends Error {
  readonly problems: ContentProblem[]

  constructor(problems: ContentProblem[]) {
    const lines = problems.map((p) => `- ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`)
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    super(`The content in questions/ has ${count}:\n${lines.join('\n')}`)
    this.name = 'ContentError'
    this.problems = problems
  }
}
