import { describe, expect, it } from 'vitest'
import { compareWithNeighbours, MIN_PEERS_FOR_ADVICE } from '../../../src/engine/council'
import { makeIndex, realIndex, standardIndex } from './fixture'

describe('comparing a council with its neighbours', () => {
  const c = compareWithNeighbours(standardIndex(), 'E06000901', 'physical_visits')

  it('gives the council its own rate', () => {
    expect(c.council).toMatchObject({ value: 2000, status: 'ok', rank: 0 })
  })

  it('leaves out neighbours with no figure and names them, never counting them as 0', () => {
    expect(c.missing.map((p) => p.name)).toEqual(['Cole', 'Gare'])
    expect(c.usable.some((p) => p.value === 0)).toBe(false)
    expect(c.lowest).toEqual({ value: 1000, names: ['Fell'] })
  })

  it('leaves out suspect figures, with the reason, and keeps unusual ones with their note', () => {
    expect(c.leftOut.map((p) => [p.name, p.status, p.reasons])).toEqual([['Eden', 'suspect', ['figures for 6 of 12 months only']]])
    expect(c.usable.find((p) => p.name === 'Dale')?.unusual).toEqual(['Apr 2023 figure is low'])
  })

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(c.usable.map((p) => p.value)).toEqual([3000, 2500, 1500, 1000])
    expect(c.median).toBe(2000)
  })

  it('ranks the council among itself and the usable neighbours, 1 = highest', () => {
    expect(c.rank).toBe(3)
    expect(c.of).toBe(5)
    expect(c.highest).toEqual({ value: 3000, names: ['Dale'] })
    expect(c.position).toBe('within')
    expect(c.farOutside).toBe(false)
  })

  it('does not rank a council whose own figure is suspect, and says why', () => {
    const s = compareWithNeighbours(
      standardIndex({ suspect: { physical_visits: ['April figure is 10 times the median month'] } }),
      'E06000901',
      'physical_visits',
    )
    expect(s.council).toMatchObject({ value: null, status: 'suspect', reasons: ['April figure is 10 times the median month'] })
    expect(s.rank).toBeNull()
    expect(s.position).toBeNull()
    expect(s.median).toBe(2000)
  })

  it('does not rank a council with no figure', () => {
    const s = compareWithNeighbours(standardIndex({ counts: {} }), 'E06000901', 'physical_visits')
    expect(s.council.status).toBe('missing')
    expect(s.rank).toBeNull()
  })

  it('uses a council’s own figure in place of a suspect one, for that council only', () => {
    const s = compareWithNeighbours(standardIndex({ suspect: { physical_visits: ['gap'] } }), 'E06000901', 'physical_visits', {
      counts: { physical_visits: 350_000 },
    })
    expect(s.council).toMatchObject({ value: 3500, status: 'ok', own: true })
    expect(s.rank).toBe(1)
    expect(s.leftOut.map((p) => p.name)).toEqual(['Eden'])
  })

  it('recomputes the council’s rates with its own population', () => {
    const s = compareWithNeighbours(standardIndex(), 'E06000901', 'physical_visits', { population: 80_000 })
    expect(s.council).toMatchObject({ value: 2500, own: true })
    expect(s.rank).toBe(2)
  })

  it('marks a figure below every usable neighbour as far outside when there are enough neighbours', () => {
    const s = compareWithNeighbours(standardIndex(), 'E06000901', 'active_users')
    expect(s.usable).toHaveLength(MIN_PEERS_FOR_ADVICE)
    expect(s.position).toBe('below')
    expect(s.farOutside).toBe(true)
    expect(s.rank).toBe(6)
  })

  it('does not call a figure far outside with fewer than 5 usable neighbours', () => {
    const ix = makeIndex({ code: 'E06000901', name: 'Ashby', counts: { physical_visits: 10_000 } }, [
      { code: 'E06000902', name: 'Brook', counts: { physical_visits: 150_000 } },
      { code: 'E06000903', name: 'Cole', counts: { physical_visits: 160_000 } },
    ])
    const s = compareWithNeighbours(ix, 'E06000901', 'physical_visits')
    expect(s.position).toBe('below')
    expect(s.farOutside).toBe(false)
  })

  it('treats a high share of community-run libraries, not a low one, as the concern', () => {
    const peers = ['B', 'C', 'D', 'E', 'F'].map((n, i) => ({ code: `E0600091${i}`, name: n, libraries: { total: 10, community: i } }))
    const high = compareWithNeighbours(
      makeIndex({ code: 'E06000901', name: 'Ashby', libraries: { total: 10, community: 8 } }, peers),
      'E06000901',
      'community_share',
    )
    expect(high).toMatchObject({ position: 'above', farOutside: true })
    expect(high.council.value).toBe(80)
    const low = compareWithNeighbours(
      makeIndex({ code: 'E06000901', name: 'Ashby', libraries: { total: 10, community: 0 } }, peers.slice(1)),
      'E06000901',
      'community_share',
    )
    expect(low.council.value).toBe(0)
    expect(low).toMatchObject({ position: 'below', farOutside: false })
  })

  it('treats a library authority with no ACE library figures as missing, not as 0 libraries', () => {
    const s = compareWithNeighbours(standardIndex({ libraries: null }), 'E06000901', 'static_libraries')
    expect(s.council).toMatchObject({ value: null, status: 'missing' })
  })

  it('does not compare the City of London per resident, but does compare its community share', () => {
    const real = realIndex()
    const perResident = compareWithNeighbours(real, 'E09000001', 'static_libraries')
    expect(perResident.council.status).toBe('not-comparable')
    expect(perResident.rank).toBeNull()
    expect(compareWithNeighbours(real, 'E09000001', 'physical_visits').council.status).toBe('not-comparable')
    expect(compareWithNeighbours(real, 'E09000001', 'community_share').council.status).toBe('ok')
    // Its third-nearest neighbour, the Isles of Scilly, has no library figures at all.
    expect(perResident.peers[2]).toMatchObject({ name: 'Isles of Scilly', status: 'not-comparable' })
    expect(compareWithNeighbours(real, 'E09000001', 'community_share').missing.map((p) => p.name)).toContain('Isles of Scilly')
  })
})

// The worked examples in data/README.md, checked by hand against the CSVs (see that file).
describe('worked examples against data/', () => {
  const real = realIndex()

  it('Hampshire (county): physical visits per 1,000', () => {
    const c = compareWithNeighbours(real, 'E10000014', 'physical_visits')
    expect(c.council.value).toBe(2323.5)
    expect(c.usable).toHaveLength(12)
    expect(c.median).toBe(2128.7)
    expect(c.lowest).toEqual({ value: 1538.4, names: ['Somerset'] })
    expect(c.highest).toEqual({ value: 2852.3, names: ['Worcestershire'] })
    expect([c.rank, c.of]).toEqual([5, 13])
    expect(c.missing.map((p) => p.name)).toEqual(['Gloucestershire', 'Cheshire East'])
    expect(c.leftOut.map((p) => p.name)).toEqual(['Cheshire West and Chester'])
  })

  it('Hampshire (county): physical book loans per 1,000 and static libraries per 100,000', () => {
    const loans = compareWithNeighbours(real, 'E10000014', 'loans_physical_books')
    expect(loans.council.value).toBe(2597.3)
    expect(loans.median).toBe(2861.95)
    expect([loans.lowest?.value, loans.highest?.value, loans.rank, loans.of]).toEqual([1889.7, 4011.2, 10, 13])
    expect(loans.leftOut.map((p) => p.name)).toEqual(['Somerset'])
    const libraries = compareWithNeighbours(real, 'E10000014', 'static_libraries')
    expect(libraries.council.value).toBe(3.5)
    expect(libraries.median).toBe(5.4)
    expect([libraries.lowest, libraries.rank, libraries.of, libraries.farOutside]).toEqual([{ value: 3.7, names: ['Worcestershire'] }, 16, 16, true])
  })

  it('Camden (London borough): physical visits and book loans per 1,000', () => {
    const visits = compareWithNeighbours(real, 'E09000007', 'physical_visits')
    expect(visits.council.value).toBe(3226.6)
    expect(visits.usable).toHaveLength(13)
    expect([visits.median, visits.lowest?.value, visits.highest?.value, visits.rank, visits.of]).toEqual([3781.6, 1888.4, 7166.2, 10, 14])
    expect(visits.highest?.names).toEqual(['Greenwich'])
    expect(visits.usable.find((p) => p.name === 'Greenwich')?.unusual.length).toBeGreaterThan(0)
    expect(visits.missing.map((p) => p.name)).toEqual(['Lambeth', 'Brighton and Hove'])
    const loans = compareWithNeighbours(real, 'E09000007', 'loans_physical_books')
    expect([loans.council.value, loans.median, loans.lowest?.value, loans.highest?.value, loans.rank, loans.of]).toEqual([
      1108.5,
      2668.4,
      990.4,
      4935.1,
      10 + 3,
      14,
    ])
  })

  it('Camden (London borough): static libraries per 100,000 and the community share', () => {
    const libraries = compareWithNeighbours(real, 'E09000007', 'static_libraries')
    expect([libraries.council.value, libraries.median, libraries.lowest?.value, libraries.highest?.value, libraries.rank, libraries.of]).toEqual([
      5.5, 4.1, 2.6, 6.1, 3, 16,
    ])
    const share = compareWithNeighbours(real, 'E09000007', 'community_share')
    expect([share.council.value, share.median, share.position, share.farOutside]).toEqual([16.7, 0, 'above', true])
  })
})
