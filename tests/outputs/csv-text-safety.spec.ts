/** CSV cells hold the person's own text as it is, with nothing that reorders or hides it (review D7). */
import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../src/outputs/csv'

describe('csvCell and hostile text', () => {
  it('removes a right-to-left override, so "gnp.exe" never shows as "exe.png"', () => {
    expect(csvCell('Anytown \u202Egnp.exe')).toBe('"Anytown gnp.exe"')
  })

  it('removes isolates, marks and invisible control characters but keeps line breaks and tabs inside a note', () => {
    expect(csvCell('a\u2066b\u2069c\u200Fd\u0000e\nf\tg')).toBe('"abcde\nf\tg"')
  })

  it('still neutralises a formula hidden behind a bidi control', () => {
    expect(csvCell('\u202E=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
  })

  it('keeps right-to-left and other scripts', () => {
    expect(toCsv([['مكتبة', 'ספרייה', 'Łódź', '图书馆']])).toBe('\uFEFF"مكتبة","ספרייה","Łódź","图书馆"\r\n')
  })
})
