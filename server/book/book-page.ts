/**
 * The book as one print-ready HTML document, in English and Japanese: a title page, the contents by
 * state or province, then one chapter per chosen story with both cities in both scripts, the story in
 * English and Japanese side by side (staff translations of the public version where present; otherwise
 * the original, its language marked), key dates and people, and the photos shown with permission with
 * their captions and credits (a HEIC photo through its printable JPEG copy, or a note to the staff while there
 * is none); the contents give each chapter's page (numbered in the browser before printing,
 * page-numbers.ts). Everything from a submission is escaped text.
 */
import { hash } from 'node:crypto';
import type { Pairing } from '../../src/schema/pairing.js';
import { keysOfPairing } from '../../src/schema/pairing-key.js';
import type { PublicStory } from '../../src/schema/public.js';
import type { StoryPayload } from '../../src/schema/story.js';
import { CA_EN, PREFECTURES_EN, US_EN } from '../../src/regions/data.js';
import { PREFECTURES_JA } from '../../src/regions/data-ja-prefectures.js';
import { CA_JA, US_JA } from '../../src/regions/data-ja.js';
import { initialPublicVersion } from '../publish/public-version.js';
import type { BookStory } from '../store/index.js';
import { storyKey } from './coverage.js';
import { BOOK_CSS, runningHeads } from './book.styles.js';
import { PAGE_NUMBERS_SCRIPT } from './page-numbers.js';

/**
 * How the book shows a stored photo: its URL (a HEIC through its printable JPEG copy, print-copies.ts), or
 * a note for the staff saying why it is not there yet, in their language; nothing for a file it cannot show.
 */
export type PhotoSource = { src: string } | { note: string; detail?: string; lang: string } | undefined;
export type PhotoOf = (file: BookStory['files'][number]) => PhotoSource;

class Html {
  constructor(readonly text: string) {}
}
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const show = (value: unknown): string =>
  value instanceof Html ? value.text : Array.isArray(value) ? value.map(show).join('') : value === undefined || value === null || value === false ? '' : escape(String(value));
/** Markup with every interpolated value escaped, unless it is markup made here. */
const h = (strings: TemplateStringsArray, ...values: unknown[]) => new Html(strings.reduce((out, part, i) => out + part + (i < values.length ? show(values[i]) : ''), ''));

type Side = 'en' | 'ja';
const LANGUAGE_NAMES: Record<string, Record<Side, string>> = {
  en: { en: 'English', ja: '英語' },
  ja: { en: 'Japanese', ja: '日本語' },
  fr: { en: 'French', ja: 'フランス語' },
};
const CONNECTIONS: Record<string, Record<Side, string>> = {
  business: { en: 'Business', ja: 'ビジネス' },
  friendship: { en: 'Friendship', ja: '友好' },
  education: { en: 'Education', ja: '教育' },
  humanitarian: { en: 'Humanitarian', ja: '人道支援' },
  culture: { en: 'Culture', ja: '文化' },
  sports: { en: 'Sports', ja: 'スポーツ' },
  'disaster-relief': { en: 'Disaster relief', ja: '災害支援' },
  other: { en: 'Other', ja: 'その他' },
};

/** A date that may be only a year or a month: "7 December 1955", "1955年12月7日". */
function dateText(value: string, side: Side): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return side === 'ja' ? `${year}年` : String(year);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(side === 'ja' ? 'ja-JP' : 'en-GB', options).format(new Date(Date.UTC(year, month - 1, day || 1)));
}

const paragraphs = (text: string, lang: string) => text.split(/\n\s*\n|\r?\n/).filter((line) => line.trim()).map((line) => h`<p lang="${lang}">${line.trim()}</p>`);

/** One chapter's facts, with the cities' names in both scripts. */
interface Chapter {
  story: BookStory;
  version: PublicStory;
  payload: StoryPayload;
  names: Record<Side, { na: string; jp: string; region: string; prefecture: string }>;
  /** The English name of the state or province, for the contents. */
  regionKey: string;
}

function chapterOf(story: BookStory, pairings: Map<string, Pairing>): Chapter {
  const payload = story.payload as StoryPayload;
  const version = (story.public ?? initialPublicVersion('story', payload)) as PublicStory;
  const { na_city: na, jp_city: jp } = version;
  const pairing = pairings.get(storyKey(version) ?? '');
  const english = na.country === 'CA' ? CA_EN : US_EN;
  const japanese = na.country === 'CA' ? CA_JA : US_JA;
  return {
    story, version, payload,
    regionKey: `${english[na.region] ?? na.region}`,
    names: {
      en: { na: pairing?.na_name ?? na.name, jp: pairing?.jp_name ?? jp.name, region: english[na.region] ?? na.region, prefecture: PREFECTURES_EN[jp.prefecture - 1] ?? '' },
      ja: {
        na: pairing?.na_name_ja ?? pairing?.na_name ?? na.name, jp: pairing?.jp_name_ja ?? pairing?.jp_name ?? jp.name,
        region: japanese[na.region] ?? na.region, prefecture: PREFECTURES_JA[jp.prefecture - 1] ?? '',
      },
    },
  };
}

const titleOf = ({ names }: Chapter, side: Side) =>
  side === 'en' ? `${names.en.na}, ${names.en.region} – ${names.en.jp}, ${names.en.prefecture}` : `${names.ja.na}（${names.ja.region}）・${names.ja.jp}（${names.ja.prefecture}）`;
const shortTitle = ({ names }: Chapter) => `${names.en.na} – ${names.en.jp} · ${names.ja.na}・${names.ja.jp}`;

/** The story in one column: the original when it is in that language, else a staff translation, else the original marked. */
function storyColumn({ version, payload }: Chapter, side: Side) {
  const original = payload.language === 'other' ? 'und' : payload.language;
  const translated = version.translations?.story?.[side];
  const heading = side === 'en' ? h`<h3 lang="en">English</h3>` : h`<h3 lang="ja">日本語</h3>`;
  if (original === side) return h`<div>${heading}<div class="story">${paragraphs(version.story, side)}</div></div>`;
  if (translated) return h`<div>${heading}<div class="story">${paragraphs(translated, side)}</div></div>`;
  const name = LANGUAGE_NAMES[original]?.[side] ?? payload.language_other ?? '';
  const note = side === 'en' ? `Not yet translated: the original, in ${name}.` : `未翻訳：原文（${name}）のまま掲載します。`;
  return h`<div>${heading}<p class="untranslated" lang="${side}">${note}</p><div class="story">${paragraphs(version.story, original)}</div></div>`;
}

/** Japanese names family name first, the others given name first. */
const personName = (p: PublicStory['people'][number]) => (p.side === 'jp' ? [p.family_name, p.given_name] : [p.given_name, p.family_name]).filter(Boolean).join(' ');

function details(chapter: Chapter, lang: string) {
  const { version } = chapter;
  const dates = version.dates.length
    ? h`<h3><span lang="en">Important dates</span> · <span lang="ja">主な出来事</span></h3>
        <ul>${version.dates.map((d) => h`<li><span lang="en">${dateText(d.date, 'en')}</span>: <span lang="${lang}">${d.event}</span></li>`)}</ul>`
    : '';
  const people = version.people.length
    ? h`<h3><span lang="en">Key people</span> · <span lang="ja">主な人物</span></h3>
        <ul>${version.people.map((p) => h`<li><span lang="${lang}">${personName(p)}</span>, <span lang="${lang}">${p.role}</span></li>`)}</ul>`
    : '';
  return h`<div class="details">${dates}${people}</div>`;
}

function photos({ version, story }: Chapter, lang: string, photoOf: PhotoOf) {
  return version.photos.map((photo) => {
    const file = story.files.find((f) => f.part === photo.part);
    const source = file && photoOf(file);
    if (!source) return '';
    const picture = 'src' in source
      ? h`<img src="${source.src}" alt="${photo.caption}" />`
      : h`<p class="photo-note" lang="${source.lang}">${source.note}${source.detail ? h` <span class="detail">(${source.detail})</span>` : ''}</p>`;
    return h`<figure>
      ${picture}
      <figcaption><span lang="${lang}">${photo.caption}</span>${photo.date ? ` (${photo.date})` : ''}
        <span class="credit"><span lang="en">Credit</span> · <span lang="ja">提供</span>: <span lang="${lang}">${photo.credit}</span></span></figcaption>
    </figure>`;
  });
}

function chapterSection(chapter: Chapter, n: number, photoOf: PhotoOf) {
  const { version, payload } = chapter;
  const lang = payload.language === 'other' ? 'und' : payload.language;
  const established = version.established
    ? h`<span lang="en">Established ${dateText(version.established, 'en')}</span> · <span lang="ja">${dateText(version.established, 'ja')}提携</span>`
    : '';
  const kinds = version.connections.map((c) => `${CONNECTIONS[c].en} / ${CONNECTIONS[c].ja}`).join(', ');
  return h`<section class="chapter" id="${`chapter-${n}`}" aria-labelledby="${`chapter-${n}-title`}">
    <p class="chapter-number"><span lang="en">Chapter ${n}</span> · <span lang="ja">第${n}章</span></p>
    <h2 id="${`chapter-${n}-title`}"><span lang="en">${titleOf(chapter, 'en')}</span><span lang="ja">${titleOf(chapter, 'ja')}</span></h2>
    <p class="meta">${established}${established && kinds ? ' · ' : ''}${kinds}</p>
    <div class="facing">${storyColumn(chapter, 'en')}${storyColumn(chapter, 'ja')}</div>
    ${details(chapter, lang)}
    ${photos(chapter, lang, photoOf)}
  </section>`;
}

export interface Book {
  html: string;
  /** The CSP hash of its one <style>. */
  styleHash: string;
  chapters: number;
}

/**
 * The chosen stories as a book, ordered by state or province (English name), then by year established,
 * then by city; `pairings` (the directory file, possibly empty) gives the cities' Japanese names; `photoOf`
 * how each photo is shown.
 */
export function renderBook(stories: readonly BookStory[], pairings: readonly Pairing[], photoOf: PhotoOf, compiledOn: Date): Book {
  const byKey = new Map<string, Pairing>();
  for (const pairing of pairings) for (const key of keysOfPairing(pairing)) if (!byKey.has(key)) byKey.set(key, pairing);
  const chapters = stories
    .map((story) => chapterOf(story, byKey))
    .sort((a, b) => a.regionKey.localeCompare(b.regionKey, 'en') || (a.version.established ?? '9999').localeCompare(b.version.established ?? '9999') || a.names.en.na.localeCompare(b.names.en.na, 'en'));
  const groups = new Map<string, { ja: string; entries: [Chapter, number][] }>();
  chapters.forEach((chapter, i) => {
    const group = groups.get(chapter.regionKey) ?? { ja: chapter.names.ja.region, entries: [] };
    group.entries.push([chapter, i + 1]);
    groups.set(chapter.regionKey, group);
  });
  const css = `${BOOK_CSS}\n${runningHeads(chapters.map(shortTitle))}\n`;
  const day = compiledOn.toISOString().slice(0, 10);
  const body = h`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Hajimari – Origin stories · はじまり – 姉妹都市の物語</title>
<style>${new Html(css)}</style>
<script>${new Html(PAGE_NUMBERS_SCRIPT)}</script>
</head>
<body>
<main>
<section class="title-page" aria-labelledby="book-title">
  <h1 id="book-title"><span lang="en">Hajimari</span> · <span lang="ja">はじまり</span></h1>
  <p lang="en">Origin stories of the sister cities of North America and Japan</p>
  <p lang="ja">北米と日本の姉妹都市 ― はじまりの物語</p>
  <p><span lang="en">Compiled on ${dateText(day, 'en')}</span> · <span lang="ja">${dateText(day, 'ja')}編集</span></p>
</section>
<nav class="contents" aria-labelledby="contents-title">
  <h2 id="contents-title"><span lang="en">Contents</span> · <span lang="ja">目次</span></h2>
  ${chapters.length ? '' : h`<p><span lang="en">No story is chosen for the book yet.</span> <span lang="ja">本に収録する物語はまだ選ばれていません。</span></p>`}
  ${[...groups].map(([region, group]) => h`<h3><span lang="en">${region}</span> · <span lang="ja">${group.ja}</span></h3>
    <ol>${group.entries.map(([chapter, n]) => h`<li><a href="${`#chapter-${n}`}"><span class="entry">${n}. <span lang="en">${chapter.names.en.na} – ${chapter.names.en.jp}</span> · <span lang="ja">${chapter.names.ja.na}・${chapter.names.ja.jp}</span></span> <span class="page-number"></span></a></li>`)}</ol>`)}
</nav>
${chapters.map((chapter, i) => chapterSection(chapter, i + 1, photoOf))}
</main>
</body>
</html>
`;
  return { html: body.text, styleHash: `sha256-${hash('sha256', css, 'base64')}`, chapters: chapters.length };
}
