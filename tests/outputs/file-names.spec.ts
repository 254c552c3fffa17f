/** Download file names: safe on every system, named for the council and the date. */
import { describe, expect, it } from 'vitest'
import { fileName, slug } from '../../src/outputs/file-names'

describe('slug', () => {
  it.each([
    ['Anytown Borough Council', 'anytown-borough-council'],
    ['Ynys Môn', 'ynys-mon'],
    ['Cañada & Görlitz', 'canada-gorlitz'],
    ['St. Helens (Merseyside) — 2025!', 'st-helens-merseyside-2025'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['Bath/North East Somerset', 'bath-north-east-somerset'],
  ])('turns %j into %j', (text, expected) => {
    expect(slug(text)).toBe(expected)
  })

  it.each(['', '   ', '!!!', '—', '日本'])('falls back to "council" for %j, which has no letters it can keep', (text) => {
    expect(slug(text)).toBe('council')
  })

  it('keeps at most 60 characters and never ends with a hyphen', () => {
    const long = slug(`${'a'.repeat(59)} borough council`)
    expect(long).toBe('a'.repeat(59))
    expect(slug('word '.repeat(30)).length).toBeLessThanOrEqual(60)
    expect(slug('word '.repeat(30))).not.toMatch(/-$/)
  })
})

describe('fileName', () => {
  it.each([
    ['report', 'pdf', 'library-self-assessment-ynys-mon-2025-03-01.pdf'],
    ['answers', 'json', 'library-self-assessment-answers-ynys-mon-2025-03-01.json'],
    ['table', 'csv', 'library-self-assessment-table-ynys-mon-2025-03-01.csv'],
  ] as const)('names the %s download', (kind, ext, name) => {
    expect(fileName(kind, 'Ynys Môn', '2025-03-01T09:30:00.000Z', ext)).toBe(name)
  })

  it('uses "council" when the council has no name yet', () => {
    expect(fileName('report', undefined, '2025-03-01', 'pdf')).toBe('library-self-assessment-council-2025-03-01.pdf')
  })
})

describe('names with letters that do not decompose, and hostile text (review D6, D7)', () => {
  it.each([
    ['Łódź', 'lodz'],
    ['Gdańsk Ø Æbeltoft', 'gdansk-o-aebeltoft'],
    ['Straße', 'strasse'],
  ])('keeps the letters of %j as %j', (text, expected) => {
    expect(slug(text)).toBe(expected)
  })

  it('never lets a right-to-left override reorder a file name', () => {
    const name = fileName('answers', 'Anytown \u202Egnp.exe', '2025-03-01', 'json')
    expect(name).toBe('library-self-assessment-answers-anytown-gnp-exe-2025-03-01.json')
    expect(name).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  })

  it('names a kept copy of unreadable answers by its number', () => {
    expect(fileName('copy', '2', '2026-12-01T23:00:00.000Z', 'json')).toBe('library-self-assessment-unreadable-copy-2-2026-12-01.json')
  })
})
