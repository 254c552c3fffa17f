/**
 * Text for the PDF's standard fonts. jsPDF's built-in Helvetica covers only the WinAnsi
 * character set; one character outside it garbles the whole line. So every string goes
 * through `toWinAnsi` before it is drawn.
 *
 * Exported API:
 * - `toWinAnsi(text: string): string`
 *
 * Kept: Latin-1 (é, ñ, ß, £) and WinAnsi's extras (smart quotes, en and em dashes, €, …, •, ™).
 * Accents outside Latin-1 lose their accent (Welsh ŵ → w, ŷ → y; ā → a); a few symbols get a
 * plain spelling (→ becomes ->); anything else (emoji, other scripts) becomes "?". This is a
 * known limitation of using the standard fonts rather than embedding a Unicode font.
 */

// WinAnsi's characters in 0x80–0x9F, which differ from Latin-1's control codes there.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u2032': '’',
  '\u2033': '”',
  '\u201b': '‘',
  '\u201f': '“',
  '\u2039': '‹',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2713': 'Yes',
  '\u2714': 'Yes',
  '\u2717': 'No',
  '\u2718': 'No',
  // Letters with a stroke have no decomposition to strip.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  '\u2028': '\n',
  '\u2029': '\n',
}

// Characters that only shape their neighbours (joiners, variation selectors, skin tones).
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}]$/u
const SPACES = /^[\u2000-\u200a\u202f\u205f\u3000]$/

function inWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)
}

/** The text with every character drawable by jsPDF's standard fonts, as readable as possible. */
export function toWinAnsi(text: string): string {
  let out = ''
  for (const ch of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0
    if (ch === '\n') out += '\n'
    else if (ch === '\t') out += ' '
    else if (inWinAnsi(ch)) out += ch
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch]
    else if (SPACES.test(ch)) out += ' '
    // Control codes, joiners, variation selectors and skin tones draw nothing.
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || INVISIBLE.test(ch)) continue
    else {
      // Strip accents: ŵ decomposes to w plus a combining circumflex.
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '')
      out += base !== '' && [...base].every(inWinAnsi) ? base : '?'
    }
  }
  return out
}
