/**
 * The Unicode font embedded in the PDF, and what it can draw.
 *
 * The font is DejaVu Sans (regular and bold), from the dejavu-fonts-ttf package, cut down to the
 * scripts listed in README.md here: Bitstream Vera licence with DejaVu's changes in the public
 * domain, free to embed and redistribute. jsPDF embeds only the glyphs a document uses (a
 * subset), with a ToUnicode map so text can be searched, copied and read aloud. It covers Latin
 * (Welsh ŵ ŷ ẁ, Polish Ł ó ź, Hungarian ő), Greek, Cyrillic, Hebrew, Arabic and many symbols;
 * not Chinese, Japanese or Korean, nor emoji.
 *
 * Bidirectional control characters are removed (src/outputs/text-safety.ts). A character the
 * font cannot draw is never dropped silently: it is drawn as the placeholder U+FFFD (�), and
 * collected so the document can list it and the caller can warn.
 *
 * Exported API:
 * - type `PdfFonts` `{ regular: Uint8Array; bold: Uint8Array }` (the TTF files' bytes)
 * - `FONT_NAME`, `PLACEHOLDER`
 * - `registerFonts(doc, fonts)`: add both to a jsPDF document
 * - `FontCoverage`: `drawable(text, bold)` the text as the font can draw it; `missing` what was replaced
 * - `describeCharacter(ch)`: "U+4E2D (Chinese, Japanese or Korean)"
 */
import type { jsPDF } from 'jspdf'
import { plainText } from '@/outputs/text-safety'

export interface PdfFonts {
  regular: Uint8Array
  bold: Uint8Array
}

export const FONT_NAME = 'DejaVuSans'
export const PLACEHOLDER = '\ufffd'

function binaryString(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return s
}

/** Add the regular and bold faces to `doc` as `FONT_NAME`, embedded with Identity-H encoding (so subset). */
export function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', binaryString(fonts.regular))
  doc.addFileToVFS('DejaVuSans-Bold.ttf', binaryString(fonts.bold))
  doc.addFont('DejaVuSans.ttf', FONT_NAME, 'normal', 'normal', 'Identity-H')
  doc.addFont('DejaVuSans-Bold.ttf', FONT_NAME, 'bold', undefined, 'Identity-H')
}

interface FontMetadata {
  characterToGlyph(code: number): number
}

// Characters that shape their neighbours and draw nothing of their own: joiners, variation
// selectors, emoji skin tones, soft hyphen. Dropping them loses no letter.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}]/u
// Control codes other than line breaks and tabs.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const SPACES = /[\u2000-\u200a\u202f\u205f\u3000]/

/**
 * A character the font cannot draw, described with what can be drawn: its code point and, for
 * the common cases, what kind of character it is, such as "U+4E2D (Chinese, Japanese or Korean)".
 */
export function describeCharacter(ch: string): string {
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  const kind = /\p{Extended_Pictographic}/u.test(ch)
    ? 'emoji'
    : /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch)
      ? 'Chinese, Japanese or Korean'
      : /\p{L}/u.test(ch)
        ? 'letter'
        : 'symbol'
  return `${code} (${kind})`
}

export class FontCoverage {
  /** Characters replaced by the placeholder, in the order first met. */
  readonly missing = new Set<string>()
  private readonly cache = new Map<string, string>()

  constructor(private readonly faces: { regular: FontMetadata; bold: FontMetadata }) {}

  /** Read the faces' character maps from a document the fonts were registered in. */
  static of(doc: jsPDF): FontCoverage {
    const face = (style: string) =>
      (doc.internal as unknown as { getFont(n: string, s: string): { metadata: FontMetadata } }).getFont(FONT_NAME, style).metadata
    return new FontCoverage({ regular: face('normal'), bold: face('bold') })
  }

  private has(ch: string, bold: boolean): boolean {
    const code = ch.codePointAt(0) ?? 0
    // jsPDF encodes text as 16-bit glyph codes: characters beyond the BMP cannot be drawn.
    if (code > 0xffff) return false
    return (bold ? this.faces.bold : this.faces.regular).characterToGlyph(code) !== 0
  }

  /** `text` as the font can draw it: composed (NFC), invisible characters dropped, the rest replaced by the placeholder. */
  drawable(text: string, bold = false): string {
    const key = `${bold ? 'b' : 'r'}${text}`
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    let out = ''
    // Bidirectional controls are removed (they could make a name read as something else).
    for (const ch of plainText(text).replace(/\r\n?/g, '\n').normalize('NFC')) {
      if (ch === '\n') out += '\n'
      else if (ch === '\t' || SPACES.test(ch)) out += ' '
      else if (INVISIBLE.test(ch) || CONTROL.test(ch)) continue
      else if (this.has(ch, bold)) out += ch
      else {
        this.missing.add(ch)
        out += PLACEHOLDER
      }
    }
    this.cache.set(key, out)
    return out
  }
}
