import { describe, expect, it } from 'vitest'
import { roomWarnings } from '../../../src/engine/workshop/room-checks'
import { fixtureContent } from '../../support/content'
import { saved } from '../../support/workshop'
import type { Respondent } from '../../../src/engine/workshop/workshop-model'

const content = fixtureContent()
const person = (n: number, profile: Record<string, string>): Respondent => ({ id: `id-${n}`, name: `Person ${n}`, file: saved(content, {}, { profile }) })
const room = (...profiles: Record<string, string>[]) => profiles.map((p, i) => person(i + 1, p))
const same = { 'council-name': 'Anytown Borough Council', 'council-type': 'unitary', 'changes-planned': 'reductions' }

describe('roomWarnings', () => {
  it('is empty when every file describes the same council in the same situation', () => {
    expect(roomWarnings(content, room(same, same, same))).toEqual([])
  })

  it('treats names that differ only in case, spaces or punctuation as one council', () => {
    expect(roomWarnings(content, room(same, { ...same, 'council-name': '  anytown borough council.' }))).toEqual([])
  })

  it('ignores fields left blank', () => {
    expect(roomWarnings(content, room(same, { 'council-name': 'Anytown Borough Council' }, {}))).toEqual([])
  })

  it('warns when the files come from different councils, counting files and never naming people', () => {
    const [warning] = roomWarnings(content, room(same, same, { ...same, 'council-name': 'Otherton District Council' }))
    expect(warning).toEqual({
      kind: 'councils',
      text: 'These files come from 2 different councils: “Anytown Borough Council” (2 files) and “Otherton District Council” (1 file). A combined position only describes one council, so combine files from one council only, or correct the council name in the files.',
      values: [
        { label: 'Anytown Borough Council', files: 2 },
        { label: 'Otherton District Council', files: 1 },
      ],
    })
    expect(warning!.text).not.toContain('Person')
  })

  it('warns when the files disagree on whether changes are planned, in the content’s words, most files first, then in alphabetical order', () => {
    const warnings = roomWarnings(content, room(same, { ...same, 'changes-planned': 'none' }))
    expect(warnings.map((w) => w.kind)).toEqual(['changes-planned'])
    expect(warnings[0]!.text).toBe(
      'The files give different answers about changes planned to the service: “No changes are planned” (1 file) and “Yes, reductions” (1 file). This decides which questions are asked and which legal risks apply, so agree it before you combine the answers.',
    )
  })

  it('warns about different types of council last', () => {
    const warnings = roomWarnings(content, room(same, { ...same, 'council-type': 'county', 'council-name': 'Shire County Council', 'changes-planned': 'none' }))
    expect(warnings.map((w) => w.kind)).toEqual(['councils', 'changes-planned', 'council-types'])
    expect(warnings[2]!.text).toContain('“County council” (1 file) and “Unitary authority” (1 file)')
  })
})
