import { ProblemListError } from '../core/problem-list-error.ts'

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
export class CouncilDataError extends ProblemListError<CouncilDataProblem> {
  constructor(problems: CouncilDataProblem[]) {
    super('CouncilDataError', 'The council data in data/', problems, (p) => p.where)
  }
}
