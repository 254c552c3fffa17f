/** One problem found in the council data files under data/. */
export interface CouncilDataProblem {
  /** File under data/, for example `authorities.csv`. */
  file: string
  /** Where in the file: `row 12` (the line number, header = 1), `E10000014`, or '' for the whole file. */
  where: string
  message: string
}

/**
 * Every problem found in data/, collected and thrown together (like ContentError for questions/),
 * so whoever updated the data reads a list of sentences rather than a stack trace.
 */
export class CouncilDataError extends Error {
  readonly problems: CouncilDataProblem[]

  constructor(problems: CouncilDataProblem[]) {
    const lines = problems.map((p) => `- ${p.file}${p.where ? ` at ${p.where}` : ''}: ${p.message}`)
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    super(`The council data in data/ has ${count}:\n${lines.join('\n')}`)
    this.name = 'CouncilDataError'
    this.problems = problems
  }
}
