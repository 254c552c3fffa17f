import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import GovSummaryList, { type GovSummaryListRow } from '@/components/gov/GovSummaryList.vue'
import { canonicalHtml, govukFixture } from '../../support/gov-fixtures'

interface SummaryListOptions {
  classes?: string
  rows: {
    key: { text: string }
    value: { text?: string; html?: string }
    actions?: { items: { href: string; text: string; visuallyHiddenText?: string }[] }
  }[]
}

// A router that resolves every path, so RouterLink can render its href.
function anyPathRouter() {
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/:pathMatch(.*)*', component: { render: () => null } }] })
}

// The fixtures' links go to "#"; RouterLink renders the path of a route instead.
const EXAMPLE_PATH = '/example'

function rowFrom(row: SummaryListOptions['rows'][number]): GovSummaryListRow {
  const action = row.actions?.items[0]
  return {
    key: row.key.text,
    value: row.value.text ?? 'HTML value',
    action: action && { to: EXAMPLE_PATH, text: action.text, hiddenText: action.visuallyHiddenText ?? '' },
  }
}

/** The rows GovSummaryList cannot express: values given as HTML, and more than one action. */
function inexpressibleRows(options: SummaryListOptions): number[] {
  return options.rows.flatMap((row, index) => (row.value.html !== undefined || (row.actions?.items.length ?? 0) > 1 ? [index] : []))
}

function withoutRows(html: string, indices: number[]): string {
  const list = new DOMParser().parseFromString(html, 'text/html').querySelector('dl')
  if (!list) throw new Error('no summary list in the HTML')
  const rows = [...list.children]
  for (const index of indices) rows[index]?.remove()
  return list.outerHTML
}

describe('GovSummaryList', () => {
  // Rows with an HTML value or several actions are left out of both sides of the comparison, but
  // are still mounted so they count towards which rows have actions.
  it.each(['default', 'no-border', 'with actions', 'with some actions', 'single action with anchor'])(
    'renders the expressible rows of the govuk "%s" fixture',
    (name) => {
      const fixture = govukFixture('summary-list', name)
      const options = fixture.options as unknown as SummaryListOptions
      const wrapper = mount(GovSummaryList, {
        props: { rows: options.rows.map(rowFrom), noBorder: options.classes === 'govuk-summary-list--no-border' },
        global: { plugins: [anyPathRouter()] },
      })
      const skipped = inexpressibleRows(options)
      const ours = withoutRows(wrapper.html({ raw: true }), skipped)
      const theirs = withoutRows(fixture.html.replaceAll('href="#"', `href="${EXAMPLE_PATH}"`), skipped)
      expect(canonicalHtml(ours)).toBe(canonicalHtml(theirs))
    },
  )

  it('compares at least one row of every fixture it uses', () => {
    for (const name of ['default', 'no-border', 'with actions', 'with some actions', 'single action with anchor']) {
      const options = govukFixture('summary-list', name).options as unknown as SummaryListOptions
      expect(inexpressibleRows(options).length).toBeLessThan(options.rows.length)
    }
  })

  it('shows each line of a note as its own paragraph', () => {
    const wrapper = mount(GovSummaryList, {
      props: { rows: [{ key: 'Notes', value: 'First line\nSecond line', valueLines: ['First line', 'Second line'] }] },
      global: { plugins: [anyPathRouter()] },
    })
    expect(wrapper.findAll('dd p').map((p) => p.text())).toEqual(['First line', 'Second line'])
  })

  it('isolates each line of a note, so a right-to-left override cannot reorder the page (review D7)', () => {
    const wrapper = mount(GovSummaryList, {
      props: { rows: [{ key: 'Notes', value: 'Anytown \u202Egnp.exe', valueLines: ['Anytown \u202Egnp.exe'] }] },
      global: { plugins: [anyPathRouter()] },
    })
    expect(wrapper.get('dd p').attributes('dir')).toBe('auto')
  })

  it('names a change link with its hidden text, as two words', () => {
    const wrapper = mount(GovSummaryList, {
      props: { rows: [{ key: 'Name', value: 'Sam', action: { to: '/about-your-council', text: 'Change', hiddenText: 'your name' } }] },
      global: { plugins: [anyPathRouter()] },
    })
    const link = wrapper.get('a')
    expect(link.text()).toBe('Change your name')
    expect(link.attributes('href')).toBe('/about-your-council')
  })
})
