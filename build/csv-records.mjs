// RFC 4180 CSV text into records (arrays of cells), shared by the build's council-data loader
// (build/read-council-data.ts) and the data update script (scripts/data-update.mjs, plain Node).
// Plain JavaScript so that Node 20 runs it without a TypeScript step; types in csv-records.d.mts.

/**
 * Split CSV text into records. A quoted field may hold commas, line breaks and doubled quotes.
 * `unterminated` is true when the text ends inside a quoted field.
 * @param {string} text
 * @returns {{ records: string[][], unterminated: boolean }}
 */
export function csvRecords(text) {
  const records = []
  let record = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      record.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += ch
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return { records, unterminated: quoted }
}

/**
 * Whether a record is a blank line (one empty cell).
 * @param {string[]} cells
 */
export const isBlankRecord = (cells) => cells.length === 1 && cells[0] === ''
