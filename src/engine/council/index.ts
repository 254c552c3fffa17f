/**
 * Council data: lookups, rates, neighbour comparison and advice prompts (issue 14). Pure
 * TypeScript over CouncilData; see src/council/README.md for the whole module and data/README.md
 * for where the figures come from.
 */
export * from './types'
export * from './rates'
export * from './lookup'
export * from './measures'
export * from './compare'
export * from './sources'
export * from './advice'
export * from './format'
export * from './profile-figures'
export * from './similar'
export { CouncilDataError, type CouncilDataProblem } from './council-data-error'
