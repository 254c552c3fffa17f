import { describe, expect, it } from 'vitest'
import { similarCaseStudies } from '../../../src/engine/council'
import { realIndex } from './fixture'

const ix = realIndex()

describe('case studies from similar councils', () => {
  it('finds case studies about the council’s nearest neighbours, with the neighbour’s rank', () => {
    // Hampshire's neighbours include Worcestershire, West Sussex, Kent, Suffolk, Hertfordshire and Somerset.
    const s = similarCaseStudies(ix, 'E10000014')
    const worcester = s.get('the-hive-worcester')!
    expect(worcester).toMatchObject({ code: 'E10000034', name: 'Worcestershire', relation: 'neighbour', predecessor: false })
    expect(worcester.rank).toBe(ix.data.neighbours['E10000014']!.indexOf('E10000034') + 1)
    expect(worcester.reason).toBe('A council similar to yours: Worcestershire is one of the 15 councils most like yours (ONS nearest neighbours)')
    expect(s.has('understand-me-west-sussex')).toBe(true)
    expect(s.has('leeds-community-hubs')).toBe(false)
  })

  it('marks case studies about the council itself', () => {
    const s = similarCaseStudies(ix, 'E10000014')
    expect(s.get('hampshire-dots')).toMatchObject({ relation: 'own', rank: null, reason: 'About your own council' })
  })

  it('notes a case study about a council that was reorganised into this one', () => {
    expect(similarCaseStudies(ix, 'E06000061').get('lesson-northamptonshire-2018')).toMatchObject({
      relation: 'own',
      predecessor: true,
      reason: 'About your own council (before it was reorganised)',
    })
  })

  it('keeps the closest link when a case study names several councils', () => {
    // Tri-borough: Westminster, Kensington and Chelsea, Hammersmith and Fulham. For Kensington and Chelsea it is its own.
    expect(similarCaseStudies(ix, 'E09000020').get('tri-borough-libraries')?.relation).toBe('own')
    const camden = similarCaseStudies(ix, 'E09000007').get('tri-borough-libraries')!
    const ranks = ['E09000033', 'E09000020', 'E09000013'].map((c) => ix.data.neighbours['E09000007']!.indexOf(c) + 1).filter((r) => r > 0)
    expect(camden.rank).toBe(Math.min(...ranks))
  })

  it('gives nothing for an unknown code', () => {
    expect(similarCaseStudies(ix, 'E99999999').size).toBe(0)
  })
})
