/**
 * The chart's alternative text, for the PDF's Figure and the Word file's image: its summary,
 * then every bar's title and value, so nothing in the picture needs sight.
 *
 * Exported API:
 * - `chartAltText(model: ChartModel): string`
 */
import type { ChartModel } from '@/outputs/chart/theme-chart'

export function chartAltText(model: ChartModel): string {
  return `${model.summary} ${model.bars.map((b) => `${b.label.map((l) => l.text).join(' ')}: ${b.valueLabel.text}`).join('; ')}.`
}
