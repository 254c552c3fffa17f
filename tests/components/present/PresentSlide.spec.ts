import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import PresentSlide from '@/components/present/PresentSlide.vue'
import { assess } from '@/engine/assess/assess'
import { buildSlides, type Slide } from '@/outputs/slides/build-slides'
import { assessmentWith, fixtureContent } from '../../support/content'

const content = fixtureContent()
const result = assess(
  content,
  assessmentWith({ 'a-essential': 'started', 'b-one': 'no', 'b-two': 'started' }, { profile: { 'changes-planned': 'reductions' } }),
)
const slides = buildSlides(result, content, { council: 'Anytown Council' })
const slide = (id: string) => slides.find((s) => s.id === id) as Slide

function mountSlide(s: Slide) {
  return mount(PresentSlide, { props: { slide: s, headingId: 'slide-heading' }, attachTo: document.body })
}

describe('PresentSlide', () => {
  it.each(slides.map((s) => [s.id, s.title]))('gives slide %s one level 1 heading, “%s”', (id, title) => {
    const wrapper = mountSlide(slide(id))
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual([title])
    expect(wrapper.find('section').attributes('aria-labelledby')).toBe('slide-heading')
    wrapper.unmount()
  })

  it('shows a Red theme’s rating in words as well as colour, with its numbers as text and no chart image', () => {
    const wrapper = mountSlide(slide('theme-beta'))
    expect(wrapper.text()).toContain('Red: Significant gaps')
    expect(wrapper.text()).toContain('Score17 out of 100')
    expect(wrapper.text()).toContain('17 out of 100, Red')
    expect(wrapper.find('svg').exists()).toBe(false)
    wrapper.unmount()
  })

  it('puts the count of themes by rating above the summary of all themes', () => {
    const wrapper = mountSlide(slide('overview'))
    expect(wrapper.find('p').text()).toBe('2 Red. The next 2 slides show the Red themes.')
    expect(wrapper.findAll('li')).toHaveLength(2)
    wrapper.unmount()
  })

  it('lists items with their detail', () => {
    const wrapper = mountSlide(slide('critical-risks'))
    expect(wrapper.findAll('ol > li').map((li) => li.text())).toEqual(['Reductions without alphaDo alpha.'])
    wrapper.unmount()
  })

  it('shows an item’s tag in words before its title', () => {
    const wrapper = mountSlide({
      kind: 'list',
      id: 'room-split',
      title: 'Where the room split',
      lead: '1 question',
      items: [{ title: 'Beta one', tag: 'Strong disagreement', detail: 'Yes: 2, No: 1.' }],
      more: 0,
    })
    expect(wrapper.find('ol > li').text()).toBe('Strong disagreementBeta oneYes: 2, No: 1.')
    wrapper.unmount()
  })

  it('moves focus to its heading when asked', () => {
    const wrapper = mountSlide(slide('headline'))
    ;(wrapper.vm as unknown as { focusHeading: () => void }).focusHeading()
    expect(document.activeElement?.textContent).toBe('Summary')
    wrapper.unmount()
  })
})

describe('PresentSlide: your service in numbers', () => {
  it('shows the figures as a table with header cells, and the sources', async () => {
    const { councilNumbers } = await import('@/outputs/council-numbers')
    const { numbersSlide } = await import('@/outputs/slides/numbers-slide')
    const { standardIndex } = await import('../../engine/council/fixture')
    const wrapper = mountSlide(numbersSlide(councilNumbers(standardIndex(), 'E06000901')!))
    expect(wrapper.findAll('thead th').map((t) => t.text())).toEqual(['Measure', 'Your council', 'Neighbours’ median', 'Your rank'])
    const visits = wrapper.findAll('tbody tr')[0]!
    expect(visits.findAll('th, td').map((c) => c.text())).toEqual(['Physical visits per 1,000 residents', '2,000.0', '2,000.0', '3 of 5'])
    expect(wrapper.text()).toContain('Sources:')
    wrapper.unmount()
  })
})
