/** Split CSV text into records; `unterminated` when the text ends inside a quoted field. */
export function csvRecords(text: string): { records: string[][]; unterminated: boolean }
/** Whether a record is a blank line (one empty cell). */
export function isBlankRecord(cells: string[]): boolean
