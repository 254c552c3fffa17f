import { describe, expect, it } from 'vitest'
import { compareWithNeighbours, councilAdvice, HEADLINE_MEASURES } from '../../../src/engine/council'
import { realIndex, standardIndex } from './fixture'

describe('advice prompts from the neighbours’ range', () => {
  it('raises an advice-level prompt, with its source and year, where a figure is below every usable neighbour', () => {
    const ix = standardIndex()
    const advice = councilAdvice(
      [compareWithNeighbours(ix, 'E06000901', 'active_users'), compareWithNeighbours(ix, 'E06000901', 'physical_visits')],
      ix.data.sources,
    )
    expect(advice).toEqual([
      {
        measureId: 'active_users',
        level: 'advice',
        text: 'Active users per 1,000 residents: your figure (50.0) is below all 5 of your statistically similar neighbours with usable figures (lowest 60.0, Fell). Check that the needs assessment explains it.',
        source: 'Test Activity Data 2023-24; population: Test population estimates',
        year: 'April 2023 to March 2024; residents: mid-2024',
      },
    ])
  })

  it('never raises anything stronger than advice', () => {
    const ix = realIndex()
    const all = ix.data.authorities.flatMap((a) =>
      councilAdvice(
        HEADLINE_MEASURES.map((m) => compareWithNeighbours(ix, a.code, m)),
        ix.data.sources,
      ),
    )
    expect(all.length).toBeGreaterThan(0)
    expect(new Set(all.map((a) => a.level))).toEqual(new Set(['advice']))
    expect(all.every((a) => a.source !== '' && a.year !== '' && a.text.endsWith('Check that the needs assessment explains it.'))).toBe(true)
  })

  it('raises nothing for a figure that is missing, suspect or inside the range', () => {
    const ix = standardIndex({ counts: { physical_visits: 200_000 }, suspect: { active_users: ['gap'] } })
    expect(
      councilAdvice([compareWithNeighbours(ix, 'E06000901', 'active_users'), compareWithNeighbours(ix, 'E06000901', 'physical_visits')], ix.data.sources),
    ).toEqual([])
    const none = standardIndex({ counts: {} })
    expect(councilAdvice([compareWithNeighbours(none, 'E06000901', 'active_users')], none.data.sources)).toEqual([])
  })

  it('names many neighbours at the edge by their number, not one by one', () => {
    const ix = realIndex()
    // Camden: 2 of 12 static libraries run by the community; none of its 15 neighbours has any.
    const [advice] = councilAdvice([compareWithNeighbours(ix, 'E09000007', 'community_share')], ix.data.sources)
    expect(advice?.text).toBe(
      'Static libraries run by the community (share of static libraries): your figure (16.7%) is above all 15 of your statistically similar neighbours with usable figures (highest 0.0%, 15 neighbours). Check that the needs assessment explains it.',
    )
    expect(advice?.source).toBe('Arts Council England, Libraries Basic Dataset 2023')
  })
})
