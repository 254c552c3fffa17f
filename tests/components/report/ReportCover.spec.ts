import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportCover from '@/components/report/ReportCover.vue'
import { headings, nothingAnswered, section, skippedOne, type Built } from '../../support/report-fixtures'

function mountCover(built: Built) {
  return mount(ReportCover, { props: { section: section(built, 'cover'), title: built.report.title } })
}

describe('ReportCover', () => {
  it('heads the report with its title as the only heading', () => {
    expect(headings(mountCover(skippedOne()))).toEqual(['h1 Library service self-assessment: Anytown Borough Council'])
  })

  it('lists who, when and which question set, as the model gives them', () => {
    const built = skippedOne()
    const rows = mountCover(built)
      .findAll('.govuk-summary-list__row')
      .map((row) => `${row.get('dt').text()}: ${row.get('dd').text()}`)
    expect(rows).toEqual(section(built, 'cover').details.map((d) => `${d.label}: ${d.value}`))
    expect(rows).toContain('Date: 1 April 2026')
  })

  it('says "Not provided" for a council that gave no name', () => {
    expect(mountCover(nothingAnswered()).text()).toContain('Not provided')
  })
})
