/** The "About your council" checks and their GOV.UK-style error messages. */
import { describe, expect, it } from 'vitest'
import { profileErrors } from '../../../src/engine/journey/profile'
import { fixtureContent } from '../../support/content'

const content = fixtureContent()

/** Every required field filled in correctly, with changes. */
function typed(changes: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { 'council-name': 'Anytown Borough Council', 'council-type': 'county', 'respondent-role': 'officer', 'changes-planned': 'none', ...changes }
}

describe('profileErrors', () => {
  it('accepts a profile with every required field filled in', () => {
    expect(profileErrors(content, typed())).toEqual([])
  })

  it('gives each empty required field its own message, in the order of the fields', () => {
    expect(profileErrors(content, {})).toEqual([
      { fieldId: 'council-name', message: 'Enter the name of your council' },
      { fieldId: 'council-type', message: 'Select the type of council' },
      { fieldId: 'respondent-role', message: 'Select your role' },
      { fieldId: 'changes-planned', message: 'Select whether the council plans changes to the library service' },
    ])
  })

  it('treats spaces alone as empty', () => {
    expect(profileErrors(content, typed({ 'council-name': '   ' }))).toEqual([{ fieldId: 'council-name', message: 'Enter the name of your council' }])
  })

  it.each([
    ['council-name', 'Enter council name'],
    ['council-type', 'Select type of council'],
  ])('falls back to "Enter" or "Select" and the short name when %s has no error of its own', (id, message) => {
    const plain = fixtureContent()
    const field = plain.profile.find((f) => f.id === id)!
    if ('error' in field) delete field.error
    expect(profileErrors(plain, typed({ [id]: '' }))).toEqual([{ fieldId: id, message }])
  })

  it('leaves empty optional fields alone', () => {
    expect(profileErrors(content, typed({ population: '', 'respondent-name': undefined }))).toEqual([])
  })

  it.each([
    ['population', '12.5', 'Population must be a whole number, like 250000'],
    ['population', 'about 300k', 'Population must be a whole number, like 250000'],
    ['population', '-1', 'Population must be between 0 and 20000000'],
    ['service-points', '1001', 'Library service points must be between 0 and 1000'],
    ['council-name', 'A'.repeat(121), 'Council name must be 120 characters or fewer'],
    ['council-type', 'parish', 'Select type of council'],
  ])('refuses %s typed as %j: "%s"', (id, text, message) => {
    expect(profileErrors(content, typed({ [id]: text }))).toEqual([{ fieldId: id, message }])
  })

  it.each([
    ['population', '250,000'],
    ['population', ' 250000 '],
    ['service-points', '1000'],
    ['council-name', 'A'.repeat(120)],
  ])('accepts %s typed as %j', (id, text) => {
    expect(profileErrors(content, typed({ [id]: text }))).toEqual([])
  })
})
