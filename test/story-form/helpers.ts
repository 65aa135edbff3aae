// Filling the forms the way a person does: through their inputs, in the shadow root.
import { pathToId } from '../../src/forms/paths.js';

export const root = (el: Element) => el.shadowRoot!;
export const byPath = <T extends HTMLElement = HTMLInputElement>(el: Element, path: string) =>
  root(el).querySelector<T>(`#${pathToId(path)}`)!;
export const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
export const active = (el: Element) => root(el).activeElement as HTMLElement | null;

export function type(el: Element, path: string, value: string): void {
  const input = byPath<HTMLInputElement | HTMLTextAreaElement>(el, path);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function choose(el: Element, path: string, value: string): void {
  const select = byPath<HTMLSelectElement>(el, path);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Clicks the radio button or checkbox with this value in the named group. */
export function tick(el: Element, path: string, value?: string): void {
  const input = value === undefined ? byPath(el, path) : root(el).querySelector<HTMLInputElement>(`input[name="${path}"][value="${value}"]`)!;
  input.click();
}

export function date(el: Element, path: string, parts: { year?: string; month?: string; day?: string }): void {
  for (const [part, value] of Object.entries(parts)) {
    const input = root(el).querySelector<HTMLInputElement>(`input[name="${path}.${part}"]`)!;
    input.value = value!;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

export function button(el: Element, label: string | RegExp): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) =>
    typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!.trim()),
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

export async function attach(el: Element, path: string, file: File): Promise<void> {
  const input = byPath(el, path);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A real image file drawn on a canvas. */
export async function image(name: string, type: 'image/png' | 'image/jpeg' | 'image/webp', colour = '#c00'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 64, 48);
  context.fillStyle = '#fff';
  context.fillText(name, 4, 24);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), type, 0.9));
  return new File([blob], name, { type });
}

export async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface Stored {
  requests: number;
  stored: { key: string; payload: Record<string, any>; files: { part: string; name: string; type: string; size: number; sha256: string }[] }[];
}

export async function serverSide(run: string): Promise<Stored> {
  return (await fetch(`/__submit/${run}/stored`)).json();
}

export const newRun = () => `run${Math.random().toString(36).slice(2, 10)}`;
