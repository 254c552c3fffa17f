import { describe, expect, it } from 'vitest'
import { displayName, findByName, nameKey, PROFILE_COUNCIL_TYPE, searchAuthorities } from '../../../src/engine/council'
import { realIndex, standardIndex } from './fixture'

const real = realIndex()
const names = (query: string, limit?: number) => searchAuthorities(real.data.authorities, query, limit).map((a) => a.name)

describe('looking up authorities by code', () => {
  it('finds an authority, its activity and its neighbours in ONS order', () => {
    expect(real.authority('E10000014')?.name).toBe('Hampshire')
    expect(real.activity('E10000014')?.counts.physical_visits).toBe(3_362_644)
    const neighbours = real.neighbours('E10000014').map((a) => a.name)
    expect(neighbours).toHaveLength(15)
    expect(neighbours.slice(0, 2)).toEqual(['Gloucestershire', 'West Sussex'])
  })

  it('gives nothing for an unknown code', () => {
    expect(real.authority('E99999999')).toBeUndefined()
    expect(real.activity('E99999999')).toBeUndefined()
    expect(real.neighbours('E99999999')).toEqual([])
  })

  it('indexes the fixture the same way', () => {
    const ix = standardIndex()
    expect(ix.neighbours('E06000901').map((a) => a.name)).toEqual(['Brook', 'Cole', 'Dale', 'Eden', 'Fell', 'Gare', 'Holt'])
  })
})

describe('searching authorities by name', () => {
  it('finds a council from the first letters of its name', () => {
    expect(names('hamp')).toEqual(['Hampshire'])
    expect(names('camd')).toEqual(['Camden'])
  })

  it('ignores case, punctuation and "&"', () => {
    expect(names('ST HEL')).toEqual(['St. Helens'])
    expect(names('st. helens')).toEqual(['St. Helens'])
    expect(names('brighton & hove')).toEqual(['Brighton and Hove'])
  })

  it('matches the official council name as well as the ONS area name', () => {
    expect(names('bristol')).toEqual(['Bristol, City of'])
    expect(names('bristol city council')).toEqual(['Bristol, City of'])
    expect(names('kingston upon hull')).toContain('Kingston upon Hull, City of')
  })

  it('puts names that start with the query before names that only contain it', () => {
    const found = names('north')
    expect(found[0]).toMatch(/^North/)
    expect(names('york', 20)[0]).toBe('York')
    expect(names('york', 20)).toContain('North Yorkshire')
  })

  it('lists at most `limit` results, and nothing for an empty query or no match', () => {
    expect(names('e', 5)).toHaveLength(5)
    expect(names('')).toEqual([])
    expect(names('   ')).toEqual([])
    expect(names('zzzz')).toEqual([])
  })

  it('finds an authority by its exact name, loosely compared', () => {
    expect(findByName(real.data.authorities, 'Hampshire County Council')?.code).toBe('E10000014')
    expect(findByName(real.data.authorities, 'st helens')?.code).toBe('E08000013')
    expect(findByName(real.data.authorities, 'Hamp')).toBeUndefined()
    expect(findByName(real.data.authorities, '')).toBeUndefined()
  })

  it('builds name keys that ignore punctuation', () => {
    expect(nameKey(' Bristol,  City of ')).toBe('bristol city of')
    expect(nameKey('Stoke-on-Trent')).toBe('stoke on trent')
  })

  it('shows the official council name', () => {
    expect(displayName(real.authority('E10000014')!)).toBe('Hampshire County Council')
  })

  it('maps each authority type to an option of the profile question', () => {
    expect(PROFILE_COUNCIL_TYPE[real.authority('E09000007')!.type]).toBe('london-borough')
    expect(PROFILE_COUNCIL_TYPE[real.authority('E09000001')!.type]).toBe('city-of-london')
    expect(PROFILE_COUNCIL_TYPE[real.authority('E08000013')!.type]).toBe('metropolitan-district')
  })
})
