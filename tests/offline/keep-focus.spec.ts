import { describe, expect, it } from 'vitest'
import { elementAt, focusPath } from '@/offline/keep-focus'

interface El {
  name: string
  children: El[]
  parentElement: El | null
}
function tree(name: string, ...children: El[]): El {
  const el: El = { name, children, parentElement: null }
  for (const c of children) c.parentElement = el
  return el
}

describe('keeping focus across the mount', () => {
  const link = tree('skip-link')
  const button = tree('start')
  const before = tree('app', link, tree('header'), tree('main', tree('h1'), tree('p'), button))
  const after = tree('app', tree('skip-link'), tree('header'), tree('main', tree('h1'), tree('p'), tree('start-again')))

  it('finds the same place in the new markup', () => {
    expect(focusPath(before, link)).toEqual([0])
    expect(focusPath(before, button)).toEqual([2, 2])
    expect(elementAt(after, [2, 2])?.name).toBe('start-again')
  })
  it('does nothing for focus outside the app, or on the app itself', () => {
    expect(focusPath(before, tree('elsewhere'))).toBeNull()
    expect(focusPath(before, before)).toBeNull()
    expect(focusPath(before, null)).toBeNull()
  })
  it('gives nothing when the new markup has no element there', () => {
    expect(elementAt(after, [2, 9])).toBeNull()
  })
})
