import { describe, expect, it } from 'vitest'
import { emptyWorkshopState, readWorkshopState, serialiseWorkshopState, type WorkshopState } from '../../../src/engine/workshop/workshop-state'
import { fixtureContent } from '../../support/content'
import { saved } from '../../support/workshop'

const content = fixtureContent()
const file = saved(content, { 'b-one': 'yes' })
const state: WorkshopState = {
  nextId: 3,
  files: [{ id: 'file-1', name: 'ann.json', messages: ['a warning'], file }],
  showNames: true,
  decisions: { agreed: { 'b-one': 'partly', 'b-two': null }, notes: { 'b-one': 'From the plan' }, dissent: { 'b-one': 'Cat: no' } },
  earlier: { name: 'last-year.json', file },
}

describe('readWorkshopState', () => {
  it('reads back what it wrote', () => {
    expect(readWorkshopState(serialiseWorkshopState(state), content)).toEqual(state)
  })

  it('starts with names hidden', () => {
    expect(emptyWorkshopState().showNames).toBe(false)
  })

  it('reads a version 1 workshop with names hidden, whatever it said', () => {
    const v1 = JSON.stringify({
      version: 1,
      nextId: 2,
      files: [{ id: 'file-1', name: 'ann.json', messages: [], file }],
      hideNames: false,
      decisions: state.decisions,
      earlier: null,
    })
    expect(readWorkshopState(v1, content)).toMatchObject({ showNames: false, files: [{ id: 'file-1' }], decisions: state.decisions })
  })

  it.each([
    ['not JSON', '{ nope'],
    ['another kind of JSON', '{"name":"x"}'],
    ['a newer version', JSON.stringify({ ...JSON.parse(serialiseWorkshopState(state)), version: 9 })],
    [
      'a damaged respondent file',
      JSON.stringify({ ...JSON.parse(serialiseWorkshopState(state)), files: [{ id: 'file-1', name: 'ann.json', file: { format: 'x' } }] }),
    ],
    ['a file without an id', JSON.stringify({ ...JSON.parse(serialiseWorkshopState(state)), files: [{ name: 'ann.json', file }] })],
  ])('refuses %s', (_name, text) => {
    expect(readWorkshopState(text, content)).toBeNull()
  })

  it('drops damaged decisions or a damaged earlier assessment on their own', () => {
    const stored = JSON.parse(serialiseWorkshopState(state))
    const damaged = JSON.stringify({
      ...stored,
      decisions: { agreed: { 'b-one': { no: 1 } }, notes: {}, dissent: {} },
      earlier: { name: 'x.json', file: 'nope' },
    })
    expect(readWorkshopState(damaged, content)).toMatchObject({ files: state.files, decisions: { agreed: {}, notes: {}, dissent: {} }, earlier: null })
  })

  it('fills in a missing next id from the files', () => {
    const stored = JSON.parse(serialiseWorkshopState(state))
    delete stored.nextId
    expect(readWorkshopState(JSON.stringify(stored), content)?.nextId).toBe(2)
  })
})
