/**
 * The frame of every results page (ResultsFrame), its Previous / Next (ResultsPagination) and the
 * list of detail pages they follow (detail-pages.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { h, shallowRef } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import ResultsFrame from '@/components/results/ResultsFrame.vue'
import ResultsPagination from '@/components/results/ResultsPagination.vue'
import { DETAIL_TEXT, RESULTS_DETAIL, detailLinks, neighbours, type ResultsDetail } from '@/components/results/detail-pages'
import { newSavedAssessment } from '@/engine/files/saved-file'
import { assess } from '@/engine/assess/assess'
import { assessmentWith, fixtureContent } from '../../support/content'
import { govukFixture } from '../../support/gov-fixtures'

// The council's figures: none unless a test says so (the real loader fetches the national data).
const figures = shallowRef<object | null>(null)
vi.mock('@/council/use-council', () => ({ useCouncilNumbers: () => ({ numbers: figures }) }))
afterEach(() => {
  figures.value = null
})

const content = fixtureContent()
const answered = assess(content, assessmentWith({ 'a-essential': 'not-in-place', 'a-yes': 'dont-know', 'b-one': 'yes' }))
const empty = assess(content, assessmentWith({}))

function fileFor(council = 'Anytown Borough Council') {
  const file = newSavedAssessment(content, '2026-12-01T09:00:00.000Z')
  file.assessment.profile['council-name'] = council
  return file
}

function router() {
  const page = { render: () => null }
  const names = ['results', 'start', 'upload', ...RESULTS_DETAIL.map((p) => `results-${p}`)]
  return createRouter({ history: createMemoryHistory(), routes: names.map((name) => ({ name, path: `/${name}`, component: page })) })
}

async function frame(props: { part?: ResultsDetail; result: typeof answered; council?: string }) {
  const wrapper = mount(ResultsFrame, {
    props: { part: props.part, result: props.result, file: fileFor(props.council) },
    slots: { default: (slot: { links: { title: string }[] }) => h('p', { class: 'slot' }, slot.links.map((l) => l.title).join(' | ')) },
    global: { plugins: [router()] },
  })
  await flushPromises()
  return wrapper
}

describe('ResultsFrame', () => {
  it('before any answer says there is nothing to show yet, under the page’s own title, with a way back and no paging', async () => {
    const wrapper = await frame({ part: 'themes', result: empty })
    expect(wrapper.get('h1').text()).toBe('Scores and findings by theme')
    expect(document.title).toBe('Scores and findings by theme – Library service self-assessment')
    expect(wrapper.text()).toContain('There is nothing to show yet.')
    expect(wrapper.get('.govuk-back-link').attributes('href')).toBe('/results')
    expect(wrapper.find('.slot').exists()).toBe(false)
    expect(wrapper.find('.govuk-pagination').exists()).toBe(false)
  })

  it('a detail page: back link, the council as caption, its content, and Previous / Next to its neighbours', async () => {
    const wrapper = await frame({ part: 'themes', result: answered })
    expect(wrapper.get('.govuk-back-link').text()).toBe('Back to your results')
    expect(wrapper.get('.govuk-caption-m').text()).toBe('Anytown Borough Council')
    expect(wrapper.get('h1').text()).toBe('Scores and findings by theme')
    expect(wrapper.find('.slot').exists()).toBe(true)
    const prev = wrapper.get('.govuk-pagination__prev a')
    const next = wrapper.get('.govuk-pagination__next a')
    expect([prev.attributes('href'), prev.get('.govuk-pagination__link-label').text()]).toEqual(['/results-risks', 'Risks and statutory essentials'])
    // No published figures, so "Your service in numbers" is passed over.
    expect([next.attributes('href'), next.get('.govuk-pagination__link-label').text()]).toEqual(['/results-case-studies', 'Case studies for you'])
  })

  it('goes to the council’s numbers when there are some', async () => {
    figures.value = {}
    const wrapper = await frame({ part: 'themes', result: answered })
    expect(wrapper.get('.govuk-pagination__next .govuk-pagination__link-label').text()).toBe('Your service in numbers')
  })

  it('the results page itself: no back link and no paging; its content gets the pages to list', async () => {
    const wrapper = await frame({ result: answered, council: '  ' })
    expect(wrapper.get('h1').text()).toBe('Your results')
    expect(wrapper.get('.govuk-caption-m').text()).toBe('Your council')
    expect(wrapper.find('.govuk-back-link').exists()).toBe(false)
    expect(wrapper.find('.govuk-pagination').exists()).toBe(false)
    // One "Don't know", so the questions for officers are listed; no figures, so the numbers are not.
    expect(wrapper.get('.slot').text()).toBe(
      RESULTS_DETAIL.filter((p) => p !== 'council-numbers')
        .map((p) => DETAIL_TEXT[p].title)
        .join(' | '),
    )
  })
})

describe('the detail pages in order', () => {
  const none = { hasNumbers: false, officerQuestions: 0 }
  const all = { hasNumbers: true, officerQuestions: 3 }

  it('lists every page when each has something to show, and leaves out those that have not', () => {
    expect(detailLinks(all).map((l) => l.part)).toEqual([...RESULTS_DETAIL])
    expect(detailLinks(none).map((l) => l.part)).not.toContain('council-numbers')
    expect(detailLinks(none).map((l) => l.part)).not.toContain('questions-for-officers')
  })

  it('the first page has no Previous and the last no Next', () => {
    expect(neighbours('risks', all).previous).toBeUndefined()
    expect(neighbours('try-another-answer', all).next).toBeUndefined()
    expect(neighbours('action-plan', none).next?.part).toBe('try-another-answer')
  })

  it('a page that is not listed, opened directly, sits where it would be', () => {
    const { previous, next } = neighbours('council-numbers', none)
    expect([previous?.part, next?.part]).toEqual(['themes', 'case-studies'])
  })
})

describe('ResultsPagination', () => {
  it('has the GOV.UK block pagination markup: landmark, rel, arrows and labels', async () => {
    const fixture = new DOMParser().parseFromString(govukFixture('pagination', 'with prev and next only and labels').html, 'text/html')
    const wrapper = mount(ResultsPagination, {
      props: { previous: { part: 'risks', ...DETAIL_TEXT.risks }, next: { part: 'case-studies', ...DETAIL_TEXT['case-studies'] } },
      global: { plugins: [router()] },
    })
    await flushPromises()
    const ours = wrapper.element as HTMLElement
    expect(ours.getAttribute('aria-label')).toBe('Pagination')
    expect(ours.classList.contains('govuk-pagination--block')).toBe(true)
    for (const rel of ['prev', 'next']) {
      const theirs = fixture.querySelector(`.govuk-pagination__${rel}`)!
      const mine = ours.querySelector(`.govuk-pagination__${rel}`)!
      expect(mine.querySelector('a')!.getAttribute('rel')).toBe(rel)
      expect(mine.querySelector('a')!.className).toBe(theirs.querySelector('a')!.className)
      expect(mine.querySelector('svg')!.getAttribute('class')).toBe(theirs.querySelector('svg')!.getAttribute('class'))
      expect(mine.querySelector('path')!.getAttribute('d')).toBe(theirs.querySelector('path')!.getAttribute('d'))
      expect(mine.querySelector('.govuk-visually-hidden:not(.govuk-pagination__link-title *)')!.textContent).toBe(':')
    }
    expect(ours.querySelector('.govuk-pagination__prev .govuk-pagination__link-title')!.textContent).toBe('Previous page')
    expect(ours.querySelector('.govuk-pagination__next .govuk-pagination__link-label')!.textContent).toBe('Case studies for you')
  })

  it('shows nothing with no page either side', () => {
    const wrapper = mount(ResultsPagination, { props: {}, global: { plugins: [router()] } })
    expect(wrapper.find('nav').exists()).toBe(false)
  })
})
