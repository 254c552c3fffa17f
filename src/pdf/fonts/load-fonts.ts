/**
 * Fetch the PDF's font files in the browser (DejaVu Sans, cut down: see README.md here). Vite
 * emits them as hashed assets, fetched (and then cached) only when a PDF is asked for: they are
 * never part of the first page load.
 *
 * Exported API:
 * - `loadPdfFonts(): Promise<PdfFonts>`
 */
import regularUrl from './DejaVuSans.ttf?url'
import boldUrl from './DejaVuSans-Bold.ttf?url'
import type { PdfFonts } from './pdf-fonts'

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Could not load the PDF font (${response.status}).`)
  return new Uint8Array(await response.arrayBuffer())
}

let loading: Promise<PdfFonts> | null = null

export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((e: unknown) => {
      loading = null
      throw e
    })
  return loading
}
