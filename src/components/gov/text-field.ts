import { computed, type ComputedRef, type Ref } from 'vue'
import { usePasteCut } from '@/composables/use-paste-cut'

/** What the shared field logic reads from GovInput's and GovTextarea's props. */
interface TextFieldProps {
  id: string
  hint?: string
  errorMessage?: string
  maxlength?: number
  modelValue?: string
}

/**
 * What GovInput and GovTextarea share: the hint and error ids, the aria-describedby list (the
 * character count's `<id>-info` first, as govuk's macros write it), whether the text is over its
 * limit, and an input handler that tracks pastes cut by the limit and emits the new value.
 */
export function useTextField(
  props: TextFieldProps,
  emit: (event: 'update:modelValue', value: string) => void,
): {
  hintId: ComputedRef<string>
  errorId: ComputedRef<string>
  describedBy: ComputedRef<string | undefined>
  length: ComputedRef<number>
  over: ComputedRef<boolean>
  pasteCut: Ref<boolean>
  onPaste: (event: ClipboardEvent) => void
  onInput: (event: Event) => void
} {
  const hintId = computed(() => `${props.id}-hint`)
  const errorId = computed(() => `${props.id}-error`)
  const describedBy = computed(
    () =>
      [props.maxlength ? `${props.id}-info` : '', props.hint ? hintId.value : '', props.errorMessage ? errorId.value : ''].filter(Boolean).join(' ') ||
      undefined,
  )
  const length = computed(() => (props.modelValue ?? '').length)
  const over = computed(() => props.maxlength !== undefined && length.value > props.maxlength)
  const { pasteCut, onPaste, onInput: pasteInput } = usePasteCut(() => props.maxlength)
  function onInput(event: Event) {
    pasteInput()
    emit('update:modelValue', (event.target as HTMLInputElement | HTMLTextAreaElement).value)
  }
  return { hintId, errorId, describedBy, length, over, pasteCut, onPaste, onInput }
}
