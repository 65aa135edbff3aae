import { PAGE_AREA } from './page-numbers.js';

/**
 * The book's print CSS: US Letter pages, a title page, the contents on their own pages, one chapter per
 * page run (a page break before each), the English and Japanese texts side by side, photos kept whole,
 * page numbers and running heads in the page margins (each chapter is a named page whose head is its
 * two cities). Screen rules only make the same document readable before printing.
 */

export const BOOK_CSS = `
@page {
  size: letter;
  margin: 22mm 18mm 20mm;
  @top-center { content: "Hajimari · はじまり"; font: 9pt/1 var(--serif); color: #444; }
  @bottom-center { content: counter(page); font: 9pt/1 var(--serif); color: #444; }
}
@page title { @top-center { content: none; } @bottom-center { content: none; } }
:root {
  --serif: "Noto Serif", "Noto Serif CJK JP", "Hiragino Mincho ProN", "Yu Mincho", Georgia, serif;
  --sans: "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", system-ui, sans-serif;
}
html { font: 11pt/1.55 var(--serif); color: #111; background: #fff; }
body { margin: 0; }
h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; break-after: avoid; }
:lang(ja) { line-break: strict; word-break: normal; }
.title-page { page: title; min-height: 230mm; display: flex; flex-direction: column; justify-content: center; text-align: center; }
.title-page h1 { font-size: 28pt; margin: 0 0 6mm; }
.title-page p { margin: 2mm 0; }
.contents { break-before: page; }
.contents h3 { font-size: 12pt; margin: 6mm 0 2mm; }
.contents ol { list-style: none; margin: 0; padding: 0; }
.contents li { margin: 1mm 0; }
.contents a { color: inherit; text-decoration: none; display: flex; gap: 3mm; align-items: baseline; }
.contents a .entry { flex: 1; }
.contents .page-number { min-width: 8mm; text-align: end; font-variant-numeric: tabular-nums; }
/* Where page-numbers.ts lays out one part at a time to count its pages: a page's area, one column a page. */
.page-measurer {
  position: absolute; top: 0; left: -10000mm; visibility: hidden;
  width: ${PAGE_AREA.width}; height: ${PAGE_AREA.height}; columns: ${PAGE_AREA.width}; column-gap: 0; column-fill: auto;
}
.page-measurer > * { break-before: auto; border: 0; margin-top: 0; padding-top: 0; }
.chapter { break-before: page; }
.chapter-number { font-family: var(--sans); font-size: 10pt; letter-spacing: 0.05em; color: #444; margin: 0; }
.chapter h2 { font-size: 18pt; margin: 1mm 0 3mm; }
.chapter h2 span { display: block; }
.meta { margin: 0 0 4mm; color: #333; }
.facing { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
.facing > div { min-width: 0; }
.facing h3 { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.05em; color: #444; border-bottom: 0.5pt solid #999; padding-bottom: 1mm; }
.untranslated { font-style: italic; color: #444; font-size: 9.5pt; }
.story p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
.details h3 { font-size: 11pt; margin: 5mm 0 1mm; }
.details ul { margin: 0; padding-inline-start: 5mm; }
figure { break-inside: avoid; margin: 5mm 0; }
figure img { display: block; max-width: 100%; max-height: 110mm; height: auto; }
figcaption { font-size: 9.5pt; margin-top: 1.5mm; }
/* A HEIC photo with no printable copy yet: a note for the staff, where the photo will be. */
.photo-note { font-family: var(--sans); font-size: 10pt; border: 1pt dashed #8a4b00; color: #5c3200; padding: 4mm; margin: 0; }
.photo-note .detail { font-size: 8.5pt; color: #444; }
.credit { display: block; color: #444; }
@media screen {
  body { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  .title-page { min-height: auto; padding: 3rem 0; }
  .chapter, .contents { border-top: 2px solid #999; margin-top: 2rem; }
}
`;

/** A CSS string literal of `text`: quotes, backslashes, line breaks and `<` escaped (it sits in a <style>). */
const cssString = (text: string) => `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** Each chapter's named page, whose running head is its two cities. */
export const runningHeads = (heads: string[]) =>
  heads.map((head, i) => `@page chapter-${i + 1} { @top-center { content: ${cssString(head)}; } }\n#chapter-${i + 1} { page: chapter-${i + 1}; }`).join('\n');
