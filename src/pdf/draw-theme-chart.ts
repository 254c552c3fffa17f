/**
 * The theme chart in the PDF, drawn as vectors and text from the same geometry as the screen
 * (src/outputs/chart/theme-chart.ts). It is one Figure element whose alternative text is the
 * chart's summary; the table after it in the report holds the same figures as text.
 *
 * Exported API:
 * - `drawThemeChart(pen, model, x, y, scale)` — draws with the chart's top left at (x, y) mm
 */
import type { ChartModel, ChartText } from '@/outputs/chart/theme-chart'
import { chartAltText } from './chart-alt'
import type { PdfPen } from './pdf-pen'
import { PAGE, PT, RAG_COLOURS, RULE, TEXT_COLOUR } from './pdf-style'

export function drawThemeChart(pen: PdfPen, model: ChartModel, ox: number, oy: number, scale: number): void {
  const { doc, tag } = pen
  const X = (x: number) => ox + x * scale
  const Y = (y: number) => oy + y * scale
  const text = (t: ChartText) => {
    pen.font((t.size * scale) / PT, t.bold)
    doc.text(pen.drawable(t.text), X(t.x), Y(t.y), { align: t.anchor === 'middle' ? 'center' : t.anchor === 'end' ? 'right' : 'left' })
  }
  const k = doc.internal.scaleFactor
  const bbox: [number, number, number, number] = [ox * k, (PAGE.h - oy - model.height * scale) * k, (ox + model.width * scale) * k, (PAGE.h - oy) * k]
  const alt = chartAltText(model)
  tag.within('Figure', { alt, bbox }, () =>
    tag.mark(() => {
      const { plot } = model
      doc.setLineWidth(0.15)
      doc.setDrawColor(RULE)
      for (const tick of model.ticks) for (const g of tick.grid) doc.line(X(tick.x), Y(g.y1), X(tick.x), Y(g.y2))

      doc.setDrawColor(TEXT_COLOUR)
      doc.setLineWidth(0.3)
      doc.setLineDashPattern([1.2, 0.9], 0)
      for (const t of model.thresholds) for (const g of t.segments) doc.line(X(t.x), Y(g.y1), X(t.x), Y(g.y2))
      doc.setLineDashPattern([], 0)
      for (const t of model.thresholds) text(t.label)

      for (const bar of model.bars) {
        for (const line of bar.label) text(line)
        if (bar.rag && bar.w > 0) {
          doc.setFillColor(RAG_COLOURS[bar.rag].fill)
          doc.setDrawColor(TEXT_COLOUR)
          doc.setLineWidth(0.25)
          doc.rect(X(bar.x), Y(bar.y), bar.w * scale, bar.h * scale, 'FD')
        }
        doc.setFillColor('#ffffff')
        doc.rect(X(bar.valueBox.x), Y(bar.valueBox.y), bar.valueBox.w * scale, bar.valueBox.h * scale, 'F')
        text(bar.valueLabel)
      }

      doc.setDrawColor(TEXT_COLOUR)
      doc.setLineWidth(0.3)
      doc.line(X(plot.x), Y(plot.y + plot.h), X(plot.x + plot.w), Y(plot.y + plot.h))
      for (const tick of model.ticks) {
        doc.line(X(tick.x), Y(tick.y1), X(tick.x), Y(tick.y2))
        text(tick.label)
      }
      text(model.axisLabel)
    }),
  )
}
