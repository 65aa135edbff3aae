// Opens one of the embedding pages (test/embed/*.html, served with the strict CSP) in an iframe.

/** What test/embed/record-violations.js records in each page. */
export type PageWindow = Window & { violations: string[]; pageErrors: string[]; pwned?: unknown };

export async function open(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}
