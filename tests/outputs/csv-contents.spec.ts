/** The CSV carries the council's details, the legal position, the risks and the action plan (issue 16 item 9). */
import { describe, expect, it } from 'vitest'
import { buildCsv } from '@/outputs/csv'
import { assess } from '@/engine/assess/assess'
import { suggestActions } from '@/engine/assess/action-plan'
import { realContent } from '../support/content'
import { referenceCouncils } from '../content/calibration/councils'

const content = realContent()
const council = referenceCouncils.find((c) => c.id === 'northamptonshire-like')!
const result = assess(content, council.assessment)
const plan = suggestActions(result, content.framework.bands.at(-1)!.id).slice(0, 2)
plan[0] = { ...plan[0]!, lead: 'Head of libraries', targetDate: '31 March 2027' }
const rows = buildCsv(content, result, { profile: council.assessment.profile, actionPlan: plan })
  .replace(/^\uFEFF/, '')
  .trim()
  .split('\r\n')
const kind = (type: string) => rows.filter((r) => r.startsWith(`"${type}"`))

describe('buildCsv', () => {
  it('has the same number of cells in every row', () => {
    const width = rows[0]!.split('","').length
    for (const r of rows) expect(r.split('","').length).toBe(width)
  })

  it('carries the council details in words', () => {
    expect(kind('Council').some((r) => r.includes('"changes-planned"') && r.includes('"Yes, reductions"'))).toBe(true)
  })

  it('carries the legal position, every risk with its action and sources, and the action plan', () => {
    expect(kind('Legal position')[0]).toContain(`"${result.legal.label}"`)
    const risks = kind('Risk')
    expect(risks).toHaveLength(result.flags.length)
    expect(risks[0]).toContain(result.flags[0]!.title)
    expect(risks[0]).toContain('What to do:')
    expect(risks[0]).toContain(result.flags[0]!.references[0]!.url)
    const actions = kind('Action')
    expect(actions).toHaveLength(2)
    expect(actions[0]).toContain('"Head of libraries","31 March 2027"')
  })

  it('still leads with the question header a spreadsheet expects', () => {
    expect(rows[0]).toMatch(/^"Row type","Theme","Question id"/)
  })
})
