/** "Your service in numbers" in the report model: built only with a council, gaps said plainly, suspect figures left out and named. */
import { describe, expect, it } from 'vitest'
import { buildReport, hasSection, reportSection } from '@/outputs/report/build-report'
import { councilSection } from '@/outputs/report/council-section'
import { assess } from '@/engine/assess/assess'
import type { CouncilIndex } from '@/engine/council'
import { fixtureContent } from '../../support/content'
import { fullyAnswered } from '../../support/full-assessment'
import { realIndex, standardIndex } from '../../engine/council/fixture'

function report(profile: Record<string, string | number>, council?: CouncilIndex) {
  const content = fixtureContent()
  const saved = fullyAnswered(content)
  Object.assign(saved.assessment.profile, profile)
  return buildReport(content, saved, assess(content, saved.assessment), { generatedOn: '2026-04-01', council })
}

describe('report model: your service in numbers', () => {
  it('comes straight after the findings when the profile names a council and the data are given', () => {
    const r = report({ 'council-code': 'E06000901' }, standardIndex())
    const ids = r.sections.map((s) => s.id)
    expect(ids.indexOf('council-numbers')).toBe(ids.indexOf('findings') + 1)
    expect(reportSection(r, 'council-numbers').title).toBe('Your service in numbers')
  })

  it('is left out without the data, without a council, or for a code the data do not hold', () => {
    expect(hasSection(report({ 'council-code': 'E06000901' }), 'council-numbers')).toBe(false)
    expect(hasSection(report({ 'council-name': 'Ashby' }, standardIndex()), 'council-numbers')).toBe(false)
    expect(hasSection(report({ 'council-code': 'E99999999' }, standardIndex()), 'council-numbers')).toBe(false)
  })

  it('says "No figure" for a missing figure, never 0, and has no dot for it', () => {
    const s = councilSection(standardIndex(), { 'council-code': 'E06000901' })!
    const loans = s.rows.find((r) => r.measureId === 'loans_physical_books')!
    expect([loans.council, loans.median, loans.range, loans.rank]).toEqual(['No figure', 'No figure', 'No figures', 'Not ranked'])
    expect(s.plot.rows.find((r) => r.id === 'loans_physical_books')!.council).toBeNull()
    expect(s.plot.rows.find((r) => r.id === 'loans_physical_books')!.councilLabel.map((l) => l.text)).toEqual(['Your council: No figure'])
    const visits = s.rows.find((r) => r.measureId === 'physical_visits')!
    expect(visits.notes).toContain('No figure: Cole and Gare.')
    expect(s.rows.every((r) => !/^0(\.0)?$/.test(r.council))).toBe(true)
  })

  it('leaves suspect figures out of the median, range, rank and plot, and says so', () => {
    const s = councilSection(standardIndex(), { 'council-code': 'E06000901' })!
    const visits = s.rows.find((r) => r.measureId === 'physical_visits')!
    // Eden's 9,000 per 1,000 is suspect: not the top of the range, not a dot.
    expect(visits.range).toBe('1,000.0 (Fell) to 3,000.0 (Dale)')
    expect(visits.notes).toContain('Left out as suspect: Eden.')
    expect(s.plot.rows.find((r) => r.id === 'physical_visits')!.dots.map((d) => d.name)).not.toContain('Eden')
    // The council's own suspect figure is not ranked, with the reason.
    const own = councilSection(standardIndex({ suspect: { physical_visits: ['one month more than 5 times the median month'] } }), {
      'council-code': 'E06000901',
    })!
    const ownVisits = own.rows.find((r) => r.measureId === 'physical_visits')!
    expect([ownVisits.council, ownVisits.rank]).toEqual(['Left out: figure looks wrong', 'Not ranked'])
    expect(ownVisits.notes).toContain('Published figure left out: one month more than 5 times the median month.')
  })

  it('ends every row’s notes with its source and year, and holds the dot plot geometry', () => {
    const s = councilSection(realIndex(), { 'council-code': 'E10000014' })!
    for (const r of s.rows) expect(r.notes.at(-1)).toMatch(/^Source: .+\. .+\.$/)
    expect(s.plot.rows.map((r) => r.id)).toEqual(s.rows.map((r) => r.measureId))
    expect(s.plot.width).toBeGreaterThan(0)
    expect(s.attribution.some((a) => a.includes('Arts Council England'))).toBe(true)
  })

  it('Hampshire: the figures checked by hand, the advice prompt with source and year, and a correction counted', () => {
    const s = councilSection(realIndex(), { 'council-code': 'E10000014', 'static-libraries': 51 })!
    const row = (id: string) => s.rows.find((r) => r.measureId === id)!
    expect([row('physical_visits').council, row('physical_visits').median, row('physical_visits').rank]).toEqual(['2,323.5', '2,128.7', '5 of 13'])
    expect(row('physical_visits').range).toBe('1,538.4 (Somerset) to 2,852.3 (Worcestershire)')
    expect([row('static_libraries').council, row('static_libraries').rank]).toEqual(['3.5', '16 of 16'])
    const advice = s.advice.find((a) => a.measureId === 'static_libraries')!
    expect(advice.text).toContain('Check that the needs assessment explains it')
    expect(advice.source).toContain('Arts Council England, Libraries Basic Dataset 2023')
    expect(advice.year).not.toBe('')
    const corrected = councilSection(realIndex(), { 'council-code': 'E10000014', 'static-libraries': 49 })!
    const lib = corrected.rows.find((r) => r.measureId === 'static_libraries')!
    expect(lib.council).toBe('3.4')
    expect(lib.notes).toContain('Includes your council’s own figure, not the published one.')
  })
})

describe('report model: Camden, checked by hand', () => {
  it('gives the figures in data/README.md, the advice on active users, and one value for a range where every neighbour is the same', () => {
    const s = councilSection(realIndex(), { 'council-code': 'E09000007', population: 216_943, 'static-libraries': 12, 'community-libraries': 2 })!
    const row = (id: string) => s.rows.find((r) => r.measureId === id)!
    expect([row('physical_visits').council, row('physical_visits').median, row('physical_visits').rank]).toEqual(['3,226.6', '3,781.6', '10 of 14'])
    expect(row('physical_visits').range).toBe('1,888.4 (Kingston upon Thames) to 7,166.2 (Greenwich)')
    expect(row('physical_visits').notes).toContain('No figure: Lambeth and Brighton and Hove.')
    expect([row('loans_physical_books').council, row('loans_physical_books').rank]).toEqual(['1,108.5', '13 of 14'])
    expect(s.advice.map((a) => a.measureId)).toContain('active_users')
    // Every neighbour has no community-run library: one value, not "0.0% (…) to 0.0% (…)".
    expect(row('community_share').range).toBe('0.0% for all 15')
  })
})
