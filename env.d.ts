/// <reference types="vite/client" />

declare module 'virtual:content' {
  const content: import('@/engine/content-schema').Content
  export default content
}
