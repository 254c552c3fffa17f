/**
 * The reference councils of questions/CALIBRATION.md, as test fixtures. Each one is drawn from a
 * case or a piece of guidance in the research, and carries the verdict a library-law specialist
 * would expect. tests/content/calibration.spec.ts runs each through the real content and engine.
 */
import { caseCouncils } from './councils-cases'
import { practiceCouncils } from './councils-practice'
import type { ReferenceCouncil } from './council'

export type { Expected, LegalLevel, Rag, ReferenceCouncil } from './council'

export const referenceCouncils: ReferenceCouncil[] = [...caseCouncils, ...practiceCouncils]
