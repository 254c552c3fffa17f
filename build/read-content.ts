/**
 * Reads questions/ from disk (Node only): parses each YAML file and hands the lot to
 * validateContent. Used by the Vite plugin, the tests and the scripts.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse, YAMLParseError } from 'yaml'
import { ContentError, type ContentProblem } from '../src/content/content-error.ts'
import { validateContentWithWarnings, type RawContent, type RawFile, type Validated } from '../src/content/validate-content.ts'
import type { Content } from '../src/content/schema.ts'

/** Read every content file under `dir` without validating it. Syntax errors are collected. */
export function readRawContent(dir: string): { raw: RawContent; files: string[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = []
  const files: string[] = []
  const read = (path: string): RawFile => {
    const file = relative(dir, path)
    files.push(path)
    if (!existsSync(path)) {
      problems.push({ file, path: '', message: 'this file is missing' })
      return { file, data: undefined }
    }
    try {
      return { file, data: parse(readFileSync(path, 'utf8')) }
    } catch (e) {
      const where = e instanceof YAMLParseError && e.linePos ? `line ${e.linePos[0].line}` : ''
      const message = e instanceof Error ? (e.message.split('\n')[0] ?? 'not valid YAML') : 'not valid YAML'
      problems.push({ file, path: where, message: `is not valid YAML: ${message}` })
      return { file, data: undefined }
    }
  }
  const folder = (name: string): RawFile[] => {
    const path = join(dir, name)
    if (!existsSync(path)) return []
    return readdirSync(path)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => read(join(path, f)))
  }
  const raw: RawContent = {
    framework: read(join(dir, 'framework.yaml')),
    profile: read(join(dir, 'profile.yaml')),
    priorities: read(join(dir, 'priorities.yaml')),
    themes: folder('themes'),
    rules: folder('rules'),
    references: folder('references'),
    // One file, or a folder of files when the case studies are split by theme.
    caseStudies: existsSync(join(dir, 'case-studies')) ? folder('case-studies') : [read(join(dir, 'case-studies.yaml'))],
    governanceModels: read(join(dir, 'governance-models.yaml')),
    smarterServices: read(join(dir, 'smarter-services.yaml')),
    report: read(join(dir, 'report.yaml')),
  }
  return { raw, files, problems }
}

/**
 * Read and validate the content under `dir`, with the warnings that do not fail the build yet.
 * Problems reading a file (missing, bad YAML) are listed with every problem in the other files.
 * @throws ContentError
 */
export function loadContentWithWarnings(dir: string): Validated {
  const { raw, problems } = readRawContent(dir)
  const unreadable = new Set(problems.map((p) => p.file))
  try {
    const validated = validateContentWithWarnings(raw)
    if (problems.length > 0) throw new ContentError(problems)
    return validated
  } catch (e) {
    if (!(e instanceof ContentError)) throw e
    throw new ContentError([...problems, ...e.problems.filter((p) => !unreadable.has(p.file))])
  }
}

/**
 * Read and validate the content under `dir`.
 * @throws ContentError
 */
export function loadContent(dir: string): Content {
  return loadContentWithWarnings(dir).content
}
