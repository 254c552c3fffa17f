/** Building blocks shared by every content schema. */
import { z } from 'zod'

/** Ids are lower-case words joined by hyphens, such as `needs-assessment-current`. */
export const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
export const Text = z.string().trim().min(1, 'must not be empty')
export const Url = z.url({ protocol: /^https?$/ })
