/**
 * Settings of the service that a team running it may change, in one place.
 *
 * - FEEDBACK: where "Tell us what you think" goes (a mailto with the text to send).
 * - STATED_TIMES: the times the start page states for each route. They are measured from the
 *   content by src/engine/journey/timing.ts (words at READING_WPM plus SECONDS_PER_DECISION per
 *   answer); tests/content/timing.spec.ts fails when the content changes and these do not.
 */
export const FEEDBACK = {
  /**
   * The team's feedback address. PLACEHOLDER: the team running the service must set its real
   * address here before a public beta (example.org is reserved and delivers nowhere).
   */
  email: 'feedback@example.org',
  subject: 'Feedback on the library service self-assessment (beta)',
  body: 'What were you trying to do?\n\nWhat went well?\n\nWhat was hard or wrong? (Say which page if you can.)\n\nPlease do not include your answers or anyone’s personal details.',
} as const

export function feedbackMailto(): string {
  return `mailto:${FEEDBACK.email}?subject=${encodeURIComponent(FEEDBACK.subject)}&body=${encodeURIComponent(FEEDBACK.body)}`
}

export const STATED_TIMES = {
  /** Words read a minute and seconds to decide each answer, as stated on the start page. */
  readingWpm: 200,
  secondsPerDecision: 15,
  /** The duty check for most councils, and with every question a delivery-model answer can add. */
  duty: { questions: 23, minutes: 11 },
  dutyUpTo: { questions: 27, minutes: 13 },
  full: { questions: 125, minutes: 68 },
} as const

/** The duty check's time as the start page and the duty check page state it (one sentence, two figures). */
export const DUTY_CHECK_TIME_TEXT =
  `${STATED_TIMES.duty.questions} questions that decide your legal position, about ${STATED_TIMES.duty.minutes} minutes for most councils. ` +
  `If others run some of your libraries, or you are looking at a new way to run them, up to ${STATED_TIMES.dutyUpTo.questions} questions and about ${STATED_TIMES.dutyUpTo.minutes} minutes.`
