import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import WorkshopQuestion from '@/components/workshop/WorkshopQuestion.vue'
import { aggregate } from '@/engine/workshop/aggregate'
import { agreedAnswers, emptyDecisions, type ConsensusDecisions } from '@/engine/workshop/consensus'
import { answerChoices } from '@/engine/workshop/answer-form'
import { fixtureContent } from '../../support/content'
import { respondents } from '../../support/workshop'
import { byLabel, button } from '../../support/workshop-queries'

const content = fixtureContent()
const room = respondents(content, [
  { 'b-one': 'yes', 'a-multi': ['one'], 'a-hours': 12 },
  { 'b-one': 'yes', 'a-hours': 12 },
  { 'b-one': 'no', 'a-multi': ['two'] },
])
const agg = aggregate(content, room)
const names = { 'id-1': 'Ann', 'id-2': 'Bob', 'id-3': 'Cat' }

/** WorkshopQuestion for one question of a room (by default the three-person room above, names shown). */
function mountQuestion(
  id: string,
  decisions: ConsensusDecisions = emptyDecisions(),
  room: { agg?: typeof agg; agreedText?: string; names?: Record<string, string>; showWho?: boolean } = {},
) {
  const from = room.agg ?? agg
  const question = content.themes.flatMap((t) => t.questions).find((q) => q.id === id)!
  return mount(WorkshopQuestion, {
    props: {
      question: from.questions.find((q) => q.id === id)!,
      rank: 1,
      agreed: agreedAnswers(from, decisions).find((a) => a.questionId === id)!,
      choices: answerChoices(question, content.framework),
      agreedText: room.agreedText ?? 'Yes',
      names: room.names ?? names,
      showWho: room.showWho ?? true,
      unit: question.kind === 'number' ? question.unit : undefined,
    },
  })
}

describe('WorkshopQuestion', () => {
  it('shows how many gave each answer, their share and who', () => {
    const items = mountQuestion('b-one')
      .find('ul')
      .findAll('li')
      .map((li) => li.text().replace(/\s+/g, ' ').trim())
    expect(items).toEqual(['Yes 2 of 3 (67%) Ann, Bob', 'Partly 0 of 3 (0%)', 'No 1 of 3 (33%) Cat', "Don't know 0 of 3 (0%)"])
  })

  it('names the disagreement in words', () => {
    expect(mountQuestion('b-one').text()).toContain('Strong disagreement')
  })

  it('pre-selects the most common answer and says so', () => {
    const wrapper = mountQuestion('b-one')
    expect((byLabel(wrapper, 'Yes').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.text()).toContain('(the most common answer, not yet agreed)')
    expect(wrapper.findAll('button').some((b) => b.text().startsWith('Use the most common answer'))).toBe(false)
  })

  it('emits the answer the facilitator picks', async () => {
    const wrapper = mountQuestion('b-one')
    await byLabel(wrapper, 'Partly').setValue(true)
    expect(wrapper.emitted('update:agreed')).toEqual([['partly']])
  })

  it('offers the most common answer again once changed', async () => {
    const wrapper = mountQuestion('b-one', { agreed: { 'b-one': 'partly' }, notes: {}, dissent: {} })
    expect(wrapper.text()).toContain('(recorded by the facilitator)')
    await button(wrapper, 'Use the most common answer for “Beta one”').trigger('click')
    expect(wrapper.emitted('reset')).toHaveLength(1)
  })

  it('emits the boxes ticked for a multiple-choice question', async () => {
    const wrapper = mountQuestion('a-multi')
    await byLabel(wrapper, 'Two').setValue(true)
    expect(wrapper.emitted('update:multiple')).toEqual([[['one', 'two']]])
  })

  it('emits what is typed for a number question', async () => {
    const wrapper = mountQuestion('a-hours')
    await byLabel(wrapper, 'Agreed answer for “Alpha hours”').setValue('20')
    expect(wrapper.emitted('update:number')).toEqual([['20']])
  })

  it('emits a note and dissent', async () => {
    const wrapper = mountQuestion('b-one')
    await byLabel(wrapper, 'Note on the agreed answer (optional)').setValue('From the 2024 plan')
    await byLabel(wrapper, 'Dissent (optional)').setValue('Cat thinks no')
    expect(wrapper.emitted('update:note')).toEqual([['From the 2024 plan']])
    expect(wrapper.emitted('update:dissent')).toEqual([['Cat thinks no']])
  })
})

describe('WorkshopQuestion: words for the room', () => {
  it('never shows a raw code in the number box: "Don’t know" is ticked instead', () => {
    const dkRoom = respondents(content, [{ 'a-hours': 'dont-know' }, { 'a-hours': 'dont-know' }, { 'a-hours': 12 }])
    const wrapper = mountQuestion('a-hours', emptyDecisions(), { agg: aggregate(content, dkRoom), agreedText: "Don't know", showWho: false })
    expect((byLabel(wrapper, 'Agreed answer for “Alpha hours”').element as HTMLInputElement).value).toBe('')
    expect((byLabel(wrapper, "Don't know").element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.text()).not.toContain('dont-know')
  })

  it('emits "Don’t know" when it is ticked for a number question', async () => {
    const wrapper = mountQuestion('a-hours')
    await byLabel(wrapper, "Don't know").setValue(true)
    expect(wrapper.emitted('update:agreed')).toEqual([['dont-know']])
  })

  it('labels a split on a statutory essential as a real disagreement', () => {
    const split = aggregate(content, respondents(content, [...Array(9).fill({ 'a-essential': 'reviewed' }), { 'a-essential': 'not-in-place' }]))
    const wrapper = mountQuestion('a-essential', emptyDecisions(), { agg: split, agreedText: 'All', names: {}, showWho: false })
    expect(wrapper.find('.govuk-tag').text()).toBe('Real disagreement: met for some, not met for others')
    expect(wrapper.text()).not.toContain('Close')
  })

  it('counts those not asked and not answering in good grammar', () => {
    const q = { ...agg.questions.find((x) => x.id === 'b-one')!, notAsked: 1, notAnswered: 2 }
    const wrapper = mount(WorkshopQuestion, {
      props: {
        question: q,
        rank: 1,
        agreed: agreedAnswers(agg, emptyDecisions()).find((a) => a.questionId === 'b-one')!,
        choices: [],
        agreedText: 'Yes',
        names,
      },
    })
    expect(wrapper.text()).toContain('2 gave no answer.')
    expect(wrapper.text()).toContain('1 was not asked this question.')
  })

  it('offers "Agree this answer" until the answer is agreed', async () => {
    const wrapper = mountQuestion('b-one')
    await button(wrapper, 'Agree this answer for “Beta one”').trigger('click')
    expect(wrapper.emitted('confirm')).toHaveLength(1)
    expect(
      mountQuestion('b-one', { agreed: { 'b-one': 'yes' }, notes: {}, dissent: {} })
        .findAll('button')
        .some((b) => b.text().startsWith('Agree this answer')),
    ).toBe(false)
  })
})
