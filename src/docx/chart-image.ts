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

export function chartSvg(model: ChartModel): string {
  const out: string[] = []
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, dash = '') =>
    out.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`)
  const text = (t: ChartText) =>
    out.push(`<text x="${t.x}" y="${t.y}" font-size="${t.size}" text-anchor="${t.anchor}"${t.bold ? ' font-weight="bold"' : ''} fill="${TEXT_COLOUR}">${escapeXml(t.text)}</text>`)
  for (const tick of model.ticks) for (const g of tick.grid) line(tick.x, g.y1, tick.x, g.y2, RULE, 0.6)
  for (const t of model.thresholds) for (const g of t.segments) line(t.x, g.y1, t.x, g.y2, TEXT_COLOUR, 1, '4 3')
  for (const t of model.thresholds) text(t.label)
  for (const bar of model.bars) {
    for (const l of bar.label) text(l)
    if (bar.rag && bar.w > 0) out.push(`<rect x="${bar.x}" y="${bar.y}" width="${bar.w}" height="${bar.h}" fill="${RAG_COLOURS[bar.rag].fill}" stroke="${TEXT_COLOUR}" stroke-width="0.8"/>`)
    out.push(`<rect x="${bar.valueBox.x}" y="${bar.valueBox.y}" width="${bar.valueBox.w}" height="${bar.valueBox.h}" fill="#ffffff"/>`)
    text(bar.valueLabel)
  }
  const { plot } = model
  line(plot.x, plot.y + plot.h, plot.x + plot.w, plot.y + plot.h, GRID_COLOUR, 1)
  for (const tick of model.ticks) {
    line(tick.x, tick.y1, tick.x, tick.y2, GRID_COLOUR, 1)
    text(tick.label)
  }
  text(model.axisLabel)
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
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, dash: number[] = []) => {
    ctx.strokeStyle = stroke
    ctx.lineWidth = width
    ctx.setLineDash(dash)
    ctx.beginPath()
    ctx.moveTo(x1, y1)
    ctx.lineTo(x2, y2)
    ctx.stroke()
    ctx.setLineDash([])
  }
  const text = (t: ChartText) => {
    ctx.font = `${t.bold ? 'bold ' : ''}${t.size}px ${FONT}`
    ctx.fillStyle = TEXT_COLOUR
    ctx.textAlign = t.anchor === 'middle' ? 'center' : t.anchor === 'end' ? 'right' : 'left'
    ctx.textBaseline = 'alphabetic'
    ctx.fillText(t.text, t.x, t.y)
  }
  for (const tick of model.ticks) for (const g of tick.grid) line(tick.x, g.y1, tick.x, g.y2, RULE, 0.6)
  for (const t of model.thresholds) for (const g of t.segments) line(t.x, g.y1, t.x, g.y2, TEXT_COLOUR, 1, [4, 3])
  for (const t of model.thresholds) text(t.label)
  for (const bar of model.bars) {
    for (const l of bar.label) text(l)
    if (bar.rag && bar.w > 0) {
      ctx.fillStyle = RAG_COLOURS[bar.rag].fill
      ctx.fillRect(bar.x, bar.y, bar.w, bar.h)
      ctx.strokeStyle = TEXT_COLOUR
      ctx.lineWidth = 0.8
      ctx.strokeRect(bar.x, bar.y, bar.w, bar.h)
    }
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(bar.valueBox.x, bar.valueBox.y, bar.valueBox.w, bar.valueBox.h)
    text(bar.valueLabel)
  }
  const { plot } = model
  line(plot.x, plot.y + plot.h, plot.x + plot.w, plot.y + plot.h, GRID_COLOUR, 1)
  for (const tick of model.ticks) {
    line(tick.x, tick.y1, tick.x, tick.y2, GRID_COLOUR, 1)
    text(tick.label)
  }
  text(model.axisLabel)
  const blob = await canvas.convertToBlob({ type: 'image/png' })
  return new Uint8Array(await blob.arrayBuffer())
}
