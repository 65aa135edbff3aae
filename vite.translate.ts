/**
 * For a classic script in one language (vite.classic.ts): each `msg('…')` and `msg(str`…`)` of our
 * sources becomes its text, a string or a template literal (no call, no `str` tag: what msg() of
 * src/i18n/localize-fixed.ts would return), in that language: for ja and fr-CA the message read from
 * xliff/<lang>.xlf in place of the English one, so the file carries one text per message and no table
 * of ids nor lookup at run time. A message without a translation stays English, as at run time. The ids are lit-localize's: an explicit `{ id }`, or the hash of the
 * English text (`generateMsgId`), as `lit-localize extract` writes them in the catalogue.
 */
import { readFileSync } from 'node:fs';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { Plugin } from 'vite';

/** A message's translation: text, and the indexes of the English template's values where they go. */
type Pieces = (string | number)[];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);

/** The translations of xliff/<lang>.xlf by id. */
export function readTranslations(lang: string): Map<string, Pieces> {
  const xml = readFileSync(new URL(`xliff/${lang}.xlf`, import.meta.url), 'utf8');
  const translations = new Map<string, Pieces>();
  for (const [, id, unit] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const target = unit.match(/<target[^>]*>([\s\S]*?)<\/target>/)?.[1];
    if (target === undefined) continue;
    const pieces: Pieces = target.split(/<x id="(\d+)"[^>]*\/>/).map((piece, i) => (i % 2 ? Number(piece) : unescape(piece)));
    translations.set(id, pieces);
  }
  return translations;
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Every `msg(…)` call under `node`, outermost first. */
function msgCalls(node: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(node)) {
    for (const child of node) msgCalls(child, found);
  } else if (isNode(node)) {
    const callee = node.callee as Node | undefined;
    if (node.type === 'CallExpression' && callee?.type === 'Identifier' && callee.name === 'msg') found.push(node);
    for (const [key, child] of Object.entries(node)) if (key !== 'type') msgCalls(child, found);
  }
  return found;
}

const escapeTemplate = (text: string) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

export const translateInPlace = (lang: string): Plugin => {
  const translations = lang === 'en' ? new Map<string, Pieces>() : readTranslations(lang);
  return {
    name: 'translate-in-place',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/admin/') || !code.includes('msg(')) return undefined;
      const calls = msgCalls(this.parse(code));
      if (!calls.length) return undefined;
      const slice = (node: Node) => code.slice(node.start, node.end);
      /** The code from `start` to `end` with the msg() calls inside it replaced by their text. */
      const rewrite = (start: number, end: number): string => {
        let out = '';
        let at = start;
        for (const call of calls) {
          if (call.start < at || call.end > end) continue;
          out += code.slice(at, call.start) + translated(call);
          at = call.end;
        }
        return out + code.slice(at, end);
      };
      const translated = (call: Node): string => {
        const [message, options] = call.arguments as Node[];
        if (!message) throw new Error(`translate-in-place: msg() without a message in ${id}`);
        const idProperty = (options?.properties as Node[] | undefined)?.find((p) => (p.key as Node | undefined)?.name === 'id');
        const explicit = (idProperty?.value as Node | undefined)?.value as string | undefined;
        if (message.type === 'Literal' && typeof message.value === 'string') {
          if (slice(message) !== message.raw) throw new Error(`translate-in-place: offsets do not match the code in ${id}`);
          const pieces = translations.get(explicit ?? generateMsgId(message.value, false));
          return pieces ? JSON.stringify(pieces.join('')) : slice(message);
        }
        const tagged = message.type === 'TaggedTemplateExpression' && (message.tag as Node).type === 'Identifier' && (message.tag as Node).name === 'str';
        const template = (tagged ? message.quasi : message) as Node;
        if (template.type !== 'TemplateLiteral') throw new Error(`translate-in-place: msg() of something else than a string or str\`\` in ${id}: ${slice(message)}`);
        const strings = (template.quasis as Node[]).map((quasi) => (quasi.value as { cooked: string }).cooked);
        const values = template.expressions as Node[];
        const pieces = translations.get(explicit ?? generateMsgId(values.length ? strings : strings[0], false));
        if (!pieces) return rewrite(template.start, template.end);
        const body = pieces.map((piece) => (typeof piece === 'number' ? `\${${rewrite(values[piece].start, values[piece].end)}}` : escapeTemplate(piece))).join('');
        return `\`${body}\``;
      };
      return rewrite(0, code.length);
    },
  };
};
