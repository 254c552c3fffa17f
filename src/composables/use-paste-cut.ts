import { ref, type Ref } from 'vue'

/**
 * Whether the last paste into a field was cut by its maxlength, so the character count can say
 * so. Call `onPaste` on paste and `onInput` on every input event.
 */
export function usePasteCut(max: () => number | undefined): { pasteCut: Ref<boolean>; onPaste: (event: ClipboardEvent) => void; onInput: () => void } {
  const pasteCut = ref(false)
  let pasting = false
  function onPaste(event: ClipboardEvent) {
    const limit = max()
    if (limit === undefined) return
    const field = event.target as HTMLInputElement | HTMLTextAreaElement
    const pasted = event.clipboardData?.getData('text') ?? ''
    const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0)
    pasting = true
    pasteCut.value = field.value.length - selected + pasted.replace(/\r\n/g, '\n').length > limit
  }
  function onInput() {
    if (pasting) pasting = false
    else pasteCut.value = false
  }
  return { pasteCut, onPaste, onInput }
}
