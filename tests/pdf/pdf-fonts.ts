/** The PDF's fonts read from src/pdf/fonts, for tests and the benchmark (the browser fetches them). */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { PdfFonts } from '../../src/pdf/fonts/pdf-fonts'

const DIR = resolve(import.meta.dirname, '..', '..', 'src', 'pdf', 'fonts')

let fonts: PdfFonts | null = null

export function pdfFonts(): PdfFonts {
  fonts ??= { regular: new Uint8Array(readFileSync(resolve(DIR, 'DejaVuSans.ttf'))), bold: new Uint8Array(readFileSync(resolve(DIR, 'DejaVuSans-Bold.ttf'))) }
  return fonts
}
