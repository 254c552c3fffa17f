// @vitest-environment node
/** Every piece of text in the PDF, the charts' included, is 10.5 pt or more; only the running header and footer are smaller. */
import { describe, expect, it } from 'vitest'
import { renderPdf } from '@/pdf/render-pdf'
import { PdfPen } from '@/pdf/pdf-pen'
import { SIZE } from '@/pdf/pdf-style'
import { buildReport } from '@/outputs/report/build-report'
import { chartFromResult } from '@/outputs/chart/theme-chart'
import { assess } from '@/engine/assess/assess'
import { realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'
import { realIndex } from '../engine/council/fixture'
import { pdfFonts } from './pdf-fonts'

describe('text sizes in the PDF', () => {
  it('sets no text below 10.5 pt but the page furniture, in the theme chart and the dot plot too', () => {
    const content = realContent()
    const saved = fullyAnswered(content, { profile: { 'council-name': 'Hampshire County Council', 'council-code': 'E10000014' } })
    const result = assess(content, saved.assessment)
    const report = buildReport(content, saved, result, { generatedOn: '2026-04-01', council: realIndex() })
    const seen: number[] = []
    const original = PdfPen.prototype.font
    PdfPen.prototype.font = function (size: number, bold?: boolean, colour?: string) {
      seen.push(size)
      return original.call(this, size, bold, colour)
    }
    try {
      renderPdf(report, chartFromResult(result, content.framework.bands), pdfFonts())
    } finally {
      PdfPen.prototype.font = original
    }
    expect(seen.length).toBeGreaterThan(100)
    // A size a hair under 10.5 from rounding (10.4999…) would still fail: the chart's 14 units give 10.54 pt.
    expect([...new Set(seen.filter((s) => s < 10.5 && s !== SIZE.furniture))]).toEqual([])
  })
})
