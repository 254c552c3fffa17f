/**
 * Finds the figures in a piece of content text: the numbers that need a declared source.
 * The rule, also written up in questions/README.md ("Figures and their sources"):
 *
 * - A figure is a run of digits as written, with thousands commas and a decimal part:
 *   `15`, `1,357`, `59.3`. Signs and units around it (`£`, `%`, `m`, `million`) are not part of it.
 * - Not figures, because they name something rather than count it:
 *   - years from 1900 to 2099 (`2014`, `the 1964 Act`) and year ranges (`2022/23`, `2011–12`);
 *   - the day in a date (`30 November 2009`) and times of day (`8:30am`, `10pm`);
 *   - statute and section numbers: `section 7`, `sections 16 and 17`, `s7(2)(b)`, `s114`,
 *     `regulation 3`, `Part 5`, and the bracketed subsections after them;
 *   - digits joined to letters in a name or code (`COVID-19`, `E2`, `Libraries Connected's P4`).
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'

/** Spans that are never figures, removed before figures are looked for. */
const NOT_FIGURES: RegExp[] = [
  // Statute and section references, with any list of further numbers and bracketed subsections.
  /(?:\b(?:sections?|regulations?|reg\.|parts?|paragraphs?|para\.|schedules?|articles?|clauses?)\s?|(?<![\p{L}'’])ss?\.?)\d+[A-Za-z]?(?:\(\d+[A-Za-z]?\)|\([a-z]\))*(?:\s?(?:,|and|or|to|–|-)\s?\d+[A-Za-z]?(?:\(\d+[A-Za-z]?\)|\([a-z]\))*)*/giu,
  // Bracketed subsection references left on their own, such as "(2)(b)".
  /\(\d+\)(?:\([a-z]\))*/g,
  // Financial and academic year ranges: 2022/23, 2011–12, 2011-2012.
  /\b(?:19|20)\d{2}\s?[/–-]\s?(?:(?:19|20)\d{2}|\d{2})\b/g,
  // Times of day: "8:30am", "10pm", "18:00".
  /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b/gi,
  // The day in a date: "30 November 2009", "3 April".
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`, 'g'),
  // Years on their own.
  /(?<![\d,.])\b(?:19|20)\d{2}\b(?!,\d{3}|\.\d|\d)/g,
  // Digits joined to letters: a name or a code, not a count.
  /\p{L}[\p{L}-]*\d[\d.]*/gu,
]

const FIGURE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g

/** The figures in `text`, each as written, in order, without repeats. */
export function figuresIn(text: string): string[] {
  let rest = text
  for (const pattern of NOT_FIGURES) rest = rest.replace(pattern, (span) => ' '.repeat(span.length))
  const found = rest.match(FIGURE) ?? []
  return [...new Set(found.map((f) => f.replace(/\.$/, '')))]
}
