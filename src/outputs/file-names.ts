/** File names for downloads: `library-self-assessment-<council>-<yyyy-mm-dd>.<ext>`. */

import { plainText } from './text-safety'

// Letters that do not come apart into a plain letter and an accent, written the usual English way.
const LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
}

/**
 * Lower-case letters, digits and hyphens only, so the name works on every system. Bidirectional
 * and other control characters go first, so a name can never read differently from what it is.
 */
export function slug(text: string): string {
  const s = plainText(text)
    .replace(/[łŁøØđĐħĦıßæÆœŒþÞðÐ]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
  return s || 'council'
}

/** `date` is an ISO date or date-time; only its first 10 characters are used. */
export function fileName(kind: 'report' | 'answers' | 'table' | 'copy', council: string | undefined, date: string, ext: string): string {
  const base = {
    report: 'library-self-assessment',
    answers: 'library-self-assessment-answers',
    table: 'library-self-assessment-table',
    copy: 'library-self-assessment-unreadable-copy',
  }[kind]
  return `${base}-${slug(council ?? '')}-${date.slice(0, 10)}.${ext}`
}
