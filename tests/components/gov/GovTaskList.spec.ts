import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import GovTaskList, { type GovTaskListItem } from '@/components/gov/GovTaskList.vue'
import { canonicalHtml, govukFixture } from '../../support/gov-fixtures'

interface TaskListOptions {
  items: {
    title: { text: string }
    href?: string
    hint?: { text: string }
    status: { text?: string; classes?: string; tag?: { text: string; classes?: string } }
  }[]
}

// A router that resolves every path, so RouterLink can render its href.
function anyPathRouter() {
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/:pathMatch(.*)*', component: { render: () => null } }] })
}

// The fixtures' links go to "#"; RouterLink renders the path of a route instead.
const EXAMPLE_PATH = '/example'

function itemFrom(item: TaskListOptions['items'][number]): GovTaskListItem {
  return {
    title: item.title.text,
    to: item.href ? EXAMPLE_PATH : undefined,
    hint: item.hint?.text,
    status: item.status.tag?.text ?? item.status.text ?? '',
    tagClass: item.status.tag?.classes,
    cannotStartYet: item.status.classes === 'govuk-task-list__status--cannot-start-yet',
  }
}

describe('GovTaskList', () => {
  it.each(['default', 'with hint text and additional states'])('renders the govuk "%s" fixture', (name) => {
    const fixture = govukFixture('task-list', name)
    const options = fixture.options as unknown as TaskListOptions
    const wrapper = mount(GovTaskList, { props: { items: options.items.map(itemFrom) }, global: { plugins: [anyPathRouter()] } })
    const expected = fixture.html.replaceAll('href="#"', `href="${EXAMPLE_PATH}"`)
    expect(canonicalHtml(wrapper.html({ raw: true }))).toBe(canonicalHtml(expected))
  })

  it('describes a task link by its hint and then its status', () => {
    const wrapper = mount(GovTaskList, {
      props: {
        idPrefix: 'theme',
        items: [{ title: 'Governance', to: '/themes/governance/q1', hint: '6 questions', status: 'Not started', tagClass: 'govuk-tag--blue' }],
      },
      global: { plugins: [anyPathRouter()] },
    })
    const describedBy = wrapper.get('a').attributes('aria-describedby')?.split(' ') ?? []
    expect(describedBy.map((id) => wrapper.get(`#${id}`).text())).toEqual(['6 questions', 'Not started'])
  })

  it('shows a task that cannot start yet as text, not a link', () => {
    const wrapper = mount(GovTaskList, {
      props: { items: [{ title: 'Check your answers', status: 'Cannot start yet', cannotStartYet: true }] },
      global: { plugins: [anyPathRouter()] },
    })
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.get('li').text()).toBe('Check your answersCannot start yet')
  })
})
