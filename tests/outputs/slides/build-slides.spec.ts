import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import { MAX_ITEMS, buildSlides, longDate, type Slide } from '../../../src/outputs/slides/build-slides'
import { assessmentWith, fixtureContent } from '../../support/content'

const content = fixtureContent()
const risky = assess(content, assessmentWith({ 'a-essential': 'started', 'b-one': 'no', 'b-facts': ['in-house'] }, { profile: { 'changes-planned': 'reductions', 'council-type': 'county' } }))
const slides = buildSlides(risky, content, { council: 'Anytown Council', date: '2026-03-05T10:00:00Z', combined: 'Combined from 5 respondents' })
const byId = (id: string) => slides.find((s) => s.id === id) as Slide

describe('buildSlides', () => {
  it('has a title, headline, overview, one slide per theme, risks, recommendations, governance models and next steps', () => {
    expect(slides.map((s) => s.id)).toEqual(['title', 'headline', 'overview', 'theme-alpha', 'theme-beta', 'critical-risks', 'recommendations', 'governance-models', 'next-steps'])
  })

  it('gives every slide a title', () => {
    expect(slides.every((s) => s.title.trim().length > 0)).toBe(true)
  })

  it('puts the council, the workshop and the date on the title slide', () => {
    expect(byId('title')).toMatchObject({ kind: 'title', subtitle: ['Anytown Council', 'Combined from 5 respondents', '5 March 2026'] })
  })

  it('puts the headline sentence and key numbers on the headline slide', () => {
    const headline = byId('headline')
    expect(headline.kind === 'headline' && headline.text).toBe(risky.headline.text)
    expect(headline.kind === 'headline' && headline.facts.find((f) => f.label === 'Critical risks')?.value).toBe('1')
  })

  it('shows a theme’s score and rating in words', () => {
    const beta = byId('theme-beta')
    expect(beta.kind === 'theme' && beta.caption).toBe('Theme 2 of 2')
    expect(beta.kind === 'theme' && beta.facts[0]).toEqual({ label: 'Score', value: '0 out of 100' })
    expect(beta.kind === 'theme' && beta.theme.band?.rag).toBe('Red')
    expect(beta.kind === 'theme' && beta.nextLevel).toBe('40 more points reach Amber (Partly in place).')
  })

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

  it('takes next steps from the action plan when there is one', () => {
    const plan = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, action: `Action ${i}`, lead: 'Head of libraries', targetDate: '2026-09-30', measure: '', source: 'user' }))
    const next = buildSlides(risky, content, { actionPlan: plan }).find((s) => s.id === 'next-steps')
    expect(next).toMatchObject({ lead: 'From the action plan.', more: 6 - MAX_ITEMS })
    expect(next?.kind === 'list' && next.items[0]).toEqual({ title: 'Action 0', detail: 'Lead: Head of libraries. By: 30 September 2026' })
  })

  it('suggests next steps from the results otherwise, starting with critical risks', () => {
    const next = byId('next-steps')
    expect(next.kind === 'list' && next.items[0]?.title).toBe('Do alpha.')
  })

  it('never puts more than the maximum number of items on a list slide', () => {
    expect(slides.every((s) => s.kind !== 'list' || s.items.length <= MAX_ITEMS)).toBe(true)
  })
})

describe('longDate', () => {
  it.each([
    ['2026-03-05T10:00:00Z', '5 March 2026'],
    ['2026-12-31', '31 December 2026'],
    ['', undefined],
    ['not a date', undefined],
    [undefined, undefined],
  ])('turns %j into %j', (iso, expected) => {
    expect(longDate(iso)).toBe(expected)
  })
})
