import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import PresentSlide from '@/components/present/PresentSlide.vue'
import { assess } from '@/engine/assess/assess'
import { buildSlides, type Slide } from '@/outputs/slides/build-slides'
import { themeChart } from '@/outputs/chart/theme-chart'
import { assessmentWith, fixtureContent } from '../../support/content'

const content = fixtureContent()
const result = assess(content, assessmentWith({ 'a-essential': 'started', 'b-one': 'partly', 'b-two': 'in-place' }, { profile: { 'changes-planned': 'reductions' } }))
const slides = buildSlides(result, content, { council: 'Anytown Council' })
const slide = (id: string) => slides.find((s) => s.id === id) as Slide

function mountSlide(s: Slide) {
  const chart = s.kind === 'theme' ? themeChart([{ id: s.theme.id, title: s.theme.title, score: s.theme.score, rag: s.theme.band?.rag ?? null }], s.bands) : null
  return mount(PresentSlide, { props: { slide: s, chart, headingId: 'slide-heading' }, attachTo: document.body })
}

describe('PresentSlide', () => {
  it.each(slides.map((s) => [s.id, s.title]))('gives slide %s one level 1 heading, “%s”', (id, title) => {
    const wrapper = mountSlide(slide(id))
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual([title])
    expect(wrapper.find('section').attributes('aria-labelledby')).toBe('slide-heading')
    wrapper.unmount()
  })

  it('shows a theme’s rating in words as well as colour, with its numbers as text', () => {
    const wrapper = mountSlide(slide('theme-beta'))
    expect(wrapper.text()).toContain('Amber: Partly in place')
    expect(wrapper.text()).toContain('Score58 out of 100')
    expect(wrapper.find('svg[role="img"] title').text()).toBe('Assess beta: score out of 100')
    wrapper.unmount()
  })

  it('lists items with their detail', () => {
    const wrapper = mountSlide(slide('critical-risks'))
    expect(wrapper.findAll('ol > li').map((li) => li.text())).toEqual(['Reductions without alphaDo alpha.'])
    wrapper.unmount()
  })

  it('moves focus to its heading when asked', () => {
    const wrapper = mountSlide(slide('headline'))
    ;(wrapper.vm as unknown as { focusHeading: () => void }).focusHeading()
    expect(document.activeElement?.textContent).toBe('Headline')
    wrapper.unmount()
  })
})
