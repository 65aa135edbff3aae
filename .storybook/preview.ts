/// <reference types="vite/client" />
/**
 * Every story is wrapped in `<div lang=…>` from the Language toolbar (the
 * widgets speak the language of their closest `lang` ancestor), and gets the
 * Colour scheme toolbar's value as its `color-scheme` attribute unless the
 * story sets that attribute itself.
 *
 * A story can pin either with `globals: { locale: 'ja' }` or
 * `globals: { colorScheme: 'dark' }`; the toolbar then shows it locked.
 */
import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';

// custom-elements.json is generated (`npm run analyze`, which `npm run build-storybook` runs first) and not
// committed. A glob rather than an import, so that `npm run storybook` and `tsc` still work before it exists;
// the docs then simply have no tables of attributes, events and CSS properties.
const manifests = import.meta.glob<CustomElementsManifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = manifests['../custom-elements.json'];
if (manifest) setCustomElementsManifest(prepareManifest(manifest));
else console.warn('custom-elements.json is missing: run `npm run analyze` for the docs tables.');

const LANGUAGES = ['en', 'ja', 'fr-CA'] as const;

const withLanguageAndColorScheme: Decorator = (story, context) => {
  const lang = (LANGUAGES as readonly string[]).includes(context.globals.locale) ? context.globals.locale : 'en';
  const scheme = context.globals.colorScheme === 'dark' ? 'dark' : 'light';
  const args = context.args['color-scheme'] ? context.args : { ...context.args, 'color-scheme': scheme };
  // The wrapper follows the scheme too, so that the page around the widget matches it.
  const style = [
    `color-scheme: ${scheme}`,
    'background: Canvas',
    'color: CanvasText',
    'padding: 1rem',
    context.viewMode === 'story' ? 'min-height: 100vh; box-sizing: border-box' : '',
  ].join('; ');
  return html`<div lang=${lang} data-color-scheme=${scheme} style=${style}>${story({ args })}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLanguageAndColorScheme],
  globalTypes: {
    locale: {
      description: 'Language: sets `lang` on a wrapper <div>; the widgets follow their closest `lang`.',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'ja', right: 'ja', title: '日本語' },
          { value: 'fr-CA', right: 'fr-CA', title: 'Français (Canada)' },
        ],
        dynamicTitle: true,
      },
    },
    colorScheme: {
      description: 'Colour scheme: sets the `color-scheme` attribute of the widget (unless the story sets it).',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', colorScheme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Violations fail the story when stories run as tests, and show in the Accessibility panel.
    a11y: { test: 'error' },
  },
};

export default preview;

interface CustomElementsManifest {
  modules?: {
    exports?: { kind: string; name: string; declaration?: { name: string } }[];
    declarations?: {
      name: string;
      tagName?: string;
      customElement?: boolean;
      summary?: string;
      description?: string;
      members?: { kind: string; name: string; privacy?: string; static?: boolean }[];
      cssParts?: { name: string; description?: string }[];
    }[];
  }[];
}

/**
 * Storybook finds an element by `tagName` and lists every member as a control. The analyzer does not see our
 * `SisterCityPairings.define('sister-city-pairings')` calls, so the tag name is filled in here while the class
 * has no `@tagname` in its JSDoc; private, protected and static members are left out, the `@summary`
 * stands in for an empty description, and parts are listed as `::part(name)` (Storybook keys every row by name,
 * so the `search` part would otherwise replace the `search` attribute).
 */
function prepareManifest(source: CustomElementsManifest): CustomElementsManifest {
  const tagNames: Record<string, string> = { SisterCityPairings: 'sister-city-pairings' };
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        tagName: declaration.tagName ?? tagNames[declaration.name],
        customElement: declaration.customElement ?? (declaration.name in tagNames || undefined),
        description: declaration.description || declaration.summary,
        members: declaration.members?.filter((m) => !m.static && (m.privacy ?? 'public') === 'public'),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}
