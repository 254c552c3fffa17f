/** The workshop's public surface (see README.md). */
export * from './workshop-model'
export { aggregate, displayNames, median, orderByDisagreement, sortRespondents } from './aggregate'
export * from './disagreement'
export {
  agreedAnswers,
  agreedAssessment,
  buildCombinedAssessment,
  combinedProfile,
  emptyDecisions,
  type AgreedAnswer,
  type ConsensusDecisions,
} from './consensus'
export * from './room-spread'
export * from './room-checks'
export * from './room-legal'
export * from './discussion'
export * from './answer-form'
export * from './words'
export * from './profile-fields'
export * from './respondent-files'
export * from './workshop-state'
