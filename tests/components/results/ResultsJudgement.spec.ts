/** The judgement on the results page: the verdict, the essentials with their reasons, and the questions for officers. */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ResultsVerdict from '@/components/results/ResultsVerdict.vue'
import ResultsEssentials from '@/components/results/ResultsEssentials.vue'
import ResultsOfficerQuestions from '@/components/results/ResultsOfficerQuestions.vue'
import { assess } from '@/engine/assess/assess'
import { assessmentWith, fixtureContent } from '../../support/content'

const content = fixtureContent()
const planned = { profile: { 'changes-planned': 'reductions' } }
const high = assess(content, assessmentWith({ 'a-essential': 'not-in-place', 'a-yes': 'dont-know', 'b-one': 'yes' }, planned))
const low = assess(
  content,
  assessmentWith({ 'a-essential': 'reviewed', 'a-yes': 'yes', 'a-multi': ['one', 'two', 'three'], 'a-hours': 40, 'b-one': 'yes', 'b-two': 'reviewed' }),
)

describe('ResultsVerdict', () => {
  const verdict = (r: typeof high) => mount(ResultsVerdict, { props: { legal: r.legal, overall: r.overall, maturity: r.maturity, headline: r.headline.text } })

  it('leads with the legal position in words, then the overall rating it allows', () => {
    const wrapper = verdict(high)
    const headings = wrapper.findAll('h3').map((h) => h.text())
    expect(headings[0]).toBe('Legal position: High legal risk')
    expect(headings[1]).toMatch(/^Overall rating: Red/)
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(high.legal.reasons)
    expect(wrapper.text()).toContain(high.maturity.text)
  })

  it('shows a low risk as such, with a green tag', () => {
    const wrapper = verdict(low)
    expect(wrapper.get('h3 .govuk-tag').text()).toBe('Low legal risk')
    expect(wrapper.get('h3 .govuk-tag').classes()).toContain('govuk-tag--green')
  })
})

describe('ResultsEssentials', () => {
  it('gives each essential its status in words and the reason', () => {
    const wrapper = mount(ResultsEssentials, { props: { headline: high.headline, essentials: high.essentials, themeTitles: { alpha: 'Assess alpha' } } })
    const row = wrapper.get('table tbody tr')
    expect(row.get('th').text()).toContain('Alpha essential')
    expect(row.get('.govuk-tag').text()).toBe('Not met')
    expect(row.text()).toContain(high.essentials[0]!.reason)
  })

  it('counts the essentials by status, with the critical risks', () => {
    const wrapper = mount(ResultsEssentials, { props: { headline: high.headline, essentials: high.essentials, themeTitles: {} } })
    const rows = wrapper.findAll('.govuk-summary-list__row').map((r) => [r.get('dt').text(), r.get('dd').text()])
    expect(rows).toEqual([
      ['Met in full', `${high.headline.essentialsMet} of ${high.headline.essentialsTotal}`],
      ['Partly met', String(high.headline.essentialsPartlyMet)],
      ['Not met', String(high.headline.essentialsNotMet)],
      ['Not known', String(high.headline.essentialsUnknown)],
      ['Critical risks', String(high.headline.criticalFlags)],
    ])
  })
})

describe('ResultsOfficerQuestions', () => {
  it('lists each "Don\'t know" as a question, saying to find out before any decision', () => {
    const wrapper = mount(ResultsOfficerQuestions, { props: { items: high.officerQuestions, changesPlanned: true } })
    expect(wrapper.findAll('ol li')).toHaveLength(high.officerQuestions.length)
    expect(wrapper.text()).toContain('find out the statutory essentials before any decision')
    expect(wrapper.text()).toContain('to this question')
  })

  it('says so when there are none', () => {
    const wrapper = mount(ResultsOfficerQuestions, { props: { items: [], changesPlanned: false } })
    expect(wrapper.text()).toBe('You did not answer any question “Don’t know”.')
  })
})
