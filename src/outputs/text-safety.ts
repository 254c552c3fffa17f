/**
 * Text a person typed (council names, respondent names, notes) goes into files: CSV, file names,
 * PDF and Word. Bidirectional control characters in it can make text read differently from what
 * it is: a name ending "\u202Egnp.exe" shows as "exe.png". Outputs that cannot isolate text
 * (everything but HTML, which uses dir="auto" and <bdi>) remove these characters.
 *
 * Pure: imports nothing.
 */

/**
 * The bidirectional formatting characters: embeddings and overrides (U+202A to U+202E),
 * isolates (U+2066 to U+2069), and the marks LRM, RLM and ALM (U+200E, U+200F, U+061C).
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

/** Whether the text holds any bidirectional control character. */
export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0
  const found = BIDI_CONTROLS.test(text)
  BIDI_CONTROLS.lastIndex = 0
  return found
}

/** The text without bidirectional control characters. Right-to-left letters themselves are kept. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}

/**
 * Text for a file that is not HTML: bidirectional controls removed, and other invisible control
 * characters (C0 and C1, except tab and line breaks) removed too.
 */
export function plainText(text: string): string {
  return stripBidiControls(text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
}
