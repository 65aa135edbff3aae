/**
 * The contents' page numbers. Chromium prints `counter(page)` in the page margins but not
 * `target-counter()`, so the book counts its pages itself, in the reader's browser, before it is printed:
 * the title page, the contents and each chapter (each starts a page) are laid out in turn in a box the size
 * of a page's area, split into page-sized columns — the same fragmentation the print engine applies (breaks
 * avoided inside photos, orphans and widows) — and the columns counted. The numbers are written into the
 * contents on load and again before printing; `data-paginated` on <html> says they are in.
 */
import { hash } from 'node:crypto';

/** US Letter less the @page margins (book.styles.ts): 215.9 − 2×18 mm by 279.4 − 22 − 20 mm. */
export const PAGE_AREA = { width: '179.9mm', height: '237.4mm' };

export const PAGE_NUMBERS_SCRIPT = `(() => {
  const pagesOf = (element, measurer) => {
    const mark = document.createComment('');
    element.replaceWith(mark);
    measurer.append(element);
    const pages = Math.max(1, Math.ceil(measurer.scrollWidth / measurer.clientWidth - 0.01));
    mark.replaceWith(element);
    return pages;
  };
  const paginate = () => {
    const measurer = document.createElement('div');
    measurer.className = 'page-measurer';
    document.body.append(measurer);
    const contents = document.querySelector('.contents');
    const chapters = [...document.querySelectorAll('.chapter')];
    const numbers = [...contents.querySelectorAll('.page-number')];
    const lengths = chapters.map((chapter) => pagesOf(chapter, measurer));
    let contentsPages = 0;
    // The numbers may lengthen the contents, which moves every chapter: count again until it holds.
    for (let round = 0; round < 3; round++) {
      const measured = pagesOf(contents, measurer);
      if (measured === contentsPages) break;
      contentsPages = measured;
      let page = 1 + contentsPages + 1;
      chapters.forEach((chapter, i) => {
        numbers[i].textContent = String(page);
        page += lengths[i];
      });
    }
    measurer.remove();
    document.documentElement.dataset.paginated = 'true';
  };
  addEventListener('load', () => document.fonts.ready.then(paginate));
  addEventListener('beforeprint', paginate);
})();`;

/** The CSP hash of the script, for the book's policy. */
export const PAGE_NUMBERS_HASH = `sha256-${hash('sha256', PAGE_NUMBERS_SCRIPT, 'base64')}`;
