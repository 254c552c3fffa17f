/**
 * "Your service in numbers" dot plot in the PDF, drawn as vectors and text from the same geometry
 * as the print view's SVG (src/outputs/chart/dot-plot.ts, via `dotPlotPrimitives`, in paint
 * order). One Figure element whose alternative text is the plot's summary; the table after it
 * holds every figure as text.
 *
 * Exported API:
 * - `drawDotPlot(pen, model, x, y, scale)`: draws with the plot's top left at (x, y) mm
 * - `dotPlotScale(model, width, height)`: the scale that fits the plot in width x height mm
 *
 * For pdf-writer.ts, a `dotPlot(model)` method in the style of `chart(model)`:
 * `const scale = dotPlotScale(model, this.width, BOTTOM - MARGIN.top); this.ensure(model.height * scale);
 *  drawDotPlot(this.pen, model, this.x, this.y, scale); this.y += model.height * scale + 4`
 */
import type { DotPlotModel } from '@/outputs/chart/dot-plot'
import { dotPlotPrimitives } from '@/outputs/chart/dot-plot-drawing'
import type { PdfPen } from './pdf-pen'
import { PAGE, PT } from './pdf-style'

export function dotPlotScale(model: DotPlotModel, width: number, height: number): number {
  return Math.min(width / model.width, height / model.height)
}

export function drawDotPlot(pen: PdfPen, model: DotPlotModel, ox: number, oy: number, scale: number): void {
  const { doc, tag } = pen
  const X = (x: number) => ox + x * scale
  const Y = (y: number) => oy + y * scale
  const k = doc.internal.scaleFactor
  const bbox: [number, number, number, number] = [ox * k, (PAGE.h - oy - model.height * scale) * k, (ox + model.width * scale) * k, (PAGE.h - oy) * k]
  tag.within('Figure', { alt: model.summary, bbox }, () =>
    tag.mark(() => {
      for (const p of dotPlotPrimitives(model)) {
        if (p.kind === 'line') {
          doc.setDrawColor(p.stroke)
          doc.setLineWidth(p.width * scale * (p.faint ? 0.5 : 1))
          doc.setLineDashPattern(p.dashed ? [1.2, 0.9] : [], 0)
          doc.line(X(p.x1), Y(p.y1), X(p.x2), Y(p.y2))
          doc.setLineDashPattern([], 0)
        } else if (p.kind === 'circle') {
          doc.setFillColor(p.fill)
          if (p.stroke) {
            doc.setDrawColor(p.stroke)
            doc.setLineWidth((p.width ?? 1) * scale)
          }
          doc.circle(X(p.cx), Y(p.cy), p.r * scale, p.stroke ? 'FD' : 'F')
        } else if (p.kind === 'polygon') {
          const pts = p.points.map(([x, y]) => [X(x), Y(y)] as [number, number])
          const first = pts[0]
          if (!first) continue
          doc.setFillColor(p.fill)
          doc.setDrawColor(p.stroke)
          doc.setLineWidth(p.width * scale)
          const steps = pts.slice(1).map(([x, y], i) => {
            const [px, py] = pts[i]!
            return [x - px, y - py]
          })
          doc.lines(steps, first[0], first[1], [1, 1], 'FD', true)
        } else if (p.kind === 'rect') {
          doc.setFillColor(p.fill)
          doc.rect(X(p.x), Y(p.y), p.w * scale, p.h * scale, 'F')
        } else {
          pen.font((p.size * scale) / PT, p.bold, p.fill)
          doc.text(pen.drawable(p.text), X(p.x), Y(p.y), { align: p.anchor === 'middle' ? 'center' : p.anchor === 'end' ? 'right' : 'left' })
        }
      }
    }),
  )
}
