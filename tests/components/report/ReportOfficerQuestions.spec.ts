import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportOfficerQuestions from '@/components/report/ReportOfficerQuestions.vue'
import { headings, section, skippedOne, twoDontKnow } from '../../support/report-fixtures'

describe('ReportOfficerQuestions', () => {
  const questions = section(twoDontKnow(), 'officer-questions')
  const wrapper = mount(ReportOfficerQuestions, { props: { section: questions } })

  it('has the section title as its heading', () => {
    expect(headings(wrapper)).toEqual(['h2 Questions to ask your officers'])
  })

  it('lists every "Don\'t know" as a numbered question, the essential first and marked', () => {
    const items = wrapper.findAll('ol li').map((li) => li.text())
    expect(items).toHaveLength(2)
    expect(items[0]).toContain(questions.items[0]!.prompt)
    expect(items[0]).toContain('Statutory essential')
    expect(items[1]).not.toContain('Statutory essential')
  })

  it('says so when there is nothing to ask', () => {
    const none = mount(ReportOfficerQuestions, { props: { section: section(skippedOne(), 'officer-questions') } })
    expect(none.findAll('li')).toHaveLength(0)
    expect(none.text()).toContain('No question was answered “Don’t know”.')
  })
})
