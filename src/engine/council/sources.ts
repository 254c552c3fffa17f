/** Source and year lines: every figure shown carries where it is from and when it describes. */
import type { MeasureDef } from './measures'
import type { SourceId, SourceInfo } from './types'

/** "Arts Council England, Libraries Activity Data 2023-24; population: ONS mid-2024 population estimates". */
export function sourceLine(sources: Record<SourceId, SourceInfo>, measure: MeasureDef): string {
  return measure.sources.map((id) => (id === 'population' ? `population: ${sources.population.name}` : sources[id].name)).join('; ')
}

/** "April 2023 to March 2024; residents: mid-2024": the period the figures describe. */
export function yearLine(sources: Record<SourceId, SourceInfo>, measure: MeasureDef): string {
  const main = measure.sources[0] === 'activity' ? sources.activity.period : `Libraries open at the ${sources.libraries.edition} snapshot`
  return measure.sources.includes('population') ? `${main}; residents: ${sources.population.edition}` : main
}

/** "Neighbours: ONS local authority statistical nearest neighbours (released 1 October 2025), the 15 most similar". */
export function neighboursLine(sources: Record<SourceId, SourceInfo>, count: number): string {
  return `Neighbours: the ${count} most similar councils in ${sources.neighbours.name}`
}
