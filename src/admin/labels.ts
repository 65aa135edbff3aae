/** The words the staff pages use for statuses, kinds and the moves between statuses. */
import { msg } from '../i18n/localize.js';
import type { Kind, Status } from './api.js';

export function statusLabel(status: Status): string {
  switch (status) {
    case 'received': return msg('Received');
    case 'in-review': return msg('In review');
    case 'approved': return msg('Approved');
    case 'published': return msg('Published');
    case 'rejected': return msg('Rejected');
    case 'withdrawn': return msg('Withdrawn');
  }
}

export function kindLabel(kind: Kind): string {
  return kind === 'request' ? msg('Partner request') : msg('Origin story');
}

/** The button that moves a submission from `from` to `to`. */
export function moveLabel(from: Status, to: Status): string {
  switch (to) {
    case 'in-review': return from === 'rejected' ? msg('Reopen for review') : msg('Start the review');
    case 'approved': return from === 'published' ? msg('Unpublish') : msg('Approve');
    case 'published': return msg('Publish');
    case 'rejected': return msg('Reject');
    case 'withdrawn': return msg('Mark as withdrawn');
    case 'received': return msg('Mark as received');
  }
}
