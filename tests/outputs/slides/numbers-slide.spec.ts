/** "Your service in numbers" on a slide: after the critical risks, gaps said plainly, every source and year in the footer. */
import { describe, expect, it } from 'vitest'
import { assess } from '@/engine/assess/assess'
import { buildSlides } from '@/outputs/slides/build-slides'
import { numbersSlide } from '@/outputs/slides/numbers-slide'
import { councilNumbers } from '@/outputs/council-numbers'
import { assessmentWith, fixtureContent } from '../../support/content'
import { realIndex, standardIndex } from '../../engine/council/fixture'

describe('the numbers slide', () => {
  it('comes after the critical risks only when numbers are given', () => {
    const content = fixtureContent()
    const result = assess(content, assessmentWith({ 'a-essential': 'started' }))
    const without = buildSlides(result, content).map((s) => s.id)
    expect(without).not.toContain('council-numbers')
    const ids = buildSlides(result, content, { numbers: councilNumbers(standardIndex(), 'E06000901') }).map((s) => s.id)
    expect(ids.indexOf('council-numbers')).toBe(ids.indexOf('critical-risks') + 1)
  })

  it('gives Hampshire’s figures, the advice prompt and the sources with their years', () => {
    const slide = numbersSlide(councilNumbers(realIndex(), 'E10000014')!)
    if (slide.kind !== 'numbers') throw new Error('not a numbers slide')
    expect(slide.rows.find((r) => r.id === 'physical_visits')).toEqual({
      id: 'physical_visits',
      title: 'Physical visits per 1,000 residents',
      council: '2,323.5',
      median: '2,128.7',
      rank: '5 of 13',
    })
    expect(slide.advice).toHaveLength(1)
    expect(slide.advice[0]).toMatch(/^Worth checking: Static libraries per 100,000 residents: your figure \(3\.5\)/)
    expect(slide.footer[0]).toContain(
      'Arts Council England, Libraries Activity Data 2023-24; population: ONS mid-2024 population estimates (April 2023 to March 2024; residents: mid-2024)',
    )
    expect(slide.footer[0]).toContain('Arts Council England, Libraries Basic Dataset 2023')
    expect(slide.footer[1]).toContain('ONS local authority statistical nearest neighbours')
  })

  it('says "No figure" for a gap, never 0, and shows at most two prompts', () => {
    const slide = numbersSlide(councilNumbers(standardIndex(), 'E06000901')!)
    if (slide.kind !== 'numbers') throw new Error('not a numbers slide')
    expect(slide.rows.find((r) => r.id === 'loans_physical_books')!.council).toBe('No figure')
    expect(slide.rows.every((r) => !/^0(\.0)?$/.test(r.council))).toBe(true)
    expect(slide.advice.length).toBeLessThanOrEqual(2)
  })
})
