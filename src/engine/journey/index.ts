/** What the wizard pages ask the engine (see README.md): where the user is, what a question page offers, profile checks, timings. */
export * from './navigation'
export * from './question-form'
export * from './profile'
export * from './timing'
