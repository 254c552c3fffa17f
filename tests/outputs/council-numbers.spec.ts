import { describe, expect, it } from 'vitest'
import { councilNumbers, dotPlotRows, STATUS_WORDS } from '../../src/outputs/council-numbers'
import { realIndex, standardIndex } from '../engine/council/fixture'

describe('"Your service in numbers"', () => {
  const ix = standardIndex({
    suspect: { events_physical: ['every figure given is 0'] },
    counts: { physical_visits: 200_000, active_users: 5_000, events_physical: 0 },
  })
  const numbers = councilNumbers(ix, 'E06000901', { measures: ['physical_visits', 'active_users', 'loans_physical_books', 'events_physical'] })!
  const row = (id: string) => numbers.rows.find((r) => r.measureId === id)!

  it('gives the council’s value, the neighbours’ median and range, and its rank', () => {
    expect(row('physical_visits')).toMatchObject({
      title: 'Physical visits per 1,000 residents',
      council: '2,000.0',
      median: '2,000.0',
      range: '1,000.0 (Fell) to 3,000.0 (Dale)',
      rank: '3 of 5',
      basis: '4 of the 7 neighbours have a usable figure.',
      leftOut: ['No figure: Cole and Gare.', 'Left out as suspect: Eden.'],
    })
  })

  it('says plainly when there is no figure, never 0', () => {
    const loans = row('loans_physical_books')
    expect(loans).toMatchObject({ council: 'No figure', median: 'No figure', range: 'No figures', rank: 'Not ranked' })
    expect(loans.councilNotes).toEqual(['The published data have no figure for your council. Enter your own if you have one.'])
    expect(JSON.stringify(loans)).not.toMatch(/"0(\.0)?"/)
  })

  it('leaves a suspect council figure out and says why', () => {
    const events = row('events_physical')
    expect(events.council).toBe(STATUS_WORDS.suspect)
    expect(events.councilNotes).toEqual(['Published figure left out: every figure given is 0.'])
    expect(events.rank).toBe('Not ranked')
  })

  it('notes unusual neighbour figures that are shown', () => {
    expect(row('physical_visits').unusualNotes).toEqual(['Dale: unusual but possibly genuine, shown (Apr 2023 figure is low).'])
  })

  it('gives every row a source and a year line', () => {
    for (const r of numbers.rows) {
      expect(r.source).toBe('Test Activity Data 2023-24; population: Test population estimates')
      expect(r.year).toBe('April 2023 to March 2024; residents: mid-2024')
    }
    expect(numbers.attribution).toHaveLength(4)
    expect(numbers.attribution[0]).toBe('Source: Test Libraries Dataset 2023. Licence: Test licence.')
  })

  it('carries the advice prompts and caveats', () => {
    expect(numbers.advice.map((a) => a.measureId)).toEqual(['active_users'])
    expect(numbers.caveats[0]).toMatch(/^These are not performance scores/)
  })

  it('marks a row that uses the council’s own figure', () => {
    const own = councilNumbers(ix, 'E06000901', { measures: ['physical_visits'], overrides: { population: 80_000 } })!
    expect(own.rows[0]).toMatchObject({ council: '2,500.0', rank: '2 of 5', councilNotes: ['Includes your council’s own figure, not the published one.'] })
  })

  it('gives null for a code not in the data', () => {
    expect(councilNumbers(ix, 'E99999999')).toBeNull()
  })

  it('feeds the dot plot the usable neighbours only, and no council dot without a figure', () => {
    const rows = dotPlotRows(numbers)
    expect(rows[0]!.peers.map((p) => p.name)).toEqual(['Dale', 'Holt', 'Brook', 'Fell'])
    expect(rows[2]).toMatchObject({ council: null, councilMissing: 'No figure', median: null, peers: [] })
    expect(rows[0]!.format(2861.95)).toBe('2,861.95')
  })
})

describe('"Your service in numbers" for real councils', () => {
  const ix = realIndex()

  it('Hampshire, the six headline rows', () => {
    const n = councilNumbers(ix, 'E10000014')!
    expect(n.councilName).toBe('Hampshire County Council')
    expect(n.rows.map((r) => [r.title, r.council, r.median, r.rank])).toEqual([
      ['Physical visits per 1,000 residents', '2,323.5', '2,128.7', '5 of 13'],
      ['Physical book loans per 1,000 residents', '2,597.3', '2,861.95', '10 of 13'],
      ['Active users per 1,000 residents', '103.6', '95.25', '6 of 13'],
      ['Events per 1,000 residents', '11.3', '12.9', '9 of 14'],
      ['Static libraries per 100,000 residents', '3.5', '5.4', '16 of 16'],
      ['Static libraries run by the community (% of static libraries)', '21.6%', '8.7%', '4 of 16'],
    ])
    expect(n.rows[0]!.range).toBe('1,538.4 (Somerset) to 2,852.3 (Worcestershire)')
    expect(n.rows[0]!.source).toBe('Arts Council England, Libraries Activity Data 2023-24; population: ONS mid-2024 population estimates')
    expect(n.rows[4]!.year).toBe('Libraries open at the 2023 snapshot; residents: mid-2024')
    expect(n.neighbours).toBe('Neighbours: the 15 most similar councils in ONS local authority statistical nearest neighbours (released 1 October 2025)')
  })

  it('the City of London is not compared per resident', () => {
    const n = councilNumbers(ix, 'E09000001')!
    expect(n.rows.slice(0, 5).map((r) => r.council)).toEqual(Array(5).fill(STATUS_WORDS['not-comparable']))
    expect(n.rows[5]!.council).not.toBe(STATUS_WORDS['not-comparable'])
  })
})
