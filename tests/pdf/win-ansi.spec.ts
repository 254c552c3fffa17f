import { describe, expect, it } from 'vitest'
import { toWinAnsi } from '@/pdf/win-ansi'

describe('toWinAnsi', () => {
  it.each([
    ['plain text', 'Anytown Borough Council', 'Anytown Borough Council'],
    ['smart quotes and dashes', '“Quoted” – ‘single’ — dash…', '“Quoted” – ‘single’ — dash…'],
    ['Latin-1 accents and symbols', 'Café, naïve, Siân, £5 and €3', 'Café, naïve, Siân, £5 and €3'],
    ['Welsh letters outside Latin-1', 'Gŵyl Ŷd', 'Gwyl Yd'],
    ['other accented letters', 'Łódź Ōtsu', 'Lódz Otsu'],
    ['an emoji', 'Great 😀!', 'Great ?!'],
    ['an emoji with a skin tone and joiner', 'Thanks 👍🏽 team 👩‍💻', 'Thanks ? team ??'],
    ['arrows and comparisons', 'a → b, x ≥ 3', 'a -> b, x >= 3'],
    ['other scripts', 'Привет', '??????'],
    ['tabs and Windows line ends', 'a\tb\r\nc', 'a b\nc'],
    ['control characters', 'a\u0007b\u0085c', 'abc'],
    ['unusual spaces', 'a\u2009b\u00a0c', 'a b\u00a0c'],
  ])('keeps %s readable', (_name, input, output) => {
    expect(toWinAnsi(input)).toBe(output)
  })

  it('returns only characters the standard fonts can draw', () => {
    const out = toWinAnsi('Mixed: “ok” ŵ 😀 → ✓ \u200b 中文 é')
    for (const ch of out) {
      const code = ch.codePointAt(0)!
      const winAnsiExtra = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.includes(ch)
      expect(ch === '\n' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || winAnsiExtra).toBe(true)
    }
  })
})
