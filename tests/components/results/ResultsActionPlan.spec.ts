/**
 * The action plan editor: every field stops at the limit the saved file allows (review D1: a
 * 56-character target date used to make the whole assessment unreadable), and the person's own
 * text is isolated so it cannot reorder what is around it (D7).
 */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ResultsActionPlan from '@/components/results/ResultsActionPlan.vue'
import { MAX_ACTION_ROWS, TEXT_LIMITS } from '@/engine/files/limits'
import { newSavedAssessment, readSavedAssessment, serialiseSavedAssessment, type ActionRow } from '@/engine/files/saved-file'
import { fixtureContent } from '../../support/content'

const row: ActionRow = {
  id: 'act-1',
  action: 'Publish the needs assessment',
  lead: 'Head of libraries',
  targetDate: 'March 2027',
  measure: 'Published',
  source: 'user',
}
const newId = () => 'user-new'

describe('ResultsActionPlan', () => {
  it.each([
    ['act-1-action', 'textarea', TEXT_LIMITS.action],
    ['act-1-lead', 'input', TEXT_LIMITS.lead],
    ['act-1-date', 'input', TEXT_LIMITS.targetDate],
    ['act-1-measure', 'textarea', TEXT_LIMITS.measure],
  ])('stops the field %s at the saved-file limit and counts towards it', (id, tag, max) => {
    const wrapper = mount(ResultsActionPlan, { props: { rows: [row], newId } })
    const field = wrapper.get(`${tag}#action-${id}`)
    expect(field.attributes('maxlength')).toBe(String(max))
    expect(wrapper.get(`#action-${id}-info`).text()).toBe(`You can enter up to ${max.toLocaleString('en-GB')} characters`)
  })

  it('gives a file that reads back whole when every field is at its limit', async () => {
    const wrapper = mount(ResultsActionPlan, { props: { rows: [row], newId } })
    let rows = [row]
    for (const [id, tag, max] of [
      ['act-1-action', 'textarea', TEXT_LIMITS.action],
      ['act-1-lead', 'input', TEXT_LIMITS.lead],
      ['act-1-date', 'input', TEXT_LIMITS.targetDate],
      ['act-1-measure', 'textarea', TEXT_LIMITS.measure],
    ] as const) {
      await wrapper.get(`${tag}#action-${id}`).setValue('ŵ'.repeat(max))
      rows = wrapper.emitted('update:rows')!.at(-1)![0] as ActionRow[]
      await wrapper.setProps({ rows })
    }
    const content = fixtureContent()
    const file = { ...newSavedAssessment(content, '2026-12-01T00:00:00.000Z'), actionPlan: rows }
    const read = readSavedAssessment(serialiseSavedAssessment(file), content)
    expect(read).toMatchObject({ ok: true, setAside: [] })
    expect(read.ok && read.file.actionPlan).toEqual(rows)
  })

  it('takes the long target date the review typed, which the old 40-character limit refused', async () => {
    const wrapper = mount(ResultsActionPlan, { props: { rows: [row], newId } })
    const date = 'By the end of the 2027/28 financial year, after cabinet'
    await wrapper.get('input#action-act-1-date').setValue(date)
    expect(wrapper.emitted('update:rows')!.at(-1)![0]).toEqual([{ ...row, targetDate: date }])
    await wrapper.setProps({ rows: [{ ...row, targetDate: date }] })
    expect(wrapper.get('#action-act-1-date ~ .govuk-character-count__status').text()).toBe(
      `You have ${TEXT_LIMITS.targetDate - date.length} characters remaining`,
    )
  })

  it('isolates the person’s text in the table', () => {
    const wrapper = mount(ResultsActionPlan, { props: { rows: [{ ...row, lead: 'Anytown \u202Egnp.exe' }], newId } })
    const cells = wrapper.findAll('tbody td')
    expect(cells[0]!.find('bdi').text()).toBe(row.action)
    expect(cells.slice(1).every((c) => c.attributes('dir') === 'auto')).toBe(true)
  })

  it(`stops adding actions at ${MAX_ACTION_ROWS}, saying so`, () => {
    const rows = Array.from({ length: MAX_ACTION_ROWS }, (_v, i) => ({ ...row, id: `act-${i}` }))
    const wrapper = mount(ResultsActionPlan, { props: { rows, newId } })
    expect(wrapper.findAll('button').some((b) => b.text() === 'Add an action')).toBe(false)
    expect(wrapper.text()).toContain(`The action plan holds up to ${MAX_ACTION_ROWS} actions. Remove one to add another.`)
  })
})
