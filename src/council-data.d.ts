/** The council data module made by build/council-data-plugin.ts from data/. Import it dynamically. */
declare module 'virtual:council-data' {
  const data: import('@/engine/council/types').CouncilData
  export default data
}
