import { describe, expect, it } from 'vitest'
import { pdfTextString, StructTree } from '@/pdf/tagging/struct-tree'

const refs = (pageCount: number) => {
  let next = 100
  return { alloc: () => next++, page: (n: number) => n * 10, annotation: (i: number) => 500 + i, pageCount }
}

describe('StructTree', () => {
  it('numbers marked content per page, from 0, and records who owns each id', () => {
    const tree = new StructTree()
    const ids: number[] = []
    tree.within('H1', {}, () => ids.push(tree.mark(1)))
    tree.within('P', {}, () => {
      ids.push(tree.mark(1))
      ids.push(tree.mark(2))
    })
    expect(ids).toEqual([0, 1, 0])
    const { objects } = tree.serialise(refs(2))
    const parentTree = objects.find(([, body]) => body.startsWith('<</Nums'))![1]
    // Page 1 (key 0): MCID 0 is the H1, MCID 1 the P; page 2 (key 1): MCID 0 the P.
    const h1 = objects.find(([, b]) => b.includes('/S /H1'))![0]
    const p = objects.find(([, b]) => b.includes('/S /P '))![0]
    expect(parentTree).toBe(`<</Nums [0 [${h1} 0 R ${p} 0 R] 1 [${p} 0 R]]>>`)
  })

  it('writes a kid on another page as a marked-content reference with its page', () => {
    const tree = new StructTree()
    tree.within('P', {}, () => {
      tree.mark(1)
      tree.mark(2)
    })
    const p = tree.serialise(refs(2)).objects.find(([, b]) => b.includes('/S /P '))![1]
    expect(p).toContain('/Pg 10 0 R')
    expect(p).toContain('/K [0 <</Type /MCR /Pg 20 0 R /MCID 0>>]')
  })

  it('nests elements and points each at its parent, under one Document root', () => {
    const tree = new StructTree()
    tree.within('Table', {}, () => tree.within('TR', {}, () => tree.within('TH', { scope: 'Column' }, () => tree.mark(1))))
    const { rootId, objects } = tree.serialise(refs(1))
    const byType = (t: string) => objects.find(([, b]) => b.includes(`/S /${t} `))!
    expect(objects.find(([id]) => id === rootId)![1]).toMatch(/^<<\/Type \/StructTreeRoot \/K \[\d+ 0 R\] \/ParentTree \d+ 0 R \/ParentTreeNextKey 1>>$/)
    expect(byType('Document')[1]).toContain(`/P ${rootId} 0 R`)
    expect(byType('Table')[1]).toContain(`/P ${byType('Document')[0]} 0 R`)
    expect(byType('TR')[1]).toContain(`/P ${byType('Table')[0]} 0 R`)
    expect(byType('TH')[1]).toContain('/A <</O /Table /Scope /Column>>')
  })

  it('writes alternative text, column spans, a bounding box and list numbering as attributes', () => {
    const tree = new StructTree()
    tree.within('Figure', { alt: 'Scores: Ŵ 1', bbox: [1, 2, 3, 4] }, () => tree.mark(1))
    tree.within('TD', { colSpan: 2 }, () => tree.mark(1))
    tree.within('L', { listNumbering: 'Decimal' }, () => undefined)
    const bodies = tree.serialise(refs(1)).objects.map(([, b]) => b)
    expect(bodies.find((b) => b.includes('/S /Figure'))).toContain(`/Alt ${pdfTextString('Scores: Ŵ 1')} /A <</O /Layout /BBox [1.00 2.00 3.00 4.00]>>`)
    expect(bodies.find((b) => b.includes('/S /TD'))).toContain('/A <</O /Table /ColSpan 2>>')
    expect(bodies.find((b) => b.includes('/S /L '))).toContain('/A <</O /List /ListNumbering /Decimal>>')
  })

  it('reopens the last list of the same numbering, so items drawn one by one form one list', () => {
    const tree = new StructTree()
    tree.within('L', { listNumbering: 'Decimal' }, () => tree.within('LI', {}, () => tree.mark(1)), true)
    tree.within('L', { listNumbering: 'Decimal' }, () => tree.within('LI', {}, () => tree.mark(1)), true)
    tree.within('L', { listNumbering: 'Disc' }, () => undefined, true)
    expect(tree.root.children.map((c) => c.type)).toEqual(['L', 'L'])
    expect(tree.root.children[0]!.children.map((c) => c.type)).toEqual(['LI', 'LI'])
  })

  it('gives a link annotation a ParentTree key after the pages, and an object reference in its Link', () => {
    const tree = new StructTree()
    tree.within('Link', {}, () => {
      tree.mark(1)
      expect(tree.annotation(1)).toBe(0)
    })
    const { objects } = tree.serialise(refs(3))
    const link = objects.find(([, b]) => b.includes('/S /Link'))!
    expect(link[1]).toContain('<</Type /OBJR /Pg 10 0 R /Obj 500 0 R>>')
    expect(objects.find(([, b]) => b.startsWith('<</Nums'))![1]).toContain(`3 ${link[0]} 0 R`)
    expect(objects.find(([, b]) => b.includes('StructTreeRoot'))![1]).toContain('/ParentTreeNextKey 4')
  })

  it('continues an element that already exists, such as a table cell on the next page', () => {
    const tree = new StructTree()
    const td = tree.open('TD')
    tree.mark(1)
    tree.close()
    tree.enter(td)
    tree.mark(2)
    tree.close()
    expect(tree.root.children).toEqual([td])
    expect(td.kids).toEqual([
      { kind: 'mcid', page: 1, mcid: 0 },
      { kind: 'mcid', page: 2, mcid: 0 },
    ])
  })
})

describe('pdfTextString', () => {
  it('writes UTF-16BE with a byte order mark, in hex, surrogate pairs included', () => {
    expect(pdfTextString('Aŵ')).toBe('<FEFF00410175>')
    expect(pdfTextString('😀')).toBe('<FEFFD83DDE00>')
    expect(pdfTextString('(a)\\')).toBe('<FEFF002800610029005C>')
  })
})
