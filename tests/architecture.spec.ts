/**
 * The boundaries the code keeps, read from the sources themselves (the ESLint rules say the
 * same; this test holds even when lint is not run):
 *
 * - src/engine and src/outputs are plain functions over plain data: no framework, no stores,
 *   pages or components, no PDF or Word library, no browser globals, no eval. The engine does
 *   not reach the outputs either.
 * - No module imports itself through a cycle; components never import a store, page or router.
 * - Nothing under src/ uses v-html.
 * - Only src/pdf imports jsPDF statically; everything else loads it on demand.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = resolve(import.meta.dirname, '..', 'src')
const ENGINE = join(SRC, 'engine')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort()
}

const FORBIDDEN_MODULES: RegExp[] = [
  /^vue$/,
  /^vue\//,
  /^@vue\//,
  /^pinia(\/|$)/,
  /^vue-router(\/|$)/,
  /^jspdf(\/|$)/,
  /^jspdf-autotable(\/|$)/,
  /^@\/(stores|pages|components|composables|router|pdf|docx)(\/|$)/,
  /^docx$/,
  /\.vue$/,
]
const FORBIDDEN_FOLDERS = ['stores', 'pages', 'components', 'composables', 'router', 'pdf', 'docx']
const FORBIDDEN_GLOBALS = new Set(['window', 'document', 'localStorage', 'navigator', 'globalThis', 'eval'])
/** A static import or re-export of jsPDF; `await import('jspdf')` loads it on demand and is fine. */
const STATIC_JSPDF = /^\s*(?:import|export)\b[^;'"]*?(?:from\s*)?['"]jspdf(?:-autotable)?(?:\/[^'"]*)?['"]/m

/** Whether an import specifier, written in `file`, reaches something the engine must not use. */
function forbiddenModule(specifier: string, file: string): boolean {
  if (FORBIDDEN_MODULES.some((pattern) => pattern.test(specifier))) return true
  if (!specifier.startsWith('.')) return false
  const target = relative(SRC, resolve(dirname(file), specifier)).split(sep)
  return FORBIDDEN_FOLDERS.includes(target[0] ?? '')
}

/** Identifiers that name a property or member rather than a variable in scope. */
function isMemberName(node: ts.Identifier): boolean {
  const parent = node.parent
  return (
    ((ts.isPropertyAccessExpression(parent) ||
      ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
      parent.name === node) ||
    (ts.isQualifiedName(parent) && parent.right === node)
  )
}

/** What a TypeScript source does that the engine must not: one line per finding. */
function engineViolations(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const at = (node: ts.Node) => `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`
  const checkModule = (node: ts.Node, specifier: ts.Node | undefined) => {
    if (specifier && ts.isStringLiteralLike(specifier) && forbiddenModule(specifier.text, file)) found.push(`${at(node)} imports "${specifier.text}"`)
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) checkModule(node, node.moduleSpecifier)
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) checkModule(node, node.argument.literal)
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      checkModule(node, node.arguments[0])
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') {
      found.push(`${at(node)} builds a function from text (Function)`)
    }
    if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !isMemberName(node)) found.push(`${at(node)} uses ${node.text}`)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('the engine boundary check', () => {
  const inEngine = join(ENGINE, 'example.ts')

  it.each([
    "import { ref } from 'vue'",
    "import type { Ref } from 'vue'",
    "import { defineStore } from 'pinia'",
    "import { useRouter } from 'vue-router'",
    "import { jsPDF } from 'jspdf'",
    "import { autoTable } from 'jspdf-autotable'",
    "import { useAssessmentStore } from '@/stores/assessment'",
    "import StartPage from '@/pages/StartPage.vue'",
    "import { thing } from '@/components/helpers'",
    "import GovRadios from './GovRadios.vue'",
    "import { useAssessmentStore } from '../stores/assessment'",
    "export { ref } from 'vue'",
    "const pdf = await import('jspdf')",
    "type R = import('vue').Ref<number>",
    'window.print()',
    'const title = document.title',
    "localStorage.setItem('answers', '{}')",
    'const language = navigator.language',
    'const storage = globalThis.localStorage',
    "eval('1 + 1')",
    "const f = new Function('return 1')",
  ])('catches: %s', (code) => {
    expect(engineViolations(inEngine, code)).toHaveLength(1)
  })

  it.each([
    '// The store keeps this in localStorage; the engine never touches window or document.',
    "const text = 'Open a new window and read the document'",
    'const file = { document: 1, navigator: 2 }; const n = file.document + file.navigator',
    "import { z } from 'zod'",
    "import { optionsOf } from './question-model'",
    "import type { Content } from '@/content/schema'",
  ])('allows: %s', (code) => {
    expect(engineViolations(inEngine, code)).toEqual([])
  })
})

describe('the static jsPDF import check', () => {
  it.each([
    "import { jsPDF } from 'jspdf'",
    'import type { jsPDF } from "jspdf"',
    "import {\n  jsPDF,\n} from 'jspdf'",
    "import 'jspdf-autotable'",
    "export * from 'jspdf'",
  ])('catches: %j', (code) => {
    expect(STATIC_JSPDF.test(code)).toBe(true)
  })

  it.each([
    "const { jsPDF } = await import('jspdf')",
    "// The report imports 'jspdf' only when asked for",
    "import { buildReport } from '@/outputs/report/build-report'",
  ])('allows: %j', (code) => {
    expect(STATIC_JSPDF.test(code)).toBe(false)
  })
})

describe.each(['engine', 'outputs'])('src/%s', (folder) => {
  const files = filesUnder(join(SRC, folder))

  it('has TypeScript sources to check', () => {
    expect(files.filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(3)
  })

  it('holds only TypeScript modules and READMEs', () => {
    expect(files.filter((f) => !f.endsWith('.ts') && !f.endsWith('README.md')).map((f) => relative(SRC, f))).toEqual([])
  })

  it('imports no framework, store, page, component or document library, and uses no browser global or eval', () => {
    const ts = files.filter((f) => f.endsWith('.ts'))
    expect(ts.flatMap((file) => engineViolations(file, readFileSync(file, 'utf8')))).toEqual([])
  })
})

describe('the import graph', () => {
  const graph = importGraph(filesUnder(SRC).filter((f) => /\.(ts|vue)$/.test(f)))

  it('has no cycles', () => {
    expect(cycles(graph).map((cycle) => cycle.map((f) => relative(SRC, f)).join(' -> '))).toEqual([])
  })

  it('keeps the engine away from the outputs', () => {
    const bad = [...graph].flatMap(([from, to]) =>
      [...to].filter((t) => inFolder(from, 'engine') && inFolder(t, 'outputs')).map((t) => `${relative(SRC, from)} -> ${relative(SRC, t)}`),
    )
    expect(bad).toEqual([])
  })

  it('keeps components free of stores, pages and the router', () => {
    const bad = [...graph].flatMap(([from, to]) =>
      [...to]
        .filter((t) => inFolder(from, 'components') && ['stores', 'pages', 'router'].some((f) => inFolder(t, f)))
        .map((t) => `${relative(SRC, from)} -> ${relative(SRC, t)}`),
    )
    expect(bad).toEqual([])
  })
})

describe('the cycle finder', () => {
  it('finds a loop of two and a loop of three, and nothing in a tree', () => {
    const g = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['a'])],
      ['c', new Set(['d'])],
      ['d', new Set(['e'])],
      ['e', new Set(['c'])],
      ['f', new Set(['g', 'h'])],
      ['g', new Set(['h'])],
      ['h', new Set<string>()],
    ])
    expect(cycles(g).map((c) => [...c].sort().join(''))).toEqual(['ab', 'cde'])
  })
})

describe('src', () => {
  const files = filesUnder(SRC)

  it('never uses v-html', () => {
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('v-html')).map((f) => relative(SRC, f))).toEqual([])
  })

  it('imports jsPDF statically only under src/pdf', () => {
    const outsideReport = files.filter((file) => !relative(SRC, file).startsWith(`pdf${sep}`))
    expect(outsideReport.filter((file) => STATIC_JSPDF.test(readFileSync(file, 'utf8'))).map((f) => relative(SRC, f))).toEqual([])
  })
})

function inFolder(file: string, folder: string): boolean {
  return relative(SRC, file).split(sep)[0] === folder
}

/** Every src module and the src modules it imports (statically, dynamically or as a type). */
function importGraph(files: string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  const spec = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm
  for (const file of files) {
    const targets = new Set<string>()
    for (const match of readFileSync(file, 'utf8').matchAll(spec)) {
      const target = resolveImport(file, match[1] ?? '')
      if (target) targets.add(target)
    }
    graph.set(file, targets)
  }
  return graph
}

function resolveImport(file: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(SRC, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(file), specifier) : null
  if (base === null) return null
  for (const candidate of [base, `${base}.ts`, `${base}.vue`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

/** The strongly connected components with more than one module (Tarjan), each sorted. */
function cycles<T>(graph: Map<T, Set<T>>): T[][] {
  let next = 0
  const index = new Map<T, number>()
  const low = new Map<T, number>()
  const stack: T[] = []
  const onStack = new Set<T>()
  const found: T[][] = []
  const visit = (v: T) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const component: T[] = []
      let w: T
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found.sort((a, b) => String(a[0]).localeCompare(String(b[0])))
}
