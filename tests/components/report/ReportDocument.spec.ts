import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportDocument from '@/components/report/ReportDocument.vue'
import { headings, nothingAnswered, skippedOne, workshop, type Built } from '../../support/report-fixtures'

function mountReport(built: Built) {
  return mount(ReportDocument, { props: { report: built.report, chart: built.chart } })
}

/** The h1 and h2 headings, which stand for the sections. */
function sectionHeadings(built: Built): string[] {
  return headings(mountReport(built)).filter((h) => /^h[12] /.test(h))
}

describe('ReportDocument', () => {
  it.each([
    ['a full assessment', skippedOne],
    ['an empty assessment', nothingAnswered],
    ['a combined workshop assessment', workshop],
  ])('shows every section title of the model, in order, for %s', (_name, make) => {
    const built = make()
    const [cover, ...rest] = built.report.sections
    expect(sectionHeadings(built)).toEqual([`h1 ${built.report.title}`, ...rest.map((s) => `h2 ${s.title}`)])
    expect(cover?.id).toBe('cover')
  })

  it('has exactly one h1, the report title with the council name', () => {
    const h1s = headings(mountReport(skippedOne())).filter((h) => h.startsWith('h1 '))
    expect(h1s).toEqual(['h1 Library service self-assessment: Anytown Borough Council'])
  })

  it('adds the spread appendix only for a combined assessment', () => {
    expect(sectionHeadings(workshop())).toContain('h2 Appendix: how the room answered')
    expect(sectionHeadings(skippedOne())).not.toContain('h2 Appendix: how the room answered')
  })

  it('never goes from a heading to one more than a level deeper', () => {
    const levels = headings(mountReport(workshop())).map((h) => Number(h[1]))
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1)
    })
  })

  it('gives every table a caption and scoped headers', () => {
    const wrapper = mountReport(workshop())
    for (const table of wrapper.findAll('table')) {
      expect(table.get('caption').text().trim()).not.toBe('')
      for (const th of table.findAll('th')) expect(['col', 'row']).toContain(th.attributes('scope'))
    }
  })
})
