import { describe, expect, it } from 'vitest'
import { partsFor } from '@/router/content-guard'

const BOTH = ['questions', 'results']

describe('content each page waits for', () => {
  it('gives a question page the questions but not the results', () => {
    expect(partsFor('question', true, BOTH)).toEqual(['questions'])
    expect(partsFor('profile', false, BOTH)).toEqual(['questions'])
    expect(partsFor('tasks', false, BOTH)).toEqual(['questions'])
  })
  it('gives the pages that assess both parts, and unknown or new pages too', () => {
    expect(partsFor('results', true, BOTH)).toEqual(BOTH)
    expect(partsFor('check', true, BOTH)).toEqual(BOTH)
    expect(partsFor('some-new-page', false, BOTH)).toEqual(BOTH)
    expect(partsFor(undefined, false, BOTH)).toEqual(BOTH)
  })
  it('gives the static pages nothing, unless saved answers must be read back against the questions', () => {
    expect(partsFor('start', false, BOTH)).toEqual([])
    expect(partsFor('accessibility', false, BOTH)).toEqual([])
    expect(partsFor('start', true, BOTH)).toEqual(['questions'])
  })
  it('asks only for the parts this build has', () => {
    expect(partsFor('results', true, ['results'])).toEqual(['results'])
    expect(partsFor('question', true, ['results'])).toEqual([])
    expect(partsFor('results', true, [])).toEqual([])
  })
})
