import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ContentPage from '@/components/layout/ContentPage.vue'
import { SERVICE_NAME } from '@/composables/use-page'

describe('ContentPage', () => {
  it('puts the title in the h1 above the content, in the two-thirds column', () => {
    const wrapper = mount(ContentPage, { props: { title: 'Privacy notice' }, slots: { default: '<p class="govuk-body">Nowhere.</p>' } })
    const column = wrapper.get('.govuk-grid-row > .govuk-grid-column-two-thirds')
    expect(column.findAll(':scope > *').map((e) => e.element.tagName)).toEqual(['H1', 'P'])
    expect(column.get('h1').text()).toBe('Privacy notice')
  })

  it('gives the page its document title', () => {
    mount(ContentPage, { props: { title: 'Help' } })
    expect(document.title).toBe(`Help – ${SERVICE_NAME}`)
  })
})
