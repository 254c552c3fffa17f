/**
 * The structure tree of a tagged PDF as a screen reader is given it: read from the file's
 * structure elements (written uncompressed), with each element's text taken from its marked
 * content as pdf.js reads the pages.
 */
import type { getDocumentProxy } from 'unpdf'

export interface StructNode {
  role: string
  text: string
  alt?: string
  /** The pages (1-based) its own text is on. */
  pages: number[]
  children: StructNode[]
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

/** The text of every marked-content sequence, by pdf.js's id: "p<page object>R_mc<MCID>". */
async function markedText(pdf: PdfDocument): Promise<{ texts: Map<string, string>; pageOf: Map<string, number> }> {
  const texts = new Map<string, string>()
  const pageOf = new Map<string, number>()
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    pageOf.set(String(page.ref?.num), n)
    const content = await page.getTextContent({ includeMarkedContent: true })
    let open: string | null = null
    for (const item of content.items as { type?: string; id?: string; str?: string; hasEOL?: boolean }[]) {
      if (item.type === 'beginMarkedContentProps' && item.id) open = item.id
      else if (item.type === 'endMarkedContent') open = null
      // pdf.js ends a line's item with hasEOL rather than a space.
      else if (open && item.str !== undefined) texts.set(open, (texts.get(open) ?? '') + item.str + (item.hasEOL ? ' ' : ''))
    }
  }
  return { texts, pageOf }
}

const decodeHex = (hex: string) => {
  let s = ''
  for (let i = 4; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16))
  return s
}

/** The Document element and everything under it, in reading order. */
export async function structure(pdf: PdfDocument, bytes: Uint8Array): Promise<StructNode[]> {
  const raw = Buffer.from(bytes).toString('latin1')
  const objects = new Map<number, string>()
  for (const m of raw.matchAll(/(\d+) 0 obj\s*(<<(?:(?!endobj)[\s\S])*?>>)\s*endobj/g)) objects.set(Number(m[1]), m[2]!)
  const { texts, pageOf } = await markedText(pdf)
  const rootId = Number(/\/StructTreeRoot (\d+) 0 R/.exec(raw)?.[1])
  const docId = Number(/\/K \[(\d+) 0 R\]/.exec(objects.get(rootId) ?? '')?.[1])

  const element = (id: number): StructNode => {
    const body = objects.get(id) ?? ''
    const role = /\/S \/(\w+)/.exec(body)?.[1] ?? ''
    const page = /\/Pg (\d+) 0 R/.exec(body)?.[1]
    const kids = /\/K \[(.*)\]/s.exec(body)?.[1] ?? ''
    const children: StructNode[] = []
    for (const k of kids.matchAll(/<<\/Type \/MCR \/Pg (\d+) 0 R \/MCID (\d+)>>|<<\/Type \/OBJR[^>]*>>|(\d+) 0 R|(\d+)/g)) {
      const content = (pg: string, mcid: string): StructNode => ({
        role: 'content',
        text: texts.get(`p${pg}R_mc${mcid}`) ?? '',
        pages: [pageOf.get(pg) ?? 0],
        children: [],
      })
      if (k[1]) children.push(content(k[1], k[2]!))
      else if (k[3]) children.push(element(Number(k[3])))
      else if (k[4]) children.push(content(page ?? '', k[4]))
    }
    const alt = /\/Alt <([0-9A-F]+)>/.exec(body)?.[1]
    const text = children
      .map((c) => c.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
    const pages = [...new Set(children.flatMap((c) => c.pages))].sort((a, b) => a - b)
    return { role, text, alt: alt ? decodeHex(alt) : undefined, pages, children: children.filter((c) => c.role !== 'content') }
  }
  return [element(docId)]
}

export const all = (nodes: StructNode[]): StructNode[] => nodes.flatMap((n) => [n, ...all(n.children)])
