/**
 * Context the rules can use, with care: a figure far outside the neighbours' range earns an
 * advice-level prompt to check that the needs assessment explains it. National data alone never
 * raise anything stronger, and every prompt names its source and year.
 */
import type { Comparison } from './compare'
import { sourceLine, yearLine } from './sources'
import type { SourceId, SourceInfo } from './types'
import { formatFigure, nameList } from './format'

export interface CouncilAdvice {
  measureId: Comparison['measure']['id']
  /** Always advice: never a critical flag from national data alone. */
  level: 'advice'
  text: string
  source: string
  year: string
}

/** One prompt for each comparison where the council's figure is far outside its neighbours' range. */
export function councilAdvice(comparisons: readonly Comparison[], sources: Record<SourceId, SourceInfo>): CouncilAdvice[] {
  return comparisons
    .filter((c) => c.farOutside && c.council.value !== null)
    .map((c) => {
      const m = c.measure
      const label = `${m.label} ${m.unit === '% of static libraries' ? '(share of static libraries)' : m.unit}`
      const mine = formatFigure(c.council.value!, m)
      const n = c.usable.length
      const edge = c.position === 'below' ? c.lowest! : c.highest!
      const edgeText = `${c.position === 'below' ? 'lowest' : 'highest'} ${formatFigure(edge.value, m)}, ${nameList(edge.names)}`
      const text =
        `${label}: your figure (${mine}) is ${c.position === 'below' ? 'below' : 'above'} all ${n} of your statistically similar neighbours with usable figures (${edgeText}). ` +
        'Check that the needs assessment explains it.'
      return { measureId: m.id, level: 'advice' as const, text, source: sourceLine(sources, m), year: yearLine(sources, m) }
    })
}
