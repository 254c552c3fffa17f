/** A labelled GOV.UK field: its id and name, its label, hint and error message. */
export interface LabelledFieldProps {
  id: string
  name: string
  label: string
  labelSize?: 'xl' | 'l' | 'm' | 's'
  hint?: string
  errorMessage?: string
}

/** The props GOV.UK's text input and textarea share (GovInput, GovTextarea). */
export interface TextFieldProps extends LabelledFieldProps {
  maxlength?: number
  modelValue?: string
}

/** The props a component hands to its form control unchanged, by name, for `v-bind`. */
export function passThrough<P extends object, K extends keyof P>(props: P, keys: readonly K[]): Pick<P, K> {
  return Object.fromEntries(keys.map((key) => [key, props[key]])) as Pick<P, K>
}
