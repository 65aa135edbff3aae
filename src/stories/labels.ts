/**
 * The words the reader shows for codes in the stories: kinds of connection, decades. Called while
 * the element renders, so `msg` answers in its language. (The same source texts as the story
 * form's, so they share its translations.)
 */
import { msg } from '../i18n/localize.js';

export { decadeLabel } from '../pairings/decades.js';

export function connectionLabel(connection: string): string {
  switch (connection) {
    case 'business': return msg('Business');
    case 'friendship': return msg('Friendship', { id: 'connection-friendship', desc: 'A kind of connection between two cities: personal friendship' });
    case 'education': return msg('Education');
    case 'humanitarian': return msg('Humanitarian');
    case 'culture': return msg('Culture');
    case 'sports': return msg('Sports');
    case 'disaster-relief': return msg('Disaster relief');
    default: return msg('Something else');
  }
}
