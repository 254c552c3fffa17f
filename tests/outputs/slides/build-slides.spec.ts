import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import { MAX_ITEMS, buildSlides, longDate, type Slide } from '../../../src/outputs/slides/build-slides'
import { shorten } from '../../../src/outputs/slides/slide-words'
import { aggregate } from '../../../src/engine/workshop/aggregate'
import { buildCombinedAssessment } from '../../../src/engine/workshop/consensus'
import { assessmentWith, fixtureContent } from '../../support/content'
import { NOW, respondents } from '../../support/workshop'

const content = fixtureContent()
const risky = assess(
  content,
  assessmentWith(
    { 'a-essential': 'started', 'b-one': 'no', 'b-facts': ['in-house'] },
    { profile: { 'changes-planned': 'reductions', 'council-type': 'county' } },
  ),
)
const slides = buildSlides(risky, content, { council: 'Anytown Council', date: '2026-03-05T10:00:00Z', combined: 'Combined from 5 respondents' })
const byId = (id: string, list: Slide[] = slides) => list.find((s) => s.id === id) as Slide
const ids = (list: Slide[]) => list.map((s) => s.id)

// Beta is Green here and alpha Red: only alpha gets a slide of its own.
const mixed = assess(
  content,
  assessmentWith({ 'a-essential': 'started', 'b-one': 'yes', 'b-two': 'in-place' }, { profile: { 'changes-planned': 'reductions' } }),
)

// A workshop of three that splits on b-one (yes, yes, no), agrees b-two, with dissent on b-one.
const room = respondents(
  content,
  [
    { 'b-one': 'yes', 'b-two': 'in-place' },
    { 'b-one': 'yes', 'b-two': 'in-place' },
    { 'b-one': 'no', 'b-two': 'in-place' },
  ],
  { profile: { 'respondent-name': 'Cllr Secret' } },
)
const combinedFile = buildCombinedAssessment(
  content,
  room,
  aggregate(content, room),
  { agreed: {}, notes: {}, dissent: { 'b-one': 'One councillor holds that the budget already assumes closures.' } },
  NOW,
)
const workshopSlides = buildSlides(assess(content, combinedFile.assessment), content, { combined: 'Combined from 3 respondents', workshop: combinedFile })

describe('buildSlides: the slide set', () => {
  it('has a title, headline, one summary of all themes, one slide per Red theme, risks, recommendations, governance models and next steps', () => {
    expect(ids(slides)).toEqual([
      'title',
      'headline',
      'overview',
      'theme-alpha',
      'theme-beta',
      'critical-risks',
      'recommendations',
      'governance-models',
      'next-steps',
    ])
  })

  it('gives a theme that is not Red no slide of its own: the summary covers it', () => {
    expect(mixed.themes.map((t) => t.band?.rag)).toEqual(['Red', 'Green'])
    expect(ids(buildSlides(mixed, content))).toEqual([
      'title',
      'headline',
      'overview',
      'theme-alpha',
      'critical-risks',
      'recommendations',
      'governance-models',
      'next-steps',
    ])
  })

  it('counts the themes by rating on the summary slide and says which slides follow', () => {
    expect(byId('overview', buildSlides(mixed, content))).toMatchObject({ kind: 'overview', lead: '1 Red and 1 Green. The next slide shows the Red theme.' })
    expect(byId('overview')).toMatchObject({ lead: '2 Red. The next 2 slides show the Red themes.' })
  })

  it('adds where the room split and the agreed positions with dissent for a workshop, after the risks', () => {
    expect(ids(workshopSlides)).toEqual(expect.arrayContaining(['room-split', 'agreed-dissent']))
    expect(ids(workshopSlides).indexOf('room-split')).toBe(ids(workshopSlides).indexOf('critical-risks') + 1)
    expect(ids(slides)).not.toContain('room-split')
  })

  it('gives every slide a title', () => {
    expect([...slides, ...workshopSlides].every((s) => s.title.trim().length > 0)).toBe(true)
  })

  it('never puts more than the maximum number of items on a list slide', () => {
    expect([...slides, ...workshopSlides].every((s) => s.kind !== 'list' || s.items.length <= MAX_ITEMS)).toBe(true)
  })
})

describe('buildSlides: title and headline', () => {
  it('puts the council, the workshop and the date on the title slide', () => {
    expect(byId('title')).toMatchObject({ kind: 'title', subtitle: ['Anytown Council', 'Combined from 5 respondents', '5 March 2026'] })
  })

  it('leads the summary with the legal position, then the headline sentence, with the critical risks first among the numbers', () => {
    const headline = byId('headline')
    expect(headline).toMatchObject({
      kind: 'headline',
      title: 'Summary',
      legal: { level: risky.legal.level, label: risky.legal.label, summary: risky.legal.summary },
    })
    expect(headline.kind === 'headline' && headline.legal.reasons).toEqual(risky.legal.reasons.slice(0, 2))
    expect(headline.kind === 'headline' && headline.text).toBe(risky.headline.text)
    expect(headline.kind === 'headline' && headline.facts[0]).toEqual({ label: 'Critical risks', value: '1' })
  })

  it('uses the combined legal position on a workshop’s summary slide', () => {
    const combined = assess(content, combinedFile.assessment)
    expect(byId('headline', workshopSlides)).toMatchObject({ legal: { level: combined.legal.level, label: combined.legal.label } })
  })

  it('counts "Don’t know" apart from answers on the summary slide', () => {
    const unsure = assess(content, assessmentWith({ 'a-essential': 'dont-know', 'b-one': 'yes' }))
    const headline = byId('headline', buildSlides(unsure, content))
    expect(headline.kind === 'headline' && headline.facts.find((f) => f.label === 'Questions answered')?.value).toBe(
      `${unsure.completeness.answered} of ${unsure.completeness.visible}, 1 “Don’t know”`,
    )
  })
})

describe('buildSlides: Red themes', () => {
  it('shows a Red theme’s score and rating in words, and what the next level needs', () => {
    const beta = byId('theme-beta')
    expect(beta.kind === 'theme' && beta.caption).toBe('Red theme 2 of 2')
    expect(beta.kind === 'theme' && beta.facts[0]).toEqual({ label: 'Score', value: '0 out of 100' })
    expect(beta.kind === 'theme' && beta.theme.band?.rag).toBe('Red')
    expect(beta.kind === 'theme' && beta.nextLevel).toBe('40 more points reach Amber (Partly in place).')
  })

  it('never lists an answer that lost points as one that “helped most”', () => {
    const result = structuredClone(mixed)
    result.themes[0]!.strengths = [
      { questionId: 'a-yes', short: 'Partly done', answerText: 'Partly', gained: 10, lost: 20 },
      { questionId: 'a-follow', short: 'Fully done', answerText: 'Yes', gained: 30, lost: 0 },
    ]
    const alpha = byId('theme-alpha', buildSlides(result, content))
    expect(alpha.kind === 'theme' && alpha.strengths).toEqual(['Fully done'])
  })
})

describe('buildSlides: the room', () => {
  it('shows where the room split, with how many gave each answer and what was agreed, and no names', () => {
    const split = byId('room-split', workshopSlides)
    expect(split).toMatchObject({ kind: 'list', title: 'Where the room split', more: 0 })
    expect(split.kind === 'list' && split.items).toEqual([
      { title: 'Beta one', tag: 'Strong disagreement', detail: 'Agreed: “Yes” (2). Also given: “No” (1).' },
    ])
    expect(JSON.stringify(workshopSlides)).not.toContain('Cllr Secret')
  })

  it('shows the agreed positions with their dissent', () => {
    const dissent = byId('agreed-dissent', workshopSlides)
    expect(dissent.kind === 'list' && dissent.lead).toBe('1 agreed answer has dissent recorded. The full text is in the report.')
    expect(dissent.kind === 'list' && dissent.items).toEqual([
      { title: 'Beta one', detail: 'Agreed: Yes. Dissent: One councillor holds that the budget already assumes closures.' },
    ])
  })

  it('says so when the room was close everywhere and nobody dissented', () => {
    const calmRoom = respondents(content, [{ 'b-one': 'yes' }, { 'b-one': 'yes' }])
    const file = buildCombinedAssessment(content, calmRoom, aggregate(content, calmRoom), { agreed: {}, notes: {}, dissent: {} }, NOW)
    const calm = buildSlides(assess(content, file.assessment), content, { workshop: file })
    expect(byId('room-split', calm)).toMatchObject({ lead: 'The room’s answers were close on every question.', items: [] })
    expect(byId('agreed-dissent', calm)).toMatchObject({ lead: 'No dissent was recorded: the room accepted every agreed answer.', items: [] })
  })
})

describe('buildSlides: risks, models and next steps', () => {
  it('lists critical risks with their action', () => {
    expect(byId('critical-risks')).toMatchObject({ kind: 'list', items: [{ title: 'Reductions without alpha', detail: 'Do alpha.' }], more: 0 })
  })

  it('says so when no critical risk is raised', () => {
    const calm = buildSlides(assess(content, assessmentWith({ 'a-hours': 2 })), content).find((s) => s.id === 'critical-risks')
    expect(calm).toMatchObject({ items: [], lead: 'No critical risks were raised. 1 warning is in the full report.' })
  })

  it('lists governance models with their reason and any caution that applies', () => {
    const models = byId('governance-models')
    expect(models.kind === 'list' && models.items[0]).toEqual({ title: 'In-house', detail: 'You run the service in-house now Caution: Needs a plan.' })
  })

  it('takes next steps from the action plan, each with its lead and date', () => {
    const plan = Array.from({ length: 6 }, (_, i) => ({
      id: `r${i}`,
      action: `Action ${i}`,
      lead: 'Head of libraries',
      targetDate: '2026-09-30',
      measure: '',
      source: 'user',
    }))
    const next = buildSlides(risky, content, { actionPlan: plan }).find((s) => s.id === 'next-steps')
    expect(next).toMatchObject({ lead: 'From the action plan.', more: 6 - MAX_ITEMS })
    expect(next?.kind === 'list' && next.items[0]).toEqual({ title: 'Action 0', detail: 'Lead: Head of libraries. By: 30 September 2026.' })
  })

  it('says which steps of the action plan still need a lead or a date', () => {
    const plan = [
      { id: 'a', action: 'Commission a needs assessment', lead: '', targetDate: 'By March, after cabinet', measure: '', source: 'user' },
      { id: 'b', action: 'Consult', lead: 'Head of libraries', targetDate: '', measure: '', source: 'user' },
    ]
    const next = buildSlides(risky, content, { actionPlan: plan }).find((s) => s.id === 'next-steps')
    expect(next).toMatchObject({ lead: 'From the action plan. 2 steps still need a lead or a date.' })
    expect(next?.kind === 'list' && next.items.map((i) => i.detail)).toEqual([
      'Lead: to be agreed. By: By March, after cabinet.',
      'Lead: Head of libraries. By: to be agreed.',
    ])
  })

  it('suggests next steps from the results otherwise, critical risks first, each with a lead and date to agree', () => {
    const next = byId('next-steps')
    expect(next.kind === 'list' && next.items[0]).toEqual({ title: 'Do alpha.', detail: 'Lead: to be agreed. By: to be agreed.' })
    expect(next.kind === 'list' && next.lead).toBe('Suggested from the results. Agree a lead and a date for each.')
  })
})

describe('slide words', () => {
  it.each([
    ['2026-03-05T10:00:00Z', '5 March 2026'],
    ['2026-12-31', '31 December 2026'],
    ['', undefined],
    ['not a date', undefined],
    [undefined, undefined],
  ])('longDate turns %j into %j', (iso, expected) => {
    expect(longDate(iso)).toBe(expected)
  })

  it('shortens long text at a word, with an ellipsis', () => {
    expect(shorten('one two three four', 12)).toBe('one two…')
    expect(shorten('  short  text ', 40)).toBe('short text')
  })
})
