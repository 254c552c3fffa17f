/** Test helper: check a chart's texts against its width (sizes and extents in the model's units). */
import { expect } from 'vitest'
import { textWidth, type ChartPrimitive } from '../../src/outputs/chart/primitives'

/** Every text among `items` is at least `minSize` units and lies inside 0 to `width` (by the width estimate the layout uses). */
export function expectTextsInside(items: ChartPrimitive[], width: number, minSize = 14): void {
  const texts = items.flatMap((p) => (p.kind === 'text' ? [p] : []))
  expect(texts.length).toBeGreaterThan(0)
  for (const t of texts) {
    const w = textWidth(t)
    const from = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2
    expect(t.size, t.text).toBeGreaterThanOrEqual(minSize)
    expect(from, t.text).toBeGreaterThanOrEqual(0)
    expect(from + w, t.text).toBeLessThanOrEqual(width)
  }
}
