import { useAssessmentStore } from '@/stores/assessment'
import { fileName } from '@/outputs/file-names'
import { downloadFile } from './use-download'

/** Download the answers in this browser as a JSON file. For pages only. */
export function useAnswerFile() {
  const store = useAssessmentStore()
  function downloadAnswers() {
    const council = store.assessment.profile['council-name']
    const name = fileName('answers', typeof council === 'string' ? council : undefined, new Date().toISOString(), 'json')
    downloadFile(name, store.downloadText(), 'application/json')
  }
  return { downloadAnswers }
}
