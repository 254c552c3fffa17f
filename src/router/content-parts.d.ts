/** Modules served by build/content-split-plugin.ts. */
declare module 'virtual:content/loader' {
  export const content: import('@/content/schema').Content
  /** Load one lazy part of the content (today: "results"); resolves at once when it is there. */
  export function loadContentPart(part: string): Promise<void>
  export function isContentPartLoaded(part: string): boolean
  /** The lazy parts of this build, such as ["results"]; none under Vitest. */
  export const contentParts: readonly string[]
}

declare module 'virtual:content/summary' {
  const summary: { themes: number; questions: number }
  export default summary
}
