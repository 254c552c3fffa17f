/**
 * "Your service in numbers" on a slide: one line per measure (the council's figure, the
 * neighbours' median, its rank), the advice-level prompts, and a footer with every source, its
 * year and where the neighbours come from. The same words as the report (outputs/council-numbers.ts).
 *
 * Exported API: `numbersSlide(numbers: CouncilNumbers): Slide`
 */
import type { CouncilNumbers } from '../council-numbers'
import type { Slide } from './slide-model'

/** The most advice prompts a slide shows; the rest are in the full report. */
const MAX_ADVICE = 2

export function numbersSlide(numbers: CouncilNumbers): Slide {
  const sources = [...new Set(numbers.rows.map((r) => `${r.source} (${r.year})`))]
  return {
    kind: 'numbers',
    id: 'council-numbers',
    title: numbers.heading,
    lead: numbers.intro,
    rows: numbers.rows.map((r) => ({ id: r.measureId, title: r.title, council: r.council, median: r.median, rank: r.rank })),
    advice: numbers.advice.slice(0, MAX_ADVICE).map((a) => `Worth checking: ${a.text}`),
    moreAdvice: Math.max(0, numbers.advice.length - MAX_ADVICE),
    footer: [`Sources: ${sources.join('. ')}.`, `${numbers.neighbours}. Not performance scores: councils count some things differently.`],
  }
}
