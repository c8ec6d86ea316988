/** How each per-field fill outcome reads to the admin, in the popup and beside the form alike. */
import type { FieldOutcome } from '../schemas';

export const OUTCOME_TEXT: Record<FieldOutcome, string> = {
  filled: 'filled',
  'already-equal': 'already had this value',
  'not-present': 'not in this form',
  failed: 'not filled',
  'read-only': 'read-only',
};
