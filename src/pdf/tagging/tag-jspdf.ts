/**
 * Tagged PDF on top of jsPDF, which has no tagging API of its own. It uses only jsPDF's
 * documented internal hooks: the `internal.events` publish/subscribe ('putPage', 'putCatalog',
 * 'postPutAdditionalObjects'), `internal.write` for raw content operators, `newAdditionalObject`,
 * `newObjectDeferred` and `newObjectDeferredBegin` for new objects.
 *
 * What it adds to the file: marked content (BDC/EMC with MCIDs) around every piece of text,
 * `/Artifact` around page furniture and decoration, a structure tree with a ParentTree,
 * `/StructParents` and `/Tabs /S` on every page, link annotations that belong to Link elements
 * (`/StructParent`, OBJR), `/MarkInfo << /Marked true >>` and `/StructTreeRoot` in the catalogue,
 * and PDF version 1.7.
 *
 * Exported API:
 * - `TaggedPdf(doc)`: `tree`, `within(type, attrs, fn, reuseLast?)`, `mark(fn)`,
 *   `artifact(fn, pagination?)`, `link(x, y, w, h, url)` (mm, top-left origin, on the current page)
 */
import type { jsPDF } from 'jspdf'
import { pdfTextString, StructTree, type StructAttributes, type StructType } from './struct-tree'

interface Internal {
  write(...s: string[]): void
  events: { subscribe(topic: string, fn: (data: never) => void): string }
  newAdditionalObject(): { objId: number; content: string }
  newObjectDeferred(): number
  newObjectDeferredBegin(id: number, doOutput: boolean): void
  getCurrentPageInfo(): { pageNumber: number }
  getPageInfo(n: number): { objId: number }
  getPageInfoByObjId(id: number): { pageNumber: number }
  scaleFactor: number
  pageSize: { getHeight(): number }
}

interface PendingLink {
  page: number
  /** In PDF points, bottom-left origin. */
  rect: [number, number, number, number]
  url: string
  index: number
}

/** Escape a string for a PDF literal string: the URL of a link is ASCII. */
function literal(s: string): string {
  return `(${s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, (c) => encodeURI(c))})`
}

export class TaggedPdf {
  readonly tree = new StructTree()
  private readonly links: PendingLink[] = []
  private readonly annotationIds: number[] = []
  private rootId = 0
  private readonly internal: Internal

  constructor(private readonly doc: jsPDF) {
    this.internal = doc.internal as unknown as Internal
    ;(doc as unknown as { __private__: { setPdfVersion(v: string): void } }).__private__.setPdfVersion('1.7')
    const events = this.internal.events
    events.subscribe('putPage', ((data: { objId: number; pageNumber: number }) => this.putPage(data)) as (d: never) => void)
    events.subscribe('postPutAdditionalObjects', (() => this.putTree()) as (d: never) => void)
    events.subscribe('putCatalog', (() => {
      this.internal.write(`/StructTreeRoot ${this.rootId} 0 R`)
      this.internal.write('/MarkInfo <</Marked true>>')
    }) as (d: never) => void)
  }

  private get page(): number {
    return this.internal.getCurrentPageInfo().pageNumber
  }

  within<T>(type: StructType, attrs: StructAttributes, fn: () => T, reuseLast = false): T {
    return this.tree.within(type, attrs, fn, reuseLast)
  }

  /** Draw `fn` as marked content belonging to the open structure element. */
  mark(fn: () => void): void {
    const mcid = this.tree.mark(this.page)
    this.internal.write(`/${this.tree.current.type} <</MCID ${mcid}>> BDC`)
    fn()
    this.internal.write('EMC')
  }

  /** Draw `fn` as an artifact: decoration, or (with `pagination`) a running header or footer. */
  artifact(fn: () => void, pagination?: 'Header' | 'Footer'): void {
    this.internal.write(pagination ? `/Artifact <</Type /Pagination /Subtype /${pagination}>> BDC` : '/Artifact BMC')
    fn()
    this.internal.write('EMC')
  }

  /** A link annotation over a box (mm, from the top left of the current page), owned by the open element. */
  link(x: number, y: number, w: number, h: number, url: string): void {
    const k = this.internal.scaleFactor
    const pageH = this.internal.pageSize.getHeight()
    const index = this.tree.annotation(this.page)
    this.links.push({ page: this.page, rect: [x * k, (pageH - y - h) * k, (x + w) * k, (pageH - y) * k], url, index })
  }

  private putPage({ objId, pageNumber }: { objId: number; pageNumber: number }): void {
    const pageCount = this.doc.getNumberOfPages()
    this.internal.write(`/StructParents ${pageNumber - 1}`)
    this.internal.write('/Tabs /S')
    const here = this.links.filter((l) => l.page === pageNumber)
    if (here.length === 0) return
    const refs = here.map((l) => {
      const obj = this.internal.newAdditionalObject()
      const owner = this.tree.annotations[l.index]!.owner
      const contents = owner.attrs.actualText ?? l.url
      obj.content =
        `<</Type /Annot /Subtype /Link /Rect [${l.rect.map((n) => n.toFixed(2)).join(' ')}] /Border [0 0 0] /P ${objId} 0 R` +
        ` /A <</S /URI /URI ${literal(l.url)}>> /Contents ${/^[\x20-\x7e]*$/.test(contents) ? literal(contents) : pdfTextString(contents)} /StructParent ${StructTree.annotationKey(l.index, pageCount)}>>`
      this.annotationIds[l.index] = obj.objId
      return `${obj.objId} 0 R`
    })
    this.internal.write(`/Annots [${refs.join(' ')}]`)
  }

  private putTree(): void {
    const { rootId, objects } = this.tree.serialise({
      alloc: () => this.internal.newObjectDeferred(),
      page: (n) => this.internal.getPageInfo(n).objId,
      annotation: (i) => this.annotationIds[i] ?? 0,
      pageCount: this.doc.getNumberOfPages(),
    })
    this.rootId = rootId
    for (const [id, body] of objects) {
      this.internal.newObjectDeferredBegin(id, true)
      this.internal.write(body)
      this.internal.write('endobj')
    }
  }
}
