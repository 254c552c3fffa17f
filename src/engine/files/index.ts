/** The saved-file format (see README.md): reading, writing, migrating and salvaging saved answers, and the limits they keep to. */
export * from './format'
export * from './limits'
export * from './saved-types'
export * from './saved-file'
export * from './migrate'
export * from './salvage'
export * from './read-upload'
export * from './restore-notice'
