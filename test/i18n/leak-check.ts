// Finds English a Japanese or French reader would see. A recorder keeps every
// string a widget's shadow root shows while a test drives it — text nodes, the
// attributes read aloud or shown (aria-label, title, placeholder, alt, …) and
// each live-region announcement, even one replaced a moment later — and
// `leaks` names those that are English: equal to a message's English source
// (from xliff/, placeholders matched as wildcards) whose translation differs,
// or, in Japanese, holding a Latin word that neither the translations nor the
// data (names, the reader's own answers) contain. Text the widget marks as
// another language (`lang="en"` on a romanised name) is data, not a leak.
import type { Locale } from '../../src/i18n/language.js';
import { CA_JA, US_JA } from '../../src/regions/data-ja.js';

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];

export interface Shown {
  text: string;
  /** 'text' for a text node, else the attribute's name. */
  where: string;
  /** The language the widget marked it with, if any. */
  lang?: string;
  /** Whether it was in a live region (role=status/alert or aria-live) when it was shown. */
  announced: boolean;
}

interface Message {
  /** The English source with each placeholder as \u0000. */
  source: string;
  pattern?: RegExp;
}

interface Table {
  /** English sources whose translation differs from the source. */
  english: Message[];
  /** Every translation, as it may be shown (placeholders as wildcards). */
  targets: Set<string>;
  targetPatterns: RegExp[];
  /** Latin words the translations use themselves (PDF, JPEG, kB…). */
  latinWords: Set<string>;
}

const tables = new Map<Locale, Promise<Table>>();

const HOLE = '\u0000';
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regex for a message with placeholders; only when its own words make it specific enough to match. */
function patternOf(template: string): RegExp | undefined {
  if (!template.includes(HOLE)) return undefined;
  if (template.replaceAll(HOLE, '').replace(/[^\p{L}]/gu, '').length < 4) return undefined;
  return new RegExp(`^${template.split(HOLE).map((part) => escape(collapse(part))).join('(.+?)')}$`, 'u');
}
const templateOf = (element: Element) =>
  collapse([...element.childNodes].map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : HOLE)).join(''));
const JAPANESE_COMMA = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・], ?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const latin = (text: string) => text.match(/[A-Za-z][A-Za-z'’]*/g) ?? [];

export function translations(locale: Exclude<Locale, 'en'>): Promise<Table> {
  let table = tables.get(locale);
  if (!table) {
    table = fetch(`/xliff/${locale}.xlf`)
      .then((response) => response.text())
      .then((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const english: Message[] = [];
        const targets = new Set<string>();
        const targetPatterns: RegExp[] = [];
        // Besides the translations' own Latin words: unit symbols as Intl writes them (10 MB, 100 KB)
        // and the Latin in Japanese region names (ワシントンD.C.).
        const units = ['kilobyte', 'megabyte'].map((unit) => new Intl.NumberFormat(locale, { style: 'unit', unit }).format(1));
        const latinWords = new Set([...units, ...Object.values(US_JA), ...Object.values(CA_JA)].flatMap(latin));
        for (const unit of doc.querySelectorAll('trans-unit')) {
          const source = templateOf(unit.querySelector('source')!);
          const target = templateOf(unit.querySelector('target')!);
          for (const word of latin(target)) latinWords.add(word);
          const pattern = patternOf(target);
          if (pattern) targetPatterns.push(pattern);
          else targets.add(target.replaceAll(HOLE, ''));
          if (source !== target) english.push({ source, pattern: patternOf(source) });
        }
        return { english, targets, targetPatterns, latinWords };
      });
    tables.set(locale, table);
  }
  return table;
}

function inLiveRegion(node: Node, root: ShadowRoot): boolean {
  for (let element = node instanceof Element ? node : node.parentElement; element && root.contains(element); element = element.parentElement) {
    if (/^(status|alert|log)$/.test(element.getAttribute('role') ?? '') || element.hasAttribute('aria-live')) return true;
  }
  return false;
}

function langOf(node: Node, root: ShadowRoot): string | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const marked = element?.closest('[lang]');
  return marked && root.contains(marked) ? marked.getAttribute('lang')! : undefined;
}

/** A field for spam robots (a form's honeypot): hidden from people and from screen readers alike. */
function isTrap(element: Element): boolean {
  if (element.getAttribute('aria-hidden') !== 'true') return false;
  const { width, height, right } = element.getBoundingClientRect();
  return width * height <= 1 || right <= 0;
}

/** Records every string `host`'s shadow root shows from now until `stop()`. */
export function record(host: Element): { shown: Shown[]; stop: () => void } {
  const root = host.shadowRoot!;
  const shown: Shown[] = [];
  const seen = new Set<string>();
  const add = (node: Node, text: string | null, where: string) => {
    const value = collapse(text ?? '');
    if (!value) return;
    const item = { text: value, where, lang: langOf(node, root), announced: inLiveRegion(node, root) };
    const key = JSON.stringify(item);
    if (!seen.has(key)) {
      seen.add(key);
      shown.push(item);
    }
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return add(node, node.textContent, 'text');
    if (!(node instanceof Element)) return;
    if (node.localName === 'style' || node.localName === 'script' || isTrap(node)) return;
    for (const name of ATTRIBUTES) if (node.hasAttribute(name)) add(node, node.getAttribute(name), name);
    for (const child of node.childNodes) visit(child);
  };
  for (const child of root.childNodes) visit(child);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') visit(mutation.target);
      else if (mutation.type === 'attributes') add(mutation.target, (mutation.target as Element).getAttribute(mutation.attributeName!), mutation.attributeName!);
      else {
        mutation.addedNodes.forEach(visit);
        // A text node that changes inside a live region is an announcement.
        if (inLiveRegion(mutation.target, root)) visit(mutation.target);
      }
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  return { shown, stop: () => observer.disconnect() };
}

/**
 * The shown strings a reader of `locale` would find English, each with why.
 * `data` is what is not the widget's to translate: names from the data file,
 * the reader's answers, file names, the server's own words.
 */
export async function leaks(shown: Shown[], locale: Exclude<Locale, 'en'>, data: string[] = []): Promise<string[]> {
  const table = await translations(locale);
  const dataStrings = new Set(data.map(collapse));
  const dataWords = new Set(data.flatMap(latin));
  const found: string[] = [];
  for (const { text, where, lang, announced } of shown) {
    if (lang && lang !== locale && !lang.startsWith(locale.slice(0, 2))) continue;
    if (dataStrings.has(text)) continue;
    const label = `${announced ? 'announced' : where === 'text' ? 'text' : `[${where}]`} "${text}"`;
    const isTarget = table.targets.has(text) || table.targetPatterns.some((pattern) => pattern.test(text));
    const source = isTarget ? undefined : table.english.find((m) => (m.pattern ? m.pattern.test(text) : m.source === text));
    if (source) {
      found.push(`${label}: the English of "${source.source.replaceAll(HOLE, '{}')}"`);
      continue;
    }
    if (locale === 'ja') {
      const foreign = latin(text).filter((word) => !table.latinWords.has(word) && !dataWords.has(word));
      if (foreign.length) found.push(`${label}: Latin words ${foreign.join(' ')}`);
      if (JAPANESE_COMMA.test(text)) found.push(`${label}: Japanese joined with an English comma`);
    }
  }
  return found;
}

export const LOCALES = ['ja', 'fr-CA'] as const;
