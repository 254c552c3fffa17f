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

describe('councilIndexFor', () => {
  it('loads the data only for a profile that names a council', async () => {
    const { councilIndexFor } = await import('@/council')
    expect(await councilIndexFor({ 'council-name': 'Anytown Borough Council' })).toBeUndefined()
    expect(await councilIndexFor({ 'council-code': '  ' })).toBeUndefined()
    expect((await councilIndexFor({ 'council-code': 'E10000014' }))?.authority('E10000014')?.name).toBe('Hampshire')
  })
})
