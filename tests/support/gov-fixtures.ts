/**
 * Reads the fixtures govuk-frontend ships and turns HTML into a canonical string, so a component's
 * markup can be compared with govuk's own: comments go, whitespace in text collapses, attributes
 * are sorted and Vue's scoped-style `data-v-*` attributes are dropped.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** One example from a component's `fixtures.json`: the macro options and the HTML they render. */
export interface GovukFixture {
  name: string
  options: Record<string, unknown>
  html: string
  hidden?: boolean
}

const require = createRequire(import.meta.url)

/** The fixture called `name` from govuk-frontend's `<component>/fixtures.json`. */
export function govukFixture(component: string, name: string): GovukFixture {
  const path = require.resolve(`govuk-frontend/dist/govuk/components/${component}/fixtures.json`)
  const { fixtures } = JSON.parse(readFileSync(path, 'utf8')) as { fixtures: GovukFixture[] }
  const fixture = fixtures.find((f) => f.name === name)
  if (!fixture) throw new Error(`govuk-frontend has no "${name}" fixture for ${component}`)
  return fixture
}

// Elements that never have children or a closing tag.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function attributesOf(element: Element): string {
  return [...element.attributes]
    .filter((a) => !a.name.startsWith('data-v-'))
    .map((a) => [a.name, a.name === 'class' ? a.value.trim().replace(/\s+/g, ' ') : a.value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}="${escapeText(value).replace(/"/g, '&quot;')}"`)
    .join('')
}

/**
 * Text children with whitespace collapsed. Indentation-only text goes, and so does whitespace at
 * the start and end of an element's content: govuk's templates are indented, Vue's output is not.
 */
function textChildren(element: Element): (Element | string)[] {
  const kept: (Element | string)[] = []
  for (const node of element.childNodes) {
    if (node.nodeType === node.ELEMENT_NODE) kept.push(node as Element)
    else if (node.nodeType === node.TEXT_NODE) {
      // Vue's comment placeholders can split one run of text in two: join the halves again.
      const previous = kept[kept.length - 1]
      if (typeof previous === 'string') kept[kept.length - 1] = previous + (node.textContent ?? '')
      else kept.push(node.textContent ?? '')
    }
  }
  for (let i = kept.length - 1; i >= 0; i--) {
    const child = kept[i]
    if (typeof child !== 'string') continue
    const text = child.replace(/\s+/g, ' ')
    if (text.trim() === '') kept.splice(i, 1)
    else kept[i] = text
  }
  const first = kept[0]
  if (typeof first === 'string') kept[0] = first.trimStart()
  const last = kept[kept.length - 1]
  if (typeof last === 'string') kept[kept.length - 1] = last.trimEnd()
  return kept
}

function serialise(node: Element | string, depth: number): string[] {
  const indent = '  '.repeat(depth)
  if (typeof node === 'string') return [indent + escapeText(node)]
  const tag = node.tagName.toLowerCase()
  const open = `${indent}<${tag}${attributesOf(node)}>`
  if (VOID.has(tag)) return [open]
  const children = textChildren(node).flatMap((child) => serialise(child, depth + 1))
  return [open, ...children, `${indent}</${tag}>`]
}

/**
 * A canonical form of an HTML fragment, one node to a line so a failing comparison shows a
 * readable diff. Two fragments that a browser would present the same way give the same string.
 */
export function canonicalHtml(html: string): string {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body
  return textChildren(body)
    .flatMap((child) => serialise(child, 0))
    .join('\n')
}

// Attributes whose value is an id or a list of ids.
const ID_ATTRIBUTES = ['id', 'for', 'aria-describedby', 'aria-labelledby', 'aria-controls']

/**
 * The fixture HTML with ids renamed, for fixtures that set an id our props do not take. An id and
 * the ids derived from it (`gateway` and `gateway-item-hint`) are renamed wherever they are used.
 */
export function renameIds(html: string, renames: Record<string, string>): string {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body
  const rename = (token: string) => {
    for (const [from, to] of Object.entries(renames)) {
      if (token === from || token.startsWith(`${from}-`)) return to + token.slice(from.length)
    }
    return token
  }
  for (const element of body.querySelectorAll('*')) {
    for (const name of ID_ATTRIBUTES) {
      const value = element.getAttribute(name)
      if (value !== null) element.setAttribute(name, value.split(/\s+/).map(rename).join(' '))
    }
  }
  return body.innerHTML
}
