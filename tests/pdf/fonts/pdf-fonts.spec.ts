// @vitest-environment node
import { jsPDF } from 'jspdf'
import { describe, expect, it } from 'vitest'
import { describeCharacter, FontCoverage, PLACEHOLDER, registerFonts } from '@/pdf/fonts/pdf-fonts'
import { pdfFonts } from '../pdf-fonts'

function coverage(): FontCoverage {
  const doc = new jsPDF()
  registerFonts(doc, pdfFonts())
  return FontCoverage.of(doc)
}

describe('FontCoverage with the embedded DejaVu Sans', () => {
  it.each([
    ['Welsh', 'Gŵyl Ŷd, Llanfairpwllgwyngyll, Siân, ẁ ẃ ẅ ỳ'],
    ['Hebrew and Arabic letters', 'שלום سلام'],
    ['Polish', 'Łódź, Gdańsk: zażółć gęślą jaźń'],
    ['Hungarian', 'Győr, Ősz'],
    ['Greek and Cyrillic', 'Αθήνα, Київ'],
    ['typography', '“Quoted” – ‘single’ — dash… £5 €3 → ≥ ✓'],
  ])('draws %s as typed', (_name, text) => {
    const c = coverage()
    expect(c.drawable(text)).toBe(text)
    expect(c.drawable(text, true)).toBe(text)
    expect(c.missing.size).toBe(0)
  })

  it('replaces Chinese and emoji with a visible placeholder and remembers each character once', () => {
    const c = coverage()
    expect(c.drawable('Library 中文 😀 😀')).toBe(`Library ${PLACEHOLDER}${PLACEHOLDER} ${PLACEHOLDER} ${PLACEHOLDER}`)
    expect([...c.missing]).toEqual(['中', '文', '😀'])
  })

  it('composes decomposed accents, so ŵ typed as w plus a combining circumflex is kept', () => {
    expect(coverage().drawable('Gw\u0302yl')).toBe('Gŵyl')
  })

  it('drops joiners, variation selectors and skin tones, and removes bidirectional controls', () => {
    const c = coverage()
    expect(c.drawable('a\u200db\ufe0fc\u{1f3fd}')).toBe('abc')
    expect(c.drawable('report\u202egnp.exe')).toBe('reportgnp.exe')
    expect(c.missing.size).toBe(0)
  })

  it('keeps line breaks and turns tabs and unusual spaces into spaces', () => {
    expect(coverage().drawable('a\tb\r\nc\u2009d')).toBe('a b\nc d')
  })
})

describe('describeCharacter', () => {
  it('names the code point and the kind of character, using only characters the font has', () => {
    expect(describeCharacter('中')).toBe('U+4E2D (Chinese, Japanese or Korean)')
    expect(describeCharacter('😀')).toBe('U+1F600 (emoji)')
    expect(describeCharacter('ᚠ')).toBe('U+16A0 (letter)')
  })
})
