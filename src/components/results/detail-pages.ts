/**
 * The results' detail pages (src/components/results/detail-parts.ts), with the title each page
 * and its link use and the line that describes it on the results page.
 */
import { RESULTS_DETAIL, type ResultsDetail } from './detail-parts'

export { RESULTS_DETAIL, type ResultsDetail }

/** What decides whether a page has anything to show. */
export interface DetailContext {
  /** Published figures were found for the council. */
  hasNumbers: boolean
  /** How many questions were answered "Don't know". */
  officerQuestions: number
}

interface DetailText {
  title: string
  description: string
  /** Listed (and in Previous / Next) only when this holds; the page itself still opens. */
  shown?: (c: DetailContext) => boolean
}

export const DETAIL_TEXT: Readonly<Record<ResultsDetail, DetailText>> = {
  risks: {
    title: 'Risks and statutory essentials',
    description: 'Where you stand, each statutory essential, and every risk with why it matters, what to do and its sources.',
  },
  themes: {
    title: 'Scores and findings by theme',
    description: 'The score and level of each theme, as a chart and a table, and the answers behind each score.',
  },
  'council-numbers': {
    title: 'Your service in numbers',
    description: 'Your council’s published library figures beside similar councils.',
    shown: (c) => c.hasNumbers,
  },
  'case-studies': { title: 'Case studies for you', description: 'What other councils did, chosen for your risks, priorities and answers.' },
  'ways-of-running': { title: 'Ways of running the service', description: 'Delivery models and smarter ways of working that fit your answers.' },
  'action-plan': { title: 'Action plan', description: 'An action for each risk and weaker theme. Change them, and add a lead and a date.' },
  'questions-for-officers': {
    title: 'Questions to ask your officers',
    description: 'Each question you answered “Don’t know”, to take to the officers responsible.',
    shown: (c) => c.officerQuestions > 0,
  },
  'try-another-answer': { title: 'Try a different answer', description: 'See how your results would change with another answer, before you keep it.' },
}

export interface DetailLink {
  part: ResultsDetail
  title: string
  description: string
}

/** The detail pages that have something to show, in reading order. */
export function detailLinks(c: DetailContext): DetailLink[] {
  return RESULTS_DETAIL.filter((part) => DETAIL_TEXT[part].shown?.(c) ?? true).map((part) => ({ part, ...DETAIL_TEXT[part] }))
}

/**
 * The pages before and after `part` among those listed. A page that is not listed (opened
 * directly) sits where it would be in reading order.
 */
export function neighbours(part: ResultsDetail, c: DetailContext): { previous?: DetailLink; next?: DetailLink } {
  const order = (p: ResultsDetail) => RESULTS_DETAIL.indexOf(p)
  const listed = detailLinks(c).filter((l) => l.part !== part)
  const before = listed.filter((l) => order(l.part) < order(part))
  return { previous: before[before.length - 1], next: listed.find((l) => order(l.part) > order(part)) }
}
