import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import GovNotificationBanner from '@/components/gov/GovNotificationBanner.vue'
import { canonicalHtml, govukFixture } from '../../support/gov-fixtures'

interface BannerOptions {
  type?: 'success'
  titleText?: string
  titleId?: string
  role?: string
  text: string
}

describe('GovNotificationBanner', () => {
  it.each(['default', 'with type as success', 'custom title', 'custom title id', 'custom role'])('renders the govuk "%s" fixture', (name) => {
    const fixture = govukFixture('notification-banner', name)
    const options = fixture.options as unknown as BannerOptions
    const wrapper = mount(GovNotificationBanner, {
      props: { type: options.type, title: options.titleText, titleId: options.titleId, role: options.role },
      // govuk wraps plain `text` in this paragraph; GovNotificationBanner takes its content as a slot.
      slots: { default: () => h('p', { class: 'govuk-notification-banner__heading' }, options.text) },
    })
    expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(fixture.html))
  })

  it('is an alert titled "Success" when it reports a success', () => {
    const wrapper = mount(GovNotificationBanner, { props: { type: 'success' } })
    expect(wrapper.attributes('role')).toBe('alert')
    expect(wrapper.get('h2').text()).toBe('Success')
  })

  it('is a region named by its title otherwise', () => {
    const wrapper = mount(GovNotificationBanner, { props: { title: 'Your answers were not saved', titleId: 'save-title' } })
    expect(wrapper.attributes('role')).toBe('region')
    expect(wrapper.attributes('aria-labelledby')).toBe('save-title')
    expect(wrapper.get('#save-title').text()).toBe('Your answers were not saved')
  })
})
