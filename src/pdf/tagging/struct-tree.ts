/**
 * The structure tree of a tagged PDF, kept as plain data while the pages are drawn and written
 * out as PDF objects at the end. Knows nothing of jsPDF: tag-jspdf.ts connects it to a document.
 *
 * Exported API:
 * - `StructTree`: `open(type, attrs?, reuseLast?)`, `enter(elem)`, `close()`, `within(type, attrs, fn)`,
 *   `mark(page)` (a new marked-content id on a page, owned by the open element),
 *   `annotation(page)` (a link annotation owned by the open element), `serialise(refs)`
 * - `StructElem`, `StructType`, `StructAttributes`, `pdfTextString(text)`
 */

/** The standard structure types this report uses (ISO 32000-1, 14.8.4). */
export type StructType = 'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Link' | 'Caption'

export interface StructAttributes {
  /** Alternative text, for a Figure. */
  alt?: string
  /** Text that replaces the content for a screen reader, such as a link's URL. */
  actualText?: string
  /** For a TH: the cells it heads. */
  scope?: 'Column' | 'Row'
  colSpan?: number
  /** For a Figure: its box on the page, in PDF points from the bottom left. */
  bbox?: [number, number, number, number]
  /** For an L: how its items are numbered. */
  listNumbering?: 'Disc' | 'Decimal'
}

type Kid = { kind: 'mcid'; page: number; mcid: number } | { kind: 'elem'; elem: StructElem } | { kind: 'annot'; page: number; index: number }

export class StructElem {
  readonly kids: Kid[] = []
  constructor(
    readonly type: StructType,
    readonly parent: StructElem | null,
    readonly attrs: StructAttributes = {},
  ) {}

  /** The elements directly under this one, in order. */
  get children(): StructElem[] {
    return this.kids.flatMap((k) => (k.kind === 'elem' ? [k.elem] : []))
  }
}

/** Object numbers the serialiser needs from the document. */
export interface ObjectRefs {
  /** A fresh object number. */
  alloc(): number
  /** The object number of a page (1-based). */
  page(n: number): number
  /** The object number of the nth annotation (0-based, in the order they were made). */
  annotation(index: number): number
  pageCount: number
}

/** A PDF text string in UTF-16BE, written in hex so no character needs escaping. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

export class StructTree {
  readonly root = new StructElem('Document', null)
  private stack: StructElem[] = [this.root]
  /** For each page, the owner of each marked-content id, in id order. */
  private readonly owners = new Map<number, StructElem[]>()
  /** The owner and page of each link annotation. */
  readonly annotations: { page: number; owner: StructElem }[] = []

  get current(): StructElem {
    return this.stack[this.stack.length - 1] ?? this.root
  }

  /**
   * Open an element under the current one and make it current. With `reuseLast`, an element of
   * the same type and numbering that is the current element's last child is opened again, so
   * numbered items drawn one by one still form one list.
   */
  open(type: StructType, attrs: StructAttributes = {}, reuseLast = false): StructElem {
    const parent = this.current
    const last = parent.kids.at(-1)
    if (reuseLast && last?.kind === 'elem' && last.elem.type === type && last.elem.attrs.listNumbering === attrs.listNumbering) {
      this.stack.push(last.elem)
      return last.elem
    }
    const elem = new StructElem(type, parent, attrs)
    parent.kids.push({ kind: 'elem', elem })
    this.stack.push(elem)
    return elem
  }

  /** Make an element that already exists current again, to add content to it (a table cell continued on the next page). */
  enter(elem: StructElem): void {
    this.stack.push(elem)
  }

  close(): void {
    if (this.stack.length > 1) this.stack.pop()
  }

  within<T>(type: StructType, attrs: StructAttributes, fn: () => T, reuseLast = false): T {
    this.open(type, attrs, reuseLast)
    try {
      return fn()
    } finally {
      this.close()
    }
  }

  /** A new marked-content id on `page`, owned by the current element. */
  mark(page: number): number {
    const owners = this.owners.get(page) ?? []
    this.owners.set(page, owners)
    owners.push(this.current)
    const mcid = owners.length - 1
    this.current.kids.push({ kind: 'mcid', page, mcid })
    return mcid
  }

  /** Register a link annotation on `page`, owned by the current element; returns its index. */
  annotation(page: number): number {
    const index = this.annotations.length
    this.annotations.push({ page, owner: this.current })
    this.current.kids.push({ kind: 'annot', page, index })
    return index
  }

  /** The ParentTree key of an annotation: after one key per page. */
  static annotationKey(index: number, pageCount: number): number {
    return pageCount + index
  }

  /** Every element, depth first, in reading order. */
  elements(from: StructElem = this.root): StructElem[] {
    return [from, ...from.children.flatMap((c) => this.elements(c))]
  }

  /**
   * The tree as PDF objects: `[objectNumber, dictionary]` pairs, and the number of the
   * StructTreeRoot to put in the catalogue.
   */
  serialise(refs: ObjectRefs): { rootId: number; objects: [number, string][] } {
    const rootId = refs.alloc()
    const parentTreeId = refs.alloc()
    const ids = new Map<StructElem, number>()
    const all = this.elements()
    for (const e of all) ids.set(e, refs.alloc())
    const ref = (e: StructElem) => `${ids.get(e)} 0 R`
    const objects: [number, string][] = []

    for (const e of all) {
      const firstPage = e.kids.find((k) => k.kind !== 'elem') as { page: number } | undefined
      const kids = e.kids.map((k) => {
        if (k.kind === 'elem') return ref(k.elem)
        if (k.kind === 'mcid') return firstPage && k.page === firstPage.page ? String(k.mcid) : `<</Type /MCR /Pg ${refs.page(k.page)} 0 R /MCID ${k.mcid}>>`
        return `<</Type /OBJR /Pg ${refs.page(k.page)} 0 R /Obj ${refs.annotation(k.index)} 0 R>>`
      })
      // /Type /StructElem is optional; leaving it out keeps a long report noticeably smaller.
      const parts = [`/S /${e.type} /P ${e.parent ? ref(e.parent) : `${rootId} 0 R`}`]
      if (firstPage) parts.push(`/Pg ${refs.page(firstPage.page)} 0 R`)
      parts.push(`/K [${kids.join(' ')}]`)
      if (e.attrs.alt !== undefined) parts.push(`/Alt ${pdfTextString(e.attrs.alt)}`)
      if (e.attrs.actualText !== undefined) parts.push(`/ActualText ${pdfTextString(e.attrs.actualText)}`)
      const table = [e.attrs.scope ? `/Scope /${e.attrs.scope}` : '', e.attrs.colSpan && e.attrs.colSpan > 1 ? `/ColSpan ${e.attrs.colSpan}` : ''].filter(
        Boolean,
      )
      const attributes = [
        table.length > 0 ? `<</O /Table ${table.join(' ')}>>` : '',
        e.attrs.bbox ? `<</O /Layout /BBox [${e.attrs.bbox.map((n) => n.toFixed(2)).join(' ')}]>>` : '',
        e.attrs.listNumbering ? `<</O /List /ListNumbering /${e.attrs.listNumbering}>>` : '',
      ].filter(Boolean)
      if (attributes.length === 1) parts.push(`/A ${attributes[0]}`)
      if (attributes.length > 1) parts.push(`/A [${attributes.join(' ')}]`)
      objects.push([ids.get(e)!, `<<${parts.join(' ')}>>`])
    }

    const nums: string[] = []
    for (let page = 1; page <= refs.pageCount; page++) {
      const owners = this.owners.get(page) ?? []
      nums.push(`${page - 1} [${owners.map(ref).join(' ')}]`)
    }
    this.annotations.forEach((a, i) => nums.push(`${StructTree.annotationKey(i, refs.pageCount)} ${ref(a.owner)}`))
    objects.push([parentTreeId, `<</Nums [${nums.join(' ')}]>>`])
    const nextKey = refs.pageCount + this.annotations.length
    objects.push([rootId, `<</Type /StructTreeRoot /K [${ref(this.root)}] /ParentTree ${parentTreeId} 0 R /ParentTreeNextKey ${nextKey}>>`])
    return { rootId, objects }
  }
}
