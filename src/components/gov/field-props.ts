/** The props GOV.UK's text input and textarea share (GovInput, GovTextarea). */
export interface TextFieldProps {
  id: string
  name: string
  label: string
  labelSize?: 'xl' | 'l' | 'm' | 's'
  hint?: string
  errorMessage?: string
  maxlength?: number
  modelValue?: string
}
