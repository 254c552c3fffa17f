/**
 * An error that carries every problem found in a set of files, thrown once with all of them, so
 * whoever edited the files reads a list of sentences rather than a stack trace. ContentError
 * (questions/) and CouncilDataError (data/) are the two kinds.
 *
 * Exported API: `ProblemListError<P>`, a base class: `problems`, and a message such as
 * "The content in questions/ has 2 problems:" then one line per problem, "- file at place: message"
 */
export class ProblemListError<P extends { file: string; message: string }> extends Error {
  readonly problems: P[]

  /** `what` names the files ("The content in questions/"); `place` says where in a file a problem is ('' for the whole file). */
  constructor(name: string, what: string, problems: P[], place: (p: P) => string) {
    const lines = problems.map((p) => `- ${p.file}${place(p) ? ` at ${place(p)}` : ''}: ${p.message}`)
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    super(`${what} has ${count}:\n${lines.join('\n')}`)
    this.name = name
    this.problems = problems
  }
}
