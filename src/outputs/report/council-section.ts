/**
 * "Your service in numbers" as a report section: the council against its 15 statistically
 * nearest neighbours (issue 14), with the dot plot's geometry inside, so the print view, the PDF
 * and the Word file draw one picture and one table. Built only when the profile names a council
 * and the caller passes the council data; plain strings and numbers otherwise.
 *
 * Exported API:
 * - `councilSection(index: CouncilIndex, profile): CouncilNumbersSection | null`
 * - `COUNCIL_TABLE_COLUMNS`; type `CouncilNumbersSection`, `CouncilNumbersReportRow`
 */
import { overridesFromProfile, PROFILE_FIELDS, type CouncilIndex } from '@/engine/council'
import { councilNumbers, dotPlotRows } from '@/outputs/council-numbers'
import { dotPlot, type DotPlotModel } from '@/outputs/chart/dot-plot'

export const COUNCIL_TABLE_COLUMNS = ['Measure', 'Your council', 'Neighbours’ median', 'Neighbours’ range', 'Your rank']

export interface CouncilNumbersReportRow {
  measureId: string
  title: string
  /** The council's figure, "No figure", "Left out: figure looks wrong" or "Not compared per resident": never 0 for a gap. */
  council: string
  median: string
  range: string
  rank: string
  /** How many neighbours have a figure, who was left out and why, the council's own notes, then "Source: …. Year." last. */
  notes: string[]
}

export interface CouncilNumbersSection {
  id: 'council-numbers'
  title: string
  councilName: string
  intro: string
  /** Advice-level prompts only (never a critical risk), each with its source and year. */
  advice: { measureId: string; text: string; source: string; year: string }[]
  /** The dot plot, drawn as SVG (print view) and as vectors (PDF) from this one geometry. */
  plot: DotPlotModel
  plotTitle: string
  tableCaption: string
  columns: string[]
  rows: CouncilNumbersReportRow[]
  neighbours: string
  caveats: string[]
  attribution: string[]
}

type Profile = Record<string, string | number | undefined>

/** The section for the council the profile names, or null when it names none the data hold. */
export function councilSection(index: CouncilIndex, profile: Profile): CouncilNumbersSection | null {
  const code = profile[PROFILE_FIELDS.code]
  const a = typeof code === 'string' ? index.authority(code.trim()) : undefined
  if (!a) return null
  const numbers = councilNumbers(index, a.code, { overrides: overridesFromProfile(profile, a) })
  if (!numbers) return null
  return {
    id: 'council-numbers',
    title: numbers.heading,
    councilName: numbers.councilName,
    intro: numbers.intro,
    advice: numbers.advice.map((x) => ({ measureId: x.measureId, text: x.text, source: x.source, year: x.year })),
    plot: dotPlot(dotPlotRows(numbers)),
    plotTitle: `${numbers.councilName} against its nearest neighbours`,
    tableCaption: `Figures for ${numbers.councilName} and its neighbours`,
    columns: [...COUNCIL_TABLE_COLUMNS],
    rows: numbers.rows.map((r) => ({
      measureId: r.measureId,
      title: r.title,
      council: r.council,
      median: r.median,
      range: r.range,
      rank: r.rank,
      notes: [r.basis, ...r.leftOut, ...r.councilNotes, ...r.unusualNotes, `Source: ${r.source}. ${r.year}.`],
    })),
    neighbours: `${numbers.neighbours}.`,
    caveats: [...numbers.caveats],
    attribution: [...numbers.attribution],
  }
}
