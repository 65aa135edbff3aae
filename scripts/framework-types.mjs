#!/usr/bin/env node
// Framework typings and editor data, generated from custom-elements.json by break-stuff's
// cem-tools (run by scripts/build.mjs after `cem analyze` and `tsc`):
// - dist/types/frameworks/jsx.d.ts: the props of each element (attributes, properties and
//   `on<event>` handlers typed with their detail), from custom-element-jsx-integration;
// - react.d.ts: adds them to React 19's JSX.IntrinsicElements. React 19 sets a prop as a
//   property when the element has one (`pairings`), otherwise as an attribute (`page-size`),
//   and listens to a custom element's events through `on` + the exact event name
//   (`onload`, `onsister-city-success`), which is what jsx.d.ts declares;
// - svelte.d.ts: the same props for Svelte 5, whose elements take properties and
//   `on<event>` attributes the same way (custom-element-svelte-integration writes Svelte 4's
//   `on:` and `bind:` directives, so it is not used);
// - vue.d.ts: Vue's GlobalComponents, from custom-element-vuejs-integration, with the
//   event handlers renamed as Vue's templates name them (`@load` is `onLoad`);
// - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json (VS Code) and
//   dist/web-types.json (JetBrains IDEs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const outdir = 'dist/types/frameworks';
// The generators add to the manifest they are given: each gets its own copy.
const manifest = () => JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest()
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);
// Each element's types come from its entry, which also exports its events' detail types.
const componentTypePath = (_name, tag) => `../${tag.replace(/^sister-city-/, '')}/define.js`;
const common = { outdir, componentTypePath, hideLogs: true };


mkdirSync(outdir, { recursive: true });
generateJsxTypes(manifest(), { ...common, fileName: 'jsx.d.ts' });
generateVuejsTypes(manifest(), { ...common, fileName: 'vue.d.ts' });

// An attribute with no property (`color-scheme`) has its type in the manifest only; the
// generators would look it up on the class under the name "undefined".
for (const file of ['jsx.d.ts', 'vue.d.ts']) {
  let text = readFileSync(`${outdir}/${file}`, 'utf8');
  for (const element of elements) {
    for (const attribute of element.attributes ?? []) {
      if (!attribute.fieldName) text = text.replaceAll(`${element.name}["undefined"]`, attribute.type?.text ?? 'string');
    }
  }
  // Both forms' entries export the same detail types: import each name once.
  const seen = new Set();
  text = text.replace(/^import type \{([^}]*)\} from ("[^"]+");$/gm, (_, names, from) => {
    const fresh = names.split(',').map((name) => name.trim()).filter((name) => name && !seen.has(name));
    fresh.forEach((name) => seen.add(name));
    return `import type { ${fresh.join(', ')} } from ${from};`;
  });
  // Vue's template compiler turns \`@load\` and \`@sister-city-success\` into the props
  // onLoad and onSisterCitySuccess: declare the handlers under those names.
  if (file === 'vue.d.ts') {
    text = text.replace(/^(\s+)"?on([\w-]+)"?\?: \(e: CustomEvent/gm, (_, indent, event) =>
      `${indent}on${event.replace(/(^|-)(\w)/g, (__, ___, letter) => letter.toUpperCase())}?: (e: CustomEvent`);
  }
  if (text.includes('["undefined"]')) throw new Error(`${file}: an attribute without a property has no type in the manifest`);
  writeFileSync(`${outdir}/${file}`, text);
}

writeFileSync(
  `${outdir}/react.d.ts`,
  `// React 19: \`import type {} from 'sister-city-widgets/react';\` once in the app.
import type { CustomElements } from './jsx.js';

export type { CustomElements };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
writeFileSync(
  `${outdir}/svelte.d.ts`,
  `// Svelte 5: \`import type {} from 'sister-city-widgets/svelte';\` once in the app.
import type { CustomElements } from './jsx.js';

export type { CustomElements };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends CustomElements {}
}
`,
);

generateVsCodeCustomElementData(manifest(), {
  outdir: 'dist',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  hideLogs: true,
});
generateJetBrainsWebTypes(manifest(), { outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true });
console.log(`wrote ${outdir}/{jsx,react,vue,svelte}.d.ts, dist/vscode.*-custom-data.json, dist/web-types.json`);
