import { ProblemListError } from '../engine/core/problem-list-error.ts'

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
export class ContentError extends ProblemListError<ContentProblem> {
  constructor(problems: ContentProblem[]) {
    super('ContentError', 'The content in questions/', problems, (p) => p.path)
  }
}
