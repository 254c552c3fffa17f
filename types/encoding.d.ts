/**
 * The WHATWG Encoding API, which every JavaScript runtime the app and its tests use provides
 * (browsers and Node alike). Declared here only for tsconfig.pure.json, which leaves the DOM
 * library out so that `window` or `document` in a pure folder is a type error.
 */
interface TextDecoderOptions {
  fatal?: boolean
  ignoreBOM?: boolean
}
interface TextDecodeOptions {
  stream?: boolean
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions)
  readonly encoding: string
  readonly fatal: boolean
  decode(input?: ArrayBuffer | ArrayBufferView, options?: TextDecodeOptions): string
}
declare class TextEncoder {
  readonly encoding: string
  encode(input?: string): Uint8Array
}
