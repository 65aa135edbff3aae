/**
 * Names of levels of government, in the reader's language: the directory shows
 * them and the request form asks for one. (A module of their own, so that a page
 * with the request form does not download the directory's other words.)
 */
import { msg } from './localize.js';
import type { JP_LEVELS, NA_LEVELS } from '../schema/codes.js';

export function naLevelLabel(level: (typeof NA_LEVELS)[number]): string {
  switch (level) {
    case 'city': return msg('City', { desc: 'Level of a North American local government' });
    case 'town': return msg('Town', { desc: 'Level of a North American local government' });
    case 'village': return msg('Village', { desc: 'Level of a North American local government' });
    case 'county': return msg('County');
    case 'city-and-county': return msg('City and county');
    case 'municipality': return msg('Municipality');
    case 'state': return msg('State');
    case 'province': return msg('Province');
    case 'territory': return msg('Territory');
  }
}

export function jpLevelLabel(level: (typeof JP_LEVELS)[number]): string {
  switch (level) {
    case 'prefecture': return msg('Prefecture', { id: 'jp-level-prefecture', desc: 'Level of a Japanese local government: a prefecture (to/dō/fu/ken)' });
    case 'city': return msg('City', { id: 'jp-level-city', desc: 'Level of a Japanese municipality (shi)' });
    case 'town': return msg('Town', { id: 'jp-level-town', desc: 'Level of a Japanese municipality (machi/chō)' });
    case 'village': return msg('Village', { id: 'jp-level-village', desc: 'Level of a Japanese municipality (mura/son)' });
    case 'special-ward': return msg('Special ward');
  }
}

