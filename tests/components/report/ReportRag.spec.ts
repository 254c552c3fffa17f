import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportRag from '@/components/report/ReportRag.vue'

describe('ReportRag', () => {
  it.each([
    ['Red', 'Red'],
    ['Amber', 'Amber'],
    ['Green', 'Green'],
    [null, 'No score'],
  ] as const)('prints the word for %s, so colour is never the only signal', (rag, word) => {
    expect(mount(ReportRag, { props: { rag, word } }).text()).toBe(word)
  })
})
