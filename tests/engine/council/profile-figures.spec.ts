import { describe, expect, it } from 'vitest'
import { figureOrigin, overridesFromProfile, prefillFor, PROFILE_FIELDS } from '../../../src/engine/council'
import { realIndex } from './fixture'

const ix = realIndex()
const hampshire = ix.authority('E10000014')!
const scilly = ix.data.authorities.find((a) => a.name === 'Isles of Scilly')!

describe('filling in "About your council" from the chosen authority', () => {
  it('fills the code, name, type, population and library counts, each with its source', () => {
    expect(prefillFor(hampshire)).toEqual([
      { fieldId: 'council-code', value: 'E10000014', source: null },
      { fieldId: 'council-name', value: 'Hampshire County Council', source: null },
      { fieldId: 'council-type', value: 'county', source: 'population' },
      { fieldId: 'population', value: 1_447_214, source: 'population' },
      { fieldId: 'static-libraries', value: 51, source: 'libraries' },
      { fieldId: 'community-libraries', value: 11, source: 'libraries' },
    ])
  })

  it('leaves out library counts the dataset does not have, rather than filling 0', () => {
    const fields = prefillFor(scilly).map((f) => f.fieldId)
    expect(fields).not.toContain(PROFILE_FIELDS.staticLibraries)
    expect(fields).toContain(PROFILE_FIELDS.population)
  })
})

describe('telling a published figure from the council’s own', () => {
  const source = ix.data.sources.libraries

  it('is the dataset’s while the value equals the published figure', () => {
    expect(figureOrigin(51, 51, source)).toEqual({ kind: 'dataset', source })
    expect(figureOrigin('51', 51, source)).toEqual({ kind: 'dataset', source })
  })

  it('is the council’s own once it differs, or when nothing was published', () => {
    expect(figureOrigin(49, 51, source)).toEqual({ kind: 'own', published: 51 })
    expect(figureOrigin('1,000', 51, source)).toEqual({ kind: 'own', published: 51 })
    expect(figureOrigin(3, null, source)).toEqual({ kind: 'own', published: null })
  })

  it('is nobody’s when blank', () => {
    expect(figureOrigin('', 51, source)).toEqual({ kind: 'none' })
    expect(figureOrigin(undefined, 51, source)).toEqual({ kind: 'none' })
  })

  it('turns corrections in the profile into overrides, ignoring unchanged figures and text that is not a number', () => {
    expect(overridesFromProfile({ population: 1_447_214, 'static-libraries': 51 }, hampshire)).toEqual({})
    expect(overridesFromProfile({ population: '1,500,000', 'static-libraries': 48, 'community-libraries': 'eleven' }, hampshire)).toEqual({
      population: 1_500_000,
      staticLibraries: 48,
    })
    expect(overridesFromProfile({ population: 0 }, hampshire)).toEqual({})
  })
})
