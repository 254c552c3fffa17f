import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import CouncilNumbers from '@/components/council/CouncilNumbers.vue'
import { councilNumbers } from '@/outputs/council-numbers'
import { realIndex, standardIndex } from '../../engine/council/fixture'

const cells = (tr: { findAll(s: string): { text(): string }[] }) => tr.findAll('th, td').map((c) => c.text())

describe('CouncilNumbers', () => {
  const ix = standardIndex()
  const numbers = councilNumbers(ix, 'E06000901', { measures: ['physical_visits', 'loans_physical_books', 'active_users'] })!
  const w = mount(CouncilNumbers, { props: { numbers } })

  it('shows a table with the council, median, range and rank for each measure', () => {
    const rows = w.findAll('tbody tr')
    expect(w.findAll('thead th').map((c) => c.text())).toEqual(['Measure', 'Your council', 'Neighbours’ median', 'Neighbours’ range', 'Your rank'])
    expect(cells(rows[0]!)).toEqual(['Physical visits per 1,000 residents', '2,000.0', '2,000.0', '1,000.0 (Fell) to 3,000.0 (Dale)', '3 of 5'])
    expect(rows[0]!.get('th').attributes('scope')).toBe('row')
  })

  it('shows a missing figure as "No figure", never as 0', () => {
    const loans = w.get('tr[data-measure="loans_physical_books"]')
    expect(cells(loans)).toEqual(['Physical book loans per 1,000 residents', 'No figure', 'No figure', 'No figures', 'Not ranked'])
    expect(cells(loans).some((t) => /^0(\.0)?$/.test(t))).toBe(false)
  })

  it('draws the dot plot as an image described by the table', () => {
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-describedby')).toContain('council-numbers-table')
    expect(w.get('table').attributes('id')).toBe('council-numbers-table')
    // One dot per usable neighbour and one diamond per council figure, plus one of each in the key.
    expect(svg.findAll('circle')).toHaveLength(4 + 5 + 1)
    expect(svg.findAll('polygon')).toHaveLength(2 + 1)
    expect(svg.get('.app-dot-plot__legend').text()).toBe('Your councilA neighbour (one of the 15 most similar councils)Neighbours’ median')
    expect(svg.text()).toContain('Your council: No figure')
  })

  it('says who was left out and why, and the source and year of each figure', () => {
    const notes = w.get('[data-notes="physical_visits"]').text()
    expect(notes).toContain('4 of the 7 neighbours have a usable figure.')
    expect(notes).toContain('No figure: Cole and Gare.')
    expect(notes).toContain('Left out as suspect: Eden.')
    expect(notes).toContain('Source: Test Activity Data 2023-24; population: Test population estimates. April 2023 to March 2024; residents: mid-2024.')
  })

  it('puts advice prompts first, with their source and year', () => {
    const advice = w.get('.govuk-inset-text')
    expect(advice.text()).toContain('Worth checking: Active users per 1,000 residents: your figure (50.0) is below all 5')
    expect(advice.text()).toContain('Source: Test Activity Data 2023-24')
  })

  it('takes a heading level and an id', () => {
    const n = mount(CouncilNumbers, { props: { numbers, headingLevel: 3, id: 'numbers' } })
    expect(n.get('h3').text()).toBe('Your service in numbers')
    expect(n.get('h4').text()).toBe('About these figures')
    expect(n.get('table').attributes('id')).toBe('numbers-table')
  })

  it('renders a real council', () => {
    const real = mount(CouncilNumbers, { props: { numbers: councilNumbers(realIndex(), 'E09000007')! } })
    expect(cells(real.get('tr[data-measure="physical_visits"]'))).toEqual([
      'Physical visits per 1,000 residents',
      '3,226.6',
      '3,781.6',
      '1,888.4 (Kingston upon Thames) to 7,166.2 (Greenwich)',
      '10 of 14',
    ])
    expect(real.text()).toContain('Licences and attribution')
  })
})
