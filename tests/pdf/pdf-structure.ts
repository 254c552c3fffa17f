/**
 * The structure tree of a PDF as pdf.js reads it, with each element's text taken from its marked
 * content: what a screen reader would be given.
 */
import type { getDocumentProxy } from 'unpdf'

export interface StructNode {
  role: string
  text: string
  alt?: string
  children: StructNode[]
}

interface PdfJsStruct {
  role?: string
  alt?: string
  type?: string
  id?: string
  children?: PdfJsStruct[]
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

/** The structure tree of every page, with each element's text (from its marked content). */
export async function structure(pdf: PdfDocument): Promise<StructNode[]> {
  const nodes: StructNode[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const content = await page.getTextContent({ includeMarkedContent: true })
    const texts = new Map<string, string>()
    let open: string | null = null
    for (const item of content.items as { type?: string; id?: string; str?: string; hasEOL?: boolean }[]) {
      if (item.type === 'beginMarkedContentProps' && item.id) open = item.id
      else if (item.type === 'endMarkedContent') open = null
      // pdf.js ends a line's item with hasEOL rather than a space.
      else if (open && item.str !== undefined) texts.set(open, (texts.get(open) ?? '') + item.str + (item.hasEOL ? ' ' : ''))
    }
    const walk = (s: PdfJsStruct): StructNode => {
      if (s.type === 'content') return { role: 'content', text: (texts.get(s.id ?? '') ?? '').replace(/\s+/g, ' ').trim(), children: [] }
      const children = (s.children ?? []).map(walk)
      return { role: s.role ?? '', alt: s.alt, text: children.map((c) => c.text).join(' ').replace(/\s+/g, ' ').trim(), children }
    }
    const tree = (await page.getStructTree()) as PdfJsStruct | null
    if (tree) nodes.push(walk(tree))
  }
  return nodes
}

export const all = (nodes: StructNode[]): StructNode[] => nodes.flatMap((n) => [n, ...all(n.children)])
