import { describe, expect, it } from 'vitest'
import { loadCouncilIndex } from '@/council'

describe('loading the council data at run time', () => {
  it('imports virtual:council-data once and indexes it', async () => {
    const first = loadCouncilIndex()
    expect(loadCouncilIndex()).toBe(first)
    const ix = await first
    expect(ix.data.authorities).toHaveLength(153)
    expect(ix.authority('E09000007')?.councilName).toBe('London Borough of Camden')
  })
})
