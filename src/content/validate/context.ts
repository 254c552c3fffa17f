/**
 * The small context every validation pass shares: the list of problems found so far, and which
 * ids sit in files that failed their schema (so they are not reported again as unknown).
 */
import type { z } from 'zod'
import type { ContentProblem } from '../content-error.ts'

/** One YAML file as read from disk: its name under questions/ and its parsed data. */
export interface RawFile {
  file: string
  data: unknown
}

export interface RawContent {
  framework: RawFile
  profile: RawFile
  priorities: RawFile
  themes: RawFile[]
  rules: RawFile[]
  references: RawFile[]
  /** case-studies.yaml, or every file in case-studies/ (in name order). */
  caseStudies: RawFile[]
  governanceModels: RawFile
  smarterServices: RawFile
  report: RawFile
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('')
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), data)
}

/** The `id`s of the records in a list, read leniently from a file that failed its schema. */
export function idsIn(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((item) => {
    const id = valueAt(item, ['id'])
    return typeof id === 'string' ? [id] : []
  })
}

/** A schema issue as a sentence an author can act on, rather than the schema library's wording. */
function plainMessage(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ')
    return `${issue.keys.length === 1 ? 'has an unknown key' : 'has unknown keys'} ${keys}: check the spelling against questions/README.md`
  }
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return issue.path.length === 0 ? 'is empty' : 'is required but missing'
  if (issue.code === 'invalid_format' && issue.format === 'url') return 'is not a web address (it must start with https:// or http://)'
  // Apart from question and profile kinds (which name the kinds they expect), the only unions
  // in the content schemas are conditions and the values inside them.
  if (issue.code === 'invalid_union' && issue.errors.length > 0) return 'is not a condition the checker understands: see "Conditions" in questions/README.md'
  return issue.message
}

export class Checker {
  readonly problems: ContentProblem[] = []
  // A file that fails its schema is reported once, in that file. The ids it defines are not
  // reported again as unknown where other files use them; when the file could not be read at
  // all, no id of its kind is. The full cross-check runs once the file is fixed.
  private readonly broken = new Map<string, { ids: Set<string>; all: boolean }>()

  report(file: string, path: string, message: string): void {
    this.problems.push({ file, path, message })
  }

  /** Parse one file against its schema, reporting every issue in it. */
  parse<S extends z.ZodType>(schema: S, f: RawFile): z.output<S> | undefined {
    const result = schema.safeParse(f.data)
    if (result.success) return result.data
    for (const issue of result.error.issues) this.report(f.file, formatPath(issue.path), plainMessage(issue, f.data))
    return undefined
  }

  markBroken(kind: string, data: unknown, ids: string[]): void {
    const entry = this.broken.get(kind) ?? { ids: new Set<string>(), all: false }
    if (typeof data !== 'object' || data === null) entry.all = true
    for (const id of ids) entry.ids.add(id)
    this.broken.set(kind, entry)
  }

  inBrokenFile(kind: string, id: string): boolean {
    const entry = this.broken.get(kind)
    return entry !== undefined && (entry.all || entry.ids.has(id))
  }

  /** Report each id in `ids` that is not `known` (and not defined in a broken file). */
  checkIds(file: string, path: string, ids: readonly string[], known: Set<string>, kind: string): void {
    ids.forEach((id, i) => {
      if (!known.has(id) && !this.inBrokenFile(kind, id)) this.report(file, `${path}[${i}]`, `unknown ${kind} id "${id}"`)
    })
  }
}
