import { describe, expect, it } from 'vitest'
import { splitUrl } from '@/pdf/split-url'

// One unit per character, so widths are easy to reason about.
const measure = (s: string) => s.length

describe('splitUrl', () => {
  it('keeps a URL that fits on one line', () => {
    expect(splitUrl('https://example.org/a', 40, measure)).toEqual(['https://example.org/a'])
  })

  it('breaks after separators, never inside a word that fits', () => {
    const lines = splitUrl('https://www.gov.uk/government/publications/libraries-as-a-statutory-service', 30, measure)
    expect(lines.join('')).toBe('https://www.gov.uk/government/publications/libraries-as-a-statutory-service')
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30)
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/.\-?&=_#]$/)
  })

  it('breaks a piece longer than a line where it must, losing nothing', () => {
    const url = `https://example.org/${'x'.repeat(50)}`
    const lines = splitUrl(url, 20, measure)
    expect(lines.join('')).toBe(url)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20)
  })
})
