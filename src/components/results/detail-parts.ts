/**
 * The results' detail pages, in reading order (Previous / Next follows it). The router makes one
 * route of each: `results-<part>` at `/results/<part>`, page `src/pages/Results<Part>Page.vue`.
 * Only the names, so the router (in every page's first load) carries none of the pages' words:
 * those are in ./detail-pages.ts.
 */
export const RESULTS_DETAIL = [
  'risks',
  'themes',
  'council-numbers',
  'case-studies',
  'ways-of-running',
  'action-plan',
  'questions-for-officers',
  'try-another-answer',
] as const

export type ResultsDetail = (typeof RESULTS_DETAIL)[number]
