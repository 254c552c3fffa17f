/**
 * Small patterns the report layout repeats, written once against the ReportWriter.
 *
 * Exported API: `labelledBullets(w, label, items)`, `sectionStart(w, section, empty): boolean`
 */
import type { ReportWriter, TextStyle } from './report-writer'

/** A bold label and its bullets, left out when there are none. */
export function labelledBullets(w: ReportWriter, label: string, items: string[]): void {
  if (items.length === 0) return
  w.label(label)
  w.bullets(items)
}

/**
 * A section's heading, then its empty text when it has nothing to show (false: draw nothing more),
 * else its introduction, by default kept with what follows (true).
 */
export function sectionStart(
  w: ReportWriter,
  s: { title: string; intro: string; emptyText: string },
  empty: boolean,
  introStyle: TextStyle = { keepWithNext: true },
): boolean {
  w.heading(s.title, 2)
  if (empty) {
    w.paragraph(s.emptyText)
    return false
  }
  w.paragraph(s.intro, introStyle)
  return true
}
