import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount, type VueWrapper } from '@vue/test-utils'
import GovErrorSummary from '@/components/gov/GovErrorSummary.vue'
import GovInput from '@/components/gov/GovInput.vue'
import GovRadios from '@/components/gov/GovRadios.vue'
import { canonicalHtml, govukFixture } from '../../support/gov-fixtures'

interface ErrorSummaryOptions {
  titleText: string
  errorList: { text: string; href: string }[]
}

function link(wrapper: VueWrapper, text: string) {
  const found = wrapper.findAll('a').find((a) => a.text() === text)
  if (!found) throw new Error(`no link "${text}"`)
  return found
}

const errors = [
  { text: 'Select whether you have changed your name', href: '#changed' },
  { text: 'Enter your council’s name', href: '#council' },
]

// jsdom has no layout, so it has no scrollIntoView: record what would have been scrolled to.
let scrolledTo: Element[] = []
const originalScrollIntoView = Element.prototype.scrollIntoView
beforeEach(() => {
  scrolledTo = []
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this)
  }
})
afterEach(() => {
  Element.prototype.scrollIntoView = originalScrollIntoView
})

enableAutoUnmount(afterEach)

function mountFormWithSummary() {
  mount(GovRadios, {
    props: {
      name: 'changed',
      legend: 'Have you changed your name?',
      items: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
      ],
    },
    attachTo: document.body,
  })
  mount(GovInput, { props: { id: 'council', name: 'council', label: 'Council name' }, attachTo: document.body })
  return mount(GovErrorSummary, { props: { errors }, attachTo: document.body })
}

describe('GovErrorSummary', () => {
  it('renders the govuk "default" fixture', () => {
    const fixture = govukFixture('error-summary', 'default')
    const options = fixture.options as unknown as ErrorSummaryOptions
    const wrapper = mount(GovErrorSummary, { props: { title: options.titleText, errors: options.errorList } })
    // govuk-frontend's script adds tabindex="-1" when it focuses the summary; we render it, so the
    // fixture (the markup before any script runs) lacks it.
    const ours = wrapper.html({ raw: true }).replace(' tabindex="-1"', '')
    expect(canonicalHtml(ours)).toBe(canonicalHtml(fixture.html))
  })

  it('is titled "There is a problem" unless told otherwise', () => {
    const wrapper = mount(GovErrorSummary, { props: { errors } })
    expect(wrapper.get('h2').text()).toBe('There is a problem')
  })

  it('takes focus when it appears', () => {
    const wrapper = mount(GovErrorSummary, { props: { errors }, attachTo: document.body })
    expect(document.activeElement).toBe(wrapper.element)
  })

  it('moves focus to the first radio of a radios field and scrolls its legend into view', async () => {
    const summary = mountFormWithSummary()
    await link(summary, 'Select whether you have changed your name').trigger('click')
    expect(document.activeElement).toBe(document.getElementById('changed'))
    expect(scrolledTo.map((e) => e.textContent)).toEqual(['Have you changed your name?'])
  })

  it('moves focus to a text field and scrolls its label into view', async () => {
    const summary = mountFormWithSummary()
    await link(summary, 'Enter your council’s name').trigger('click')
    expect(document.activeElement).toBe(document.getElementById('council'))
    expect(scrolledTo.map((e) => e.tagName + ' ' + e.textContent)).toEqual(['LABEL Council name'])
  })

  it('leaves the URL as it is when a link is followed', () => {
    const summary = mountFormWithSummary()
    const before = window.location.href
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    link(summary, 'Enter your council’s name').element.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(window.location.href).toBe(before)
  })
})
