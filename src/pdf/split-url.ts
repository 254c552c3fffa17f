/**
 * A web address broken into lines at its separators (after "/", ".", "-", "?", "&", "=", "_",
 * "#"), so a printed URL wraps where a reader expects, not mid-word. A piece longer than a line
 * is broken where it must be.
 *
 * Exported API:
 * - `splitUrl(url, width, measure): string[]` — `measure` gives a string's width in the units of `width`
 */
export function splitUrl(url: string, width: number, measure: (s: string) => number): string[] {
  const pieces = url.match(/[^/.\-?&=_#]*[/.\-?&=_#]*/g)?.filter(Boolean) ?? [url]
  const lines: string[] = []
  let line = ''
  const push = (piece: string) => {
    if (measure(line + piece) <= width || line === '') {
      line += piece
    } else {
      lines.push(line)
      line = piece
    }
    // A single piece wider than the line: break it by characters.
    while (measure(line) > width && line.length > 1) {
      let n = line.length - 1
      while (n > 1 && measure(line.slice(0, n)) > width) n--
      lines.push(line.slice(0, n))
      line = line.slice(n)
    }
  }
  for (const piece of pieces) push(piece)
  if (line) lines.push(line)
  return lines
}
