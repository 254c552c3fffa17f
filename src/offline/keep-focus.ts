/**
 * Mounting the app replaces a prerendered page with the same markup. If the user has already
 * moved focus (a keyboard user pressing Tab on the static page), focus would fall back to the
 * top of the page; instead it is put back on the element in the same place.
 */
interface Node {
  readonly children: ArrayLike<Node>
  readonly parentElement: Node | null
}

/** Where `el` is under `root`, as element-child indexes from the root; null when it is not inside. */
export function focusPath(root: Node, el: Node | null): number[] | null {
  const path: number[] = []
  let node = el
  while (node && node !== root) {
    const parent: Node | null = node.parentElement
    if (!parent) return null
    path.unshift(Array.prototype.indexOf.call(parent.children, node))
    node = parent
  }
  return node === root && path.length > 0 ? path : null
}

export function elementAt<T extends Node>(root: T, path: readonly number[]): T | null {
  let node: Node | undefined = root
  for (const i of path) node = node?.children[i]
  return (node as T | undefined) ?? null
}

/** Run `mount`, then put focus back where it was inside `root`, if it was there. */
export function mountKeepingFocus(root: HTMLElement, mount: () => void): void {
  const path = focusPath(root, document.activeElement)
  mount()
  if (!path) return
  const target = elementAt(root, path)
  if (target instanceof HTMLElement) target.focus({ preventScroll: true })
}
