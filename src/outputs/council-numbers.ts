/**
 * "Your service in numbers": the rows the results page, the printable report, the PDF and the
 * slides show for a council against its 15 statistically nearest neighbours. Pure: one model,
 * every renderer prints the same words.
 *
 * Each row has the council's figure, the neighbours' median, range and the council's rank, who
 * was left out and why, and its source and year. Missing figures read "No figure" (never 0);
 * suspect figures are left out and said so; unusual ones are shown with a note.
 *
 * Exported API: `councilNumbers(index, code, options?)`, `dotPlotRows(numbers)`, `STATUS_WORDS`,
 * types `CouncilNumbers`, `CouncilNumbersRow`.
 */
import {
  HEADLINE_MEASURES,
  compareWithNeighbours,
  councilAdvice,
  formatFigure,
  nameList,
  neighboursLine,
  sourceLine,
  yearLine,
  type Comparison,
  type CouncilAdvice,
  type CouncilIndex,
  type CouncilOverrides,
  type MeasureId,
  type PeerValue,
  type ValueStatus,
} from '../engine/council'
import type { DotPlotRowInput } from './chart/dot-plot'

/** Plain words for a figure that is not shown. */
export const STATUS_WORDS: Record<Exclude<ValueStatus, 'ok'>, string> = {
  missing: 'No figure',
  suspect: 'Left out: figure looks wrong',
  'not-comparable': 'Not compared per resident',
}

export interface CouncilNumbersRow {
  measureId: MeasureId
  /** "Physical visits per 1,000 residents". */
  title: string
  /** "2,323.5", "No figure", "Left out: figure looks wrong" or "Not compared per resident". */
  council: string
  /** About the council's figure: its own correction, why it was left out, or an unusual value. */
  councilNotes: string[]
  median: string
  /** "1,538.4 (Somerset) to 2,852.3 (Worcestershire)". */
  range: string
  /** "5 of 13", or "Not ranked" without a council figure. */
  rank: string
  /** "12 of the 15 neighbours have a usable figure." */
  basis: string
  /** "No figure: Gloucestershire and Cheshire East.", "Left out as suspect: Cheshire West and Chester." */
  leftOut: string[]
  /** "Greenwich: unusual, shown (...)". */
  unusualNotes: string[]
  source: string
  year: string
  comparison: Comparison
}

export interface CouncilNumbers {
  heading: string
  code: string
  councilName: string
  intro: string
  rows: CouncilNumbersRow[]
  /** Where the neighbours come from. */
  neighbours: string
  /** What the figures are not: read them with these. */
  caveats: string[]
  /** Advice-level prompts where a figure is far outside the neighbours' range. */
  advice: CouncilAdvice[]
  /** Licence and attribution lines for every dataset used. */
  attribution: string[]
}

const join = (names: string[]) => (names.length <= 4 ? nameList(names, 4) : `${names.slice(0, 4).join(', ')} and ${names.length - 4} more`)

function councilText(c: Comparison): { text: string; notes: string[] } {
  const v = c.council
  if (v.status === 'ok' && v.value !== null) {
    const notes = [
      ...(v.own ? ['Includes your council’s own figure, not the published one.'] : []),
      ...v.unusual.map((u) => `Unusual but possibly genuine: ${u}.`),
    ]
    return { text: formatFigure(v.value, c.measure), notes }
  }
  if (v.status === 'suspect') return { text: STATUS_WORDS.suspect, notes: v.reasons.map((r) => `Published figure left out: ${r}.`) }
  if (v.status === 'not-comparable') return { text: STATUS_WORDS['not-comparable'], notes: v.reasons.map((r) => `${r[0]!.toUpperCase()}${r.slice(1)}.`) }
  return { text: STATUS_WORDS.missing, notes: ['The published data have no figure for your council. Enter your own if you have one.'] }
}

function row(index: CouncilIndex, c: Comparison): CouncilNumbersRow {
  const m = c.measure
  const f = (n: number) => formatFigure(n, m)
  const { text, notes } = councilText(c)
  const ends = (e: Comparison['lowest']) => (e ? `${f(e.value)} (${join(e.names)})` : '')
  const leftOut: string[] = []
  const named = (ps: PeerValue[]) => join(ps.map((p) => p.name))
  if (c.missing.length > 0) leftOut.push(`No figure: ${named(c.missing)}.`)
  const suspect = c.leftOut.filter((p) => p.status === 'suspect')
  if (suspect.length > 0) leftOut.push(`Left out as suspect: ${named(suspect)}.`)
  const notComparable = c.leftOut.filter((p) => p.status === 'not-comparable')
  if (notComparable.length > 0) leftOut.push(`Not compared per resident: ${named(notComparable)}.`)
  return {
    measureId: m.id,
    title: `${m.label} ${m.unit === '% of static libraries' ? '(% of static libraries)' : m.unit}`,
    council: text,
    councilNotes: notes,
    median: c.median === null ? STATUS_WORDS.missing : f(c.median),
    range:
      !c.lowest || !c.highest
        ? 'No figures'
        : c.lowest.value === c.highest.value
          ? `${f(c.lowest.value)} for all ${c.usable.length}`
          : `${ends(c.lowest)} to ${ends(c.highest)}`,
    rank: c.rank === null ? 'Not ranked' : `${c.rank} of ${c.of}`,
    basis: `${c.usable.length} of the ${c.peers.length} neighbours ${c.usable.length === 1 ? 'has' : 'have'} a usable figure.`,
    leftOut,
    unusualNotes: c.usable.filter((p) => p.unusual.length > 0).map((p) => `${p.name}: unusual but possibly genuine, shown (${p.unusual.join('; ')}).`),
    source: sourceLine(index.data.sources, m),
    year: yearLine(index.data.sources, m),
    comparison: c,
  }
}

/**
 * The numbers for the council `code`, or null for a code not in the data. `overrides` are the
 * council's own corrections (see overridesFromProfile); they change the council's figures only.
 */
export function councilNumbers(
  index: CouncilIndex,
  code: string,
  options: { measures?: MeasureId[]; overrides?: CouncilOverrides } = {},
): CouncilNumbers | null {
  const a = index.authority(code)
  if (!a) return null
  const comparisons = (options.measures ?? HEADLINE_MEASURES).map((m) => compareWithNeighbours(index, code, m, options.overrides))
  const s = index.data.sources
  const peers = comparisons[0]?.peers.length ?? index.neighbours(code).length
  return {
    heading: 'Your service in numbers',
    code,
    councilName: a.councilName || a.name,
    intro: `${a.councilName || a.name} against the ${peers} councils most like it, from national open data. Rank 1 is the highest figure.`,
    rows: comparisons.map((c) => row(index, c)),
    neighbours: neighboursLine(s, peers),
    caveats: [
      'These are not performance scores: a higher figure is not always better, and councils count some things differently.',
      `Councils report these figures themselves. The activity figures come from the first national collection, for ${s.activity.period}.`,
      'The neighbours are councils whose places are alike, not whose library services are alike.',
      'Figures that look wrong are left out and named, and a missing figure is never counted as 0.',
    ],
    advice: councilAdvice(comparisons, s),
    attribution: [s.libraries, s.activity, s.population, s.neighbours].map((x) => `${x.attribution} Licence: ${x.licence}.`),
  }
}

const tick = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })

/** The dot plot rows for the numbers: the council and its usable neighbours on each measure. */
export function dotPlotRows(numbers: CouncilNumbers): DotPlotRowInput[] {
  return numbers.rows.map((r) => ({
    id: r.measureId,
    title: r.title,
    council: r.comparison.council.status === 'ok' ? r.comparison.council.value : null,
    councilMissing: r.council,
    peers: r.comparison.usable.map((p) => ({ name: p.name, value: p.value! })),
    median: r.comparison.median,
    format: (n: number) => formatFigure(n, r.comparison.measure),
    formatTick: (n: number) => `${tick.format(n)}${r.comparison.measure.unit.startsWith('%') ? '%' : ''}`,
  }))
}
