/**
 * Chart text on a phone and a laptop (issue 16 item 7): every text in the theme chart and the
 * council dot plot renders at 14 CSS pixels or more at 320, 375 and 1280 pixels wide, on the
 * printable report and on the results pages that show them; the text stays inside the chart, the
 * page does not scroll sideways, and each chart still points at its table of the same figures.
 *
 * The rendered size is the text's font size times the SVG's scale on screen (getScreenCTM), so a
 * chart that shrinks with its viewBox fails.
 */
import { test, expect, type Page } from '@playwright/test'
import { STORAGE_KEY } from '@/stores/storage'
import { realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'
import { expectNoSidewaysScroll, seedStorage } from './support'

const WIDTHS = [320, 375, 1280]
const PAGES = [
  { path: '/report', charts: 2 },
  { path: '/results/themes', charts: 1 },
  { path: '/results/council-numbers', charts: 1 },
]
const MIN_PX = 14

interface Measured {
  name: string
  texts: number
  smallest: number
  smallestText: string
  /** Texts that reach outside their chart's box, by more than a pixel. */
  outside: string[]
  /** Whether the chart's description names an element that is on the page (its table). */
  describedByTable: boolean
}

/** Every chart on the page: how many texts, the smallest rendered size and any text outside the chart. */
async function measureCharts(page: Page): Promise<Measured[]> {
  return page.locator('svg[role="img"]').evaluateAll((svgs) =>
    (svgs as SVGSVGElement[]).map((svg) => {
      const box = svg.getBoundingClientRect()
      // A chart not drawn (no box) has no text to read: count it as text of size 0.
      const drawn = box.width > 0 && box.height > 0
      const texts = [...svg.querySelectorAll('text')]
      const sizes = texts.map((t) => ({
        text: t.textContent?.trim() ?? '',
        px: drawn ? parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0) : 0,
      }))
      const smallest = sizes.reduce((a, b) => (b.px < a.px ? b : a), { text: '', px: Infinity })
      const outside = texts
        .filter((t) => {
          const r = t.getBoundingClientRect()
          return r.left < box.left - 1 || r.right > box.right + 1
        })
        .map((t) => t.textContent?.trim() ?? '')
      const ids = (svg.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
      return {
        name: svg.querySelector('title')?.textContent ?? '',
        texts: texts.length,
        smallest: Math.round(smallest.px * 100) / 100,
        smallestText: smallest.text,
        outside,
        describedByTable: ids.some((id) => document.getElementById(id)?.tagName === 'TABLE'),
      }
    }),
  )
}

function hampshireFile() {
  const content = realContent()
  return fullyAnswered(content, { profile: { 'council-name': 'Hampshire County Council', 'council-code': 'E10000014', 'council-type': 'county' } })
}

test.describe('chart text', () => {
  for (const width of WIDTHS) {
    test(`is ${MIN_PX} px or more at ${width} px wide, inside the chart, with no sideways scroll`, async ({ page }, info) => {
      test.setTimeout(120_000)
      await page.setViewportSize({ width, height: 800 })
      await seedStorage(page, { [STORAGE_KEY]: JSON.stringify(hampshireFile()) })
      for (const { path, charts } of PAGES) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(page.locator('svg[role="img"]')).toHaveCount(charts)
        for (const svg of await page.locator('svg[role="img"]').all()) await expect(svg).toBeVisible()
        // The charts lay themselves out for their width once mounted: wait until the layout settles.
        await expect.poll(async () => (await measureCharts(page)).every((c) => c.smallest >= MIN_PX), { timeout: 10_000 }).toBe(true)
        const measured = await measureCharts(page)
        info.annotations.push({
          type: `${width}px ${path}`,
          description: measured.map((c) => `${c.name}: ${c.texts} texts, smallest ${c.smallest}px ("${c.smallestText}")`).join('; '),
        })
        for (const chart of measured) {
          expect(chart.texts, `${chart.name} on ${path}`).toBeGreaterThan(5)
          expect(chart.smallest, `smallest text in ${chart.name} on ${path} at ${width}px ("${chart.smallestText}")`).toBeGreaterThanOrEqual(MIN_PX)
          expect(chart.outside, `texts outside ${chart.name} on ${path} at ${width}px`).toEqual([])
          expect(chart.describedByTable, `${chart.name} on ${path} points at its table`).toBe(true)
        }
        await expectNoSidewaysScroll(page, `${path} at ${width}px`)
      }
    })
  }
})
