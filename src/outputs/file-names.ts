/** File names for downloads: `library-self-assessment-<council>-<yyyy-mm-dd>.<ext>`. */

/** Lower-case letters, digits and hyphens only, so the name works on every system. */
export function slug(text: string): string {
  const s = text
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
export function fileName(kind: 'report' | 'answers' | 'table', council: string | undefined, date: string, ext: string): string {
  const base = kind === 'report' ? 'library-self-assessment' : kind === 'answers' ? 'library-self-assessment-answers' : 'library-self-assessment-table'
  return `${base}-${slug(council ?? '')}-${date.slice(0, 10)}.${ext}`
}
