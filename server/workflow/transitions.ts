/**
 * Where a submission may go from each status: received → in-review → approved → published, or
 * rejected (with a reason) or withdrawn. A rejection can be reopened for review; a published entry can
 * be taken back to approved (unpublished). Withdrawn is final.
 */
import type { Status } from '../store/index.js';

export const TRANSITIONS: Record<Status, readonly Status[]> = {
  received: ['in-review', 'rejected', 'withdrawn'],
  'in-review': ['approved', 'rejected', 'withdrawn'],
  approved: ['published', 'in-review', 'rejected', 'withdrawn'],
  published: ['approved', 'withdrawn'],
  rejected: ['in-review'],
  withdrawn: [],
};

export const allowed = (from: Status, to: Status) => TRANSITIONS[from].includes(to);
