import { describe, expect, it } from 'vitest'
import { median, percentOf, perHundredThousand, perThousand, rankHighFirst, roundTo } from '../../../src/engine/council'

describe('rates', () => {
  it('gives a count per 1,000 residents to 1 decimal place', () => {
    // Hampshire's visits in data/: 3,362,644 for 1,447,214 residents.
    expect(perThousand(3_362_644, 1_447_214)).toBe(2323.5)
    expect(perThousand(1, 3)).toBe(333.3)
  })

  it('gives a count per 100,000 residents to 1 decimal place', () => {
    expect(perHundredThousand(51, 1_447_214)).toBe(3.5)
    expect(perHundredThousand(12, 216_943)).toBe(5.5)
  })

  it('gives a share as a percentage to 1 decimal place', () => {
    expect(percentOf(11, 51)).toBe(21.6)
    expect(percentOf(0, 12)).toBe(0)
  })

  it('gives null, never 0, when a figure or the population is missing', () => {
    expect(perThousand(null, 1000)).toBeNull()
    expect(perThousand(undefined, 1000)).toBeNull()
    expect(perThousand(10, null)).toBeNull()
    expect(perThousand(10, 0)).toBeNull()
    expect(perHundredThousand(null, 1000)).toBeNull()
    expect(percentOf(1, 0)).toBeNull()
    expect(percentOf(null, 10)).toBeNull()
  })

  it('rounds without binary artefacts', () => {
    expect(roundTo((2597.3 + 3126.6) / 2, 2)).toBe(2861.95)
  })
})

describe('median', () => {
  it('is the middle value of an odd count', () => {
    expect(median([5, 1, 3])).toBe(3)
  })

  it('is the mean of the two middle values of an even count', () => {
    expect(median([3000, 1000, 2500, 1500])).toBe(2000)
    expect(median([1, 2])).toBe(1.5)
    expect(median([2818.6, 2905.3])).toBe(2861.95)
  })

  it('is null for no values, and does not reorder its input', () => {
    expect(median([])).toBeNull()
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })
})

describe('rank', () => {
  it('ranks 1 for the highest, and equal values share a rank', () => {
    expect(rankHighFirst(10, [10, 5, 1])).toBe(1)
    expect(rankHighFirst(1, [10, 5, 1])).toBe(3)
    expect(rankHighFirst(5, [10, 5, 5, 1])).toBe(2)
  })
})
