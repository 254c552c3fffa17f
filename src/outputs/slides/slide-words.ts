/** Small word helpers for slides: dates, cutting lists to fit, and shortening long text. */
import { MAX_ITEMS } from './slide-model'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** An ISO date as "28 November 2026", or undefined when it is not a date. */
export function longDate(iso: string | undefined): string | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  if (!m) return undefined
  const month = MONTHS[Number(m[2]) - 1]
  return month ? `${Number(m[3])} ${month} ${m[1]}` : undefined
}

/** The first items that fit on a slide, and how many more there are. */
export function cut<T>(items: readonly T[], max = MAX_ITEMS): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) }
}

/** The longest free text (a note or dissent) a slide shows; the report has it in full. */
export const MAX_SLIDE_TEXT = 160

/** Text cut at a word to fit a slide, ending "…" when cut. */
export function shorten(text: string, max = MAX_SLIDE_TEXT): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cutAt = clean.lastIndexOf(' ', max - 1)
  return `${clean.slice(0, cutAt > max / 2 ? cutAt : max - 1).trimEnd()}…`
}

/** "1 risk", "2 risks". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}
