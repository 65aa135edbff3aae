/**
 * Runs `read` once an element's children are parsed, for widgets that read inline data from a child
 * `<script type="application/json">`. A classic script in <head> defines the element before the parser
 * reaches it, so the element is connected before its children exist: then it waits for
 * DOMContentLoaded. A module script runs after parsing, and an element created by script has its
 * children already: then it reads at once.
 */
export function afterChildrenParsed(read: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', read, { once: true });
  else read();
}
