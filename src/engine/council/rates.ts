/**
 * Rates, rounded as the data's own README rounds them: per 1,000 and per 100,000 residents to 1
 * decimal place, shares to 1 decimal place of a percentage. A missing input gives null, never 0.
 */

/** Round half away from zero to `places` decimals, without binary artefacts such as 2861.9500000000003. */
export function roundTo(n: number, places: number): number {
  const f = 10 ** places
  return (Math.sign(n) * Math.round(Math.abs(n) * f + Number.EPSILON)) / f
}

function per(count: number | null | undefined, population: number | null | undefined, base: number): number | null {
  if (count === null || count === undefined || population === null || population === undefined || !(population > 0)) return null
  // The same arithmetic as scripts/data-update.mjs, which checks it against the extract's own rates.
  return Math.round((count / population) * base * 10) / 10
}

/** `count` per 1,000 residents, 1 decimal place: 3,362,644 visits / 1,447,214 residents = 2323.5. */
export function perThousand(count: number | null | undefined, population: number | null | undefined): number | null {
  return per(count, population, 1000)
}

/** `count` per 100,000 residents, 1 decimal place (used for static libraries). */
export function perHundredThousand(count: number | null | undefined, population: number | null | undefined): number | null {
  return per(count, population, 100_000)
}

/** `part` as a percentage of `whole`, 1 decimal place; null when `whole` is 0 or missing. */
export function percentOf(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part === null || part === undefined || whole === null || whole === undefined || !(whole > 0)) return null
  return roundTo((part / whole) * 100, 1)
}

/** The median; the mean of the two middle values for an even count (2 decimals); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  if (sorted.length % 2 === 1) return sorted[mid]!
  return roundTo((sorted[mid - 1]! + sorted[mid]!) / 2, 2)
}

/** Rank of `value` among `all` (which includes it): 1 = highest; equal values share a rank. */
export function rankHighFirst(value: number, all: readonly number[]): number {
  return 1 + all.filter((v) => v > value).length
}
