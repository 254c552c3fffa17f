import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import GovBackLink from '@/components/gov/GovBackLink.vue'
import { canonicalHtml, govukFixture } from '../../support/gov-fixtures'

// A router that resolves every path, so RouterLink can render its href.
function anyPathRouter() {
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/:pathMatch(.*)*', component: { render: () => null } }] })
}

describe('GovBackLink', () => {
  it('renders the govuk "default" fixture', () => {
    const fixture = govukFixture('back-link', 'default')
    const wrapper = mount(GovBackLink, { props: { to: '/example' }, global: { plugins: [anyPathRouter()] } })
    // RouterLink renders the path of a route, never govuk's placeholder href="#".
    const expected = fixture.html.replace('href="#"', 'href="/example"')
    expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(expected))
  })

  it('renders the govuk "with custom text and link" fixture', () => {
    const fixture = govukFixture('back-link', 'with custom text and link')
    const options = fixture.options as { href: string; text: string }
    const wrapper = mount(GovBackLink, { props: { to: options.href, text: options.text }, global: { plugins: [anyPathRouter()] } })
    expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(fixture.html))
  })
})
