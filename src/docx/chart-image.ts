/**
 * The theme chart as images for the Word file, drawn from the same geometry as the screen and
 * the PDF (src/outputs/chart/theme-chart.ts): an SVG (Word 2016 and later, LibreOffice) and a
 * PNG for older word processors.
 *
 * Exported API:
 * - `chartSvg(model): string` — pure
 * - `chartPng(model, scale?): Promise<Uint8Array>` — in a browser with OffscreenCanvas; elsewhere
 *   (Node tests) a 1-pixel white PNG, so the file still holds an image part with its alt text
 */
import { GRID_COLOUR, RAG_COLOURS, TEXT_COLOUR, type ChartModel, type ChartText } from '@/outputs/chart/theme-chart'

const RULE = '#b1b4b6'
const FONT = 'Arial, Helvetica, DejaVu Sans, sans-serif'

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c)

/** What drawing the chart needs from a surface: the SVG text and the canvas each give these. */
interface Pen {
  line(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, dash?: readonly number[]): void
  text(t: ChartText): void
  /** A filled box, outlined in the text colour at 0.8 when `outlined`. */
  box(x: number, y: number, w: number, h: number, fill: string, outlined: boolean): void
}

/** The chart in drawing order: grid, band thresholds, bars with their values, then the axis. */
function drawChart(model: ChartModel, pen: Pen): void {
  for (const tick of model.ticks) for (const g of tick.grid) pen.line(tick.x, g.y1, tick.x, g.y2, RULE, 0.6)
  for (const t of model.thresholds) for (const g of t.segments) pen.line(t.x, g.y1, t.x, g.y2, TEXT_COLOUR, 1, [4, 3])
  for (const t of model.thresholds) pen.text(t.label)
  for (const bar of model.bars) {
    for (const l of bar.label) pen.text(l)
    if (bar.rag && bar.w > 0) pen.box(bar.x, bar.y, bar.w, bar.h, RAG_COLOURS[bar.rag].fill, true)
    pen.box(bar.valueBox.x, bar.valueBox.y, bar.valueBox.w, bar.valueBox.h, '#ffffff', false)
    pen.text(bar.valueLabel)
  }
  const { plot } = model
  pen.line(plot.x, plot.y + plot.h, plot.x + plot.w, plot.y + plot.h, GRID_COLOUR, 1)
  for (const tick of model.ticks) {
    pen.line(tick.x, tick.y1, tick.x, tick.y2, GRID_COLOUR, 1)
    pen.text(tick.label)
  }
  pen.text(model.axisLabel)
}

export function chartSvg(model: ChartModel): string {
  const out: string[] = []
  drawChart(model, {
    line: (x1, y1, x2, y2, stroke, width, dash = []) =>
      out.push(
        `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${width}"${dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : ''}/>`,
      ),
    text: (t) =>
      out.push(
        `<text x="${t.x}" y="${t.y}" font-size="${t.size}" text-anchor="${t.anchor}"${t.bold ? ' font-weight="bold"' : ''} fill="${TEXT_COLOUR}">${escapeXml(t.text)}</text>`,
      ),
    box: (x, y, w, h, fill, outlined) =>
      out.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}"${outlined ? ` stroke="${TEXT_COLOUR}" stroke-width="0.8"` : ''}/>`),
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${model.width}" height="${model.height}" viewBox="0 0 ${model.width} ${model.height}" font-family="${FONT}">` +
    `<title>${escapeXml(model.summary)}</title><rect width="100%" height="100%" fill="#ffffff"/>${out.join('')}</svg>`
  )
}

// A valid 1×1 white PNG.
const BLANK_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0))

type Canvas2D = OffscreenCanvasRenderingContext2D

export async function chartPng(model: ChartModel, scale = 2): Promise<Uint8Array> {
  if (typeof OffscreenCanvas === 'undefined') return BLANK_PNG
  const canvas = new OffscreenCanvas(Math.ceil(model.width * scale), Math.ceil(model.height * scale))
  const ctx = canvas.getContext('2d') as Canvas2D | null
  if (!ctx) return BLANK_PNG
  ctx.scale(scale, scale)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, model.width, model.height)
  drawChart(model, {
    line(x1, y1, x2, y2, stroke, width, dash = []) {
      ctx.strokeStyle = stroke
      ctx.lineWidth = width
      ctx.setLineDash([...dash])
      ctx.beginPath()
      ctx.moveTo(x1, y1)
      ctx.lineTo(x2, y2)
      ctx.stroke()
      ctx.setLineDash([])
    },
    text(t) {
      ctx.font = `${t.bold ? 'bold ' : ''}${t.size}px ${FONT}`
      ctx.fillStyle = TEXT_COLOUR
      ctx.textAlign = t.anchor === 'middle' ? 'center' : t.anchor === 'end' ? 'right' : 'left'
      ctx.textBaseline = 'alphabetic'
      ctx.fillText(t.text, t.x, t.y)
    },
    box(x, y, w, h, fill, outlined) {
      ctx.fillStyle = fill
      ctx.fillRect(x, y, w, h)
      if (!outlined) return
      ctx.strokeStyle = TEXT_COLOUR
      ctx.lineWidth = 0.8
      ctx.strokeRect(x, y, w, h)
    },
  })
  const blob = await canvas.convertToBlob({ type: 'image/png' })
  return new Uint8Array(await blob.arrayBuffer())
}
