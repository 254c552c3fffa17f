/**
 * The saved file's identity and the few constants it shares with the workshop. It imports
 * nothing, so the file format, its migration and the workshop can all depend on it without a
 * cycle.
 */

/** The `format` field every saved file carries. */
export const FORMAT = 'library-self-assessment'

/** The file format this code writes; migrate.ts upgrades older ones to it. */
export const FORMAT_VERSION = 1

/** How far apart a room's answers to one question are, from none to strong. */
export const DISAGREEMENT_LEVELS = ['agree', 'close', 'some', 'strong'] as const

export type DisagreementLevel = (typeof DISAGREEMENT_LEVELS)[number]
