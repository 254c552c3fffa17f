import { describe, expect, it } from 'vitest'
import { contentSummary, LAZY_PARTS, LAZY_PARTS_WITH_QUESTIONS, loaderSource, splitContent } from '../../build/content-split-plugin'
import { realContent } from '../support/content'

describe('content split', () => {
  const content = realContent()
  it('puts every key of the one validated model in exactly one part', () => {
    const { core, parts } = splitContent(content)
    const keys = [...Object.keys(core), ...Object.values(parts).flatMap((p) => Object.keys(p))].sort()
    expect(keys).toEqual(Object.keys(content).sort())
    expect(Object.keys(parts.results!)).toEqual(LAZY_PARTS.results!.filter((k) => k in content))
    expect(core).toHaveProperty('themes')
    expect(core).not.toHaveProperty('caseStudies')
  })
  it('with the questions lazy too, leaves the start page only the framework, profile and priorities', () => {
    const { core, parts } = splitContent(content, LAZY_PARTS_WITH_QUESTIONS)
    expect(Object.keys(core).sort()).toEqual(['framework', 'priorities', 'profile'])
    expect(Object.keys(parts.questions!).sort()).toEqual(['references', 'themes'])
  })
  it('counts the sections and the questions everyone is asked', () => {
    const summary = contentSummary(content)
    expect(summary.themes).toBe(content.themes.length)
    expect(summary.questions).toBeLessThan(content.themes.reduce((n, t) => n + t.questions.length, 0))
  })
  it('makes a lazy key throw until its part is loaded, then hold the value', async () => {
    const source = loaderSource({ results: ['caseStudies'] })
      .replace(/^import core from .*$/m, 'const core = { themes: [] }')
      .replace(/\(\) => import\([^)]*\)/, '() => Promise.resolve({ default: { caseStudies: ["one"] } })')
      .replace(/export /g, '')
    const loader = new Function(`${source}; return { content, loadContentPart, isContentPartLoaded }`)() as {
      content: Record<string, unknown>
      loadContentPart: (p: string) => Promise<void>
      isContentPartLoaded: (p: string) => boolean
    }
    expect(() => loader.content.caseStudies).toThrow(/"results" content \(caseStudies\) was used before it was loaded/)
    await loader.loadContentPart('results')
    expect(loader.isContentPartLoaded('results')).toBe(true)
    expect(loader.content.caseStudies).toEqual(['one'])
    await expect(loader.loadContentPart('nothing')).rejects.toThrow(/No content part/)
  })
})
