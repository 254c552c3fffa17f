/** Comparing two Results (see README.md). */
export * from './result-diff'
export * from './compare'
export * from './what-if'
