/** The engine's vocabulary (see README.md): assessments, answer values, question options, conditions and the Result type. */
export * from './answer-values'
export * from './assessment'
export * from './conditions'
export * from './legal-questions'
export * from './problem-list-error'
export * from './question-model'
export * from './result'
