/// <reference types="vite/client" />

declare module 'virtual:content' {
  const content: import('@/content/schema').Content
  export default content
}
