/**
 * Fetch the PDF's font files in the browser. Vite emits them as hashed assets, fetched (and then
 * cached) only when a PDF is asked for: they are never part of the first page load.
 *
 * Exported API:
 * - `loadPdfFonts(): Promise<PdfFonts>`
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'
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
