/**
 * Page geometry, type sizes and colours of the PDF, shared by its drawing modules. Millimetres,
 * A4 portrait. Body text is 11 pt and nothing a reader needs is smaller than 10.5 pt.
 */
export { GRID_COLOUR, RAG_COLOURS, TEXT_COLOUR } from '@/outputs/chart/theme-chart'

export const PT = 25.4 / 72
export const PAGE = { w: 210, h: 297 } as const
export const MARGIN = { left: 20, right: 20, top: 22, bottom: 22 } as const
export const WIDTH = PAGE.w - MARGIN.left - MARGIN.right
export const BOTTOM = PAGE.h - MARGIN.bottom
export const SIZE = { title: 26, h2: 17, h3: 13, lead: 12.5, body: 11, small: 10.5, table: 10.5, furniture: 9.5 } as const
export const LEADING = 1.3
export const TABLE_LEADING = 1.2
export const CELL_PAD = 1.8
export const SECONDARY = '#484949'
export const LINK = '#1d70b8'
export const RULE = '#b1b4b6'
export const TINT = '#f3f2f1'
export const HEADER_FILL = '#0b0c0c'

export const lineHeight = (size: number) => size * PT * LEADING
