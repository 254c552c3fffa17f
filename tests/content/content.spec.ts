/**
 * Checks over the real content in questions/: its shape, its ids and links, its size, and that
 * every flag, lesson, model and approach can actually be reached by some set of answers.
 */
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../build/read-content.ts'
import { assess } from '../../src/engine/assess/assess'
import type { Assessment } from '../../src/engine/core/assessment'
import type { Condition, OptionModel } from '../../src/content/schema'
import { isScored, optionsOf } from '../../src/engine/core/question-model'
import type { Reason } from '../../src/engine/core/result'
import { REAL_DIR, assessmentWith, realContent } from '../support/content'
import { SolveError, answerProblems, holds, solve } from '../support/solve'

const content = realContent()
const questions = content.themes.flatMap((t) => t.questions)
const referenceIds = new Set(content.references.map((r) => r.id))
const lessons = content.caseStudies.filter((c) => c.kind === 'lesson')
const LIBRARIES_DELIVER = ['culture', 'reading', 'digital', 'potential', 'health', 'prosperity', 'communities']

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i)
}

/** Sentences in a summary, roughly: a full stop, question or exclamation mark, then a capital. */
function sentences(text: string): number {
  return text
    .trim()
    .split(/[.!?](?:\s+(?=[A-Z£0-9"“'‘])|\s*$)/)
    .filter((s) => s.trim() !== '').length
}

/** Case studies recommended with a reason of this kind whose text passes `names`. */
function recommendedFor(assessment: Assessment, kind: Reason['kind'], names: (text: string) => boolean): string[] {
  return assess(content, assessment)
    .recommendations.caseStudies.filter((r) => r.reasons.some((reason) => reason.kind === kind && names(reason.text)))
    .map((r) => r.id)
}

describe('the content in questions/', () => {
  it('loads without a content error', () => {
    expect(() => loadContent(REAL_DIR)).not.toThrow()
  })

  it.each([
    ['questions', questions.map((q) => q.id)],
    ['flags', content.flags.map((f) => f.id)],
    ['case studies', content.caseStudies.map((c) => c.id)],
    ['references', content.references.map((r) => r.id)],
    ['governance models', content.governanceModels.map((m) => m.id)],
    ['smarter-services approaches', content.smarterServices.map((m) => m.id)],
    ['themes', content.themes.map((t) => t.id)],
    ['priorities', content.priorities.map((p) => p.id)],
  ])('gives each of the %s a unique id', (_kind, ids) => {
    expect(duplicates(ids)).toEqual([])
  })

  it('cites a known reference from every question, theme, flag, priority, model and approach', () => {
    const cited = [
      ...content.themes.flatMap((t) => t.refs.map((ref) => [`theme ${t.id}`, ref])),
      ...questions.flatMap((q) => q.refs.map((ref) => [`question ${q.id}`, ref])),
      ...content.flags.flatMap((f) => f.refs.map((ref) => [`flag ${f.id}`, ref])),
      ...content.priorities.flatMap((p) => p.refs.map((ref) => [`priority ${p.id}`, ref])),
      ...[...content.governanceModels, ...content.smarterServices].flatMap((m) => m.refs.map((ref) => [`model ${m.id}`, ref])),
    ]
    expect(cited.filter(([, ref]) => !referenceIds.has(ref!))).toEqual([])
  })

  it('lists no reference that nothing cites', () => {
    const cited = new Set([
      ...content.themes.flatMap((t) => t.refs),
      ...questions.flatMap((q) => q.refs),
      ...content.flags.flatMap((f) => f.refs),
      ...content.priorities.flatMap((p) => p.refs),
      ...[...content.governanceModels, ...content.smarterServices].flatMap((m) => m.refs),
      ...content.legalContext.flatMap((p) => p.refs),
    ])
    expect(content.references.map((r) => r.id).filter((id) => !cited.has(id))).toEqual([])
  })

  it('gives one page one title, however many reference ids point at it', () => {
    const titles = new Map<string, Set<string>>()
    for (const r of content.references) titles.set(r.url, (titles.get(r.url) ?? new Set()).add(r.title))
    expect([...titles].filter(([, t]) => t.size > 1).map(([url, t]) => [url, [...t]])).toEqual([])
  })

  it('tags case studies only with known priorities, themes, models, approaches, audiences and flags', () => {
    const known = {
      priorities: new Set(content.priorities.map((p) => p.id)),
      themes: new Set(content.themes.map((t) => t.id)),
      governance: new Set(content.governanceModels.map((m) => m.id)),
      smarter: new Set(content.smarterServices.map((m) => m.id)),
      audiences: new Set(content.framework.audiences.map((a) => a.id)),
      flags: new Set(content.flags.map((f) => f.id)),
    }
    const unknown = content.caseStudies.flatMap((c) =>
      (Object.keys(known) as (keyof typeof known)[]).flatMap((kind) => c.tags[kind].filter((id) => !known[kind].has(id)).map((id) => `${c.id} ${kind}: ${id}`)),
    )
    expect(unknown).toEqual([])
  })

  it('names only known case studies as examples of models and approaches', () => {
    const studies = new Set(content.caseStudies.map((c) => c.id))
    const models = [...content.governanceModels, ...content.smarterServices]
    expect(models.flatMap((m) => m.examples.filter((id) => !studies.has(id)).map((id) => `${m.id}: ${id}`))).toEqual([])
  })

  it('orders exactly the themes it has', () => {
    expect([...content.framework.themeOrder].sort()).toEqual(content.themes.map((t) => t.id).sort())
  })

  it.each(questions.map((q) => [q.id, q] as const))('explains why it asks %s and cites a reference', (_id, q) => {
    expect(q.why.trim().length).toBeGreaterThan(20)
    expect(q.refs.length).toBeGreaterThan(0)
  })

  it.each(content.caseStudies.map((c) => [c.id, c] as const))('gives case study %s a web source and a 2 to 4 sentence summary', (_id, c) => {
    expect(c.sources.some((url) => /^https?:\/\/\S+$/.test(url))).toBe(true)
    expect(sentences(c.summary)).toBeGreaterThanOrEqual(2)
    expect(sentences(c.summary)).toBeLessThanOrEqual(4)
  })

  it('has at least 10 themes and 70 scored questions', () => {
    expect(content.themes.length).toBeGreaterThanOrEqual(10)
    expect(questions.filter((q) => isScored(q, content.framework)).length).toBeGreaterThanOrEqual(70)
  })

  it('marks at least 10 statutory essentials, none of them offering "Not applicable"', () => {
    const essentials = questions.filter((q) => q.essential)
    expect(essentials.length).toBeGreaterThanOrEqual(10)
    expect(essentials.filter((q) => q.notApplicable).map((q) => q.id)).toEqual([])
  })

  it('has at least 15 flags, each with a reference', () => {
    expect(content.flags.length).toBeGreaterThanOrEqual(15)
    expect(content.flags.filter((f) => f.refs.length === 0).map((f) => f.id)).toEqual([])
  })

  it('has at least 50 case studies, 7 governance models and 7 smarter-services approaches', () => {
    expect(content.caseStudies.length).toBeGreaterThanOrEqual(50)
    expect(content.governanceModels.length).toBeGreaterThanOrEqual(7)
    expect(content.smarterServices.length).toBeGreaterThanOrEqual(7)
  })

  it('offers the seven Libraries Deliver outcomes as priorities', () => {
    const fromLibrariesDeliver = content.priorities.filter((p) => p.source === 'libraries-deliver').map((p) => p.id)
    expect(fromLibrariesDeliver.sort()).toEqual([...LIBRARIES_DELIVER].sort())
  })

  it.each(content.priorities.map((p) => [p.id] as const))('switches on 2 to 4 questions when a council chooses %s', (id) => {
    const shown = (priorities: string[]) => assess(content, assessmentWith({}, { priorities })).questions.filter((q) => q.visible).length
    const added = shown([id]) - shown([])
    expect(added).toBeGreaterThanOrEqual(2)
    expect(added).toBeLessThanOrEqual(4)
  })

  it('labels every answer with observable practice, never a bare judgement such as "Good"', () => {
    const bare = /^\s*(good|very good|poor|adequate|fair|excellent|weak|strong|satisfactory|ok|okay|average)\s*\.?\s*$/i
    const labels = [
      ...content.framework.scales.flatMap((s) => s.options.map((o) => [`scale ${s.id}`, o.label])),
      ...questions.flatMap((q) => optionsOf(q, content.framework).map((o) => [q.id, o.label])),
      ...questions.map((q) => [q.id, q.short]),
    ]
    expect(labels.filter(([, label]) => bare.test(label!))).toEqual([])
  })
})

describe('what the content can recommend', () => {
  it.each(content.priorities.map((p) => [p.id, p.title] as const))('recommends at least 3 case studies to a council that chose %s', (id, title) => {
    const studies = recommendedFor(assessmentWith({}, { priorities: [id] }), 'priority', (text) => text === `You chose ${title}`)
    expect(studies.length).toBeGreaterThanOrEqual(3)
  })

  it.each(content.themes.map((t) => [t.id, t.title] as const))('recommends at least 3 case studies to a council that is Red in %s', (id, title) => {
    const red = solve(content, { theme: id, below: content.framework.bands[1]!.min })
    expect(assess(content, red).themes.find((t) => t.id === id)?.band?.rag).toBe('Red')
    const studies = recommendedFor(red, 'theme', (text) => text.startsWith(`${title}:`))
    expect(studies.length).toBeGreaterThanOrEqual(3)
  })

  it.each(lessons.map((c) => [c.id, c] as const))('can recommend the legal lesson %s when one of its flags is raised', (id, lesson) => {
    expect(lesson.tags.flags.length).toBeGreaterThan(0)
    const flag = content.flags.find((f) => f.id === lesson.tags.flags[0])!
    const studies = recommendedFor(solve(content, flag.when), 'flag', (text) => text === `Risk flagged: ${flag.title}`)
    expect(studies).toContain(id)
  })

  it.each(content.flags.map((f) => [f.id, f] as const))('can raise the flag %s and clear it again', (id, flag) => {
    const raising = solve(content, flag.when, true)
    expect(assess(content, raising).flags.map((f) => f.id)).toContain(id)
    // The same council, with the same profile, clears it by changing answers.
    const sameCouncil = Object.entries(raising.profile).map(([field, value]): Condition => ({ profile: field, equals: value }))
    const clearing = solve(content, { all: [{ not: flag.when }, ...sameCouncil] }, true, raising)
    expect(assess(content, clearing).flags.map((f) => f.id)).not.toContain(id)
    expect(clearing.profile).toEqual(raising.profile)
    expect(clearing.answers).not.toEqual(raising.answers)
  })

  const fits = (kind: string, models: OptionModel[]) =>
    models.flatMap((m) => m.fit.map((fit, i) => [`${kind} ${m.id}`, i + 1, m.id, fit.when, fit.reason] as const))
  const recommendations = (a: Assessment) => {
    const r = assess(content, a).recommendations
    return [...r.governanceModels, ...r.smarterServices]
  }

  it.each([...fits('model', content.governanceModels), ...fits('approach', content.smarterServices)])(
    'can recommend the %s for its reason %i',
    (_name, _index, id, when, reason) => {
      const recommended = recommendations(solve(content, when)).find((m) => m.id === id)
      expect(recommended?.reasons.map((r) => r.text)).toContain(reason)
    },
  )

  const cautions = (kind: string, models: OptionModel[]) =>
    models.flatMap((m) => m.cautions.flatMap((c, i) => (c.when ? [[`${kind} ${m.id}`, i + 1, m, c.when, c.text] as const] : [])))

  it.each([...cautions('model', content.governanceModels), ...cautions('approach', content.smarterServices)])(
    'can mark caution %i of the %s as applying while it is recommended',
    (_name, _index, model, when, text) => {
      const recommendedAndApplying: Condition = { all: [when, { any: model.fit.map((f) => f.when) }] }
      const recommended = recommendations(solve(content, recommendedAndApplying)).find((m) => m.id === model.id)
      expect(recommended?.cautions).toContainEqual({ text, applies: true })
    },
  )
})

describe('solve', () => {
  it('throws a SolveError for a condition no answers can meet', () => {
    expect(() => solve(content, { all: [{ priority: 'health' }, { not: { priority: 'health' } }] })).toThrow(SolveError)
  })

  it('shows the questions it answers, solving their showWhen first', () => {
    const a = solve(content, { answer: 'delivery-exit-plan', equals: 'not-in-place' })
    expect(answerProblems(content, a)).toEqual([])
    expect(holds(content, a, { answer: 'delivery-current-model', in: ['trust', 'mutual', 'commissioned', 'trading-company'] })).toBe(true)
  })

  it('keeps the base answers that the condition does not need changed', () => {
    const base = assessmentWith({ 'strategy-plan': 'reviewed', 'needs-children': 'started' })
    const a = solve(content, { answer: 'needs-children', in: ['in-place', 'reviewed'] }, true, base)
    expect(a.answers['strategy-plan']?.value).toBe('reviewed')
    expect(a.answers['needs-children']?.value).not.toBe('started')
  })
})
