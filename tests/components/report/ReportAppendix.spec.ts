import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportAppendix from '@/components/report/ReportAppendix.vue'
import { bodyRows, captions, columnHeaders, headings, section, skippedOne, tableCaptioned, workshop } from '../../support/report-fixtures'

describe('ReportAppendix', () => {
  const appendix = section(skippedOne(), 'appendix')
  const wrapper = mount(ReportAppendix, { props: { section: appendix } })

  it('has an h3 for the council and one per theme', () => {
    expect(headings(wrapper)).toEqual(['h2 Appendix: questions and answers', 'h3 About your council', 'h3 Assess alpha', 'h3 Assess beta'])
  })

  it('captions every table', () => {
    expect(captions(wrapper)).toEqual(['About your council', 'Questions and answers: Assess alpha', 'Questions and answers: Assess beta'])
  })

  it('lists every question with its answer, and "Not provided" for one skipped', () => {
    const table = tableCaptioned(wrapper, 'Questions and answers: Assess alpha')
    expect(columnHeaders(table)).toEqual(['Question (col)', 'Answer (col)'])
    const rows = bodyRows(table)
    expect(rows.map((r) => r[0])).toEqual(appendix.themes[0]!.questions.map((q) => `${q.prompt} (row)`))
    expect(rows).toContainEqual(['Is alpha done? (row)', 'Not provided'])
  })

  it('shows a note under its answer', () => {
    const rows = bodyRows(tableCaptioned(wrapper, 'Questions and answers: Assess alpha'))
    expect(rows[0]).toEqual(['How far is the alpha essential in place? (row)', 'All Note: Agreed by cabinet in 2025.'])
  })

  it('shows the profile, with the local priorities chosen', () => {
    const rows = bodyRows(tableCaptioned(wrapper, 'About your council'))
    expect(rows[0]).toEqual(['Council name (row)', 'Anytown Borough Council'])
    expect(rows.at(-1)?.[0]).toBe('Local priorities chosen (row)')
  })

  it('shows a disagreement recorded in a workshop', () => {
    const combined = mount(ReportAppendix, { props: { section: section(workshop(), 'appendix') } })
    expect(combined.text()).toContain('Disagreement recorded: One officer says it is in place.')
  })
})
