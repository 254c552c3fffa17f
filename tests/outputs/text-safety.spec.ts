import { describe, expect, it } from 'vitest'
import { hasBidiControls, plainText, stripBidiControls } from '../../src/outputs/text-safety'

describe('text safety', () => {
  it('removes a right-to-left override that would make "gnp.exe" read as "exe.png"', () => {
    expect(stripBidiControls('Anytown \u202Egnp.exe')).toBe('Anytown gnp.exe')
    expect(hasBidiControls('Anytown \u202Egnp.exe')).toBe(true)
  })

  it('removes every embedding, override, isolate and mark', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C'
    expect(stripBidiControls(`a${controls}b`)).toBe('ab')
  })

  it('keeps right-to-left letters, accents and emoji', () => {
    const text = 'مكتبة ספרייה Ynys Môn Łódź 图书馆 📚'
    expect(stripBidiControls(text)).toBe(text)
    expect(hasBidiControls(text)).toBe(false)
  })

  it('removes invisible control characters but keeps tabs and line breaks', () => {
    expect(plainText('a\u0000b\u0007c\td\r\ne\u009Bf\u202E')).toBe('abc\td\r\nef')
  })
})
