/// <reference types="vite/client" />
/**
 * `<sister-city-pairings>`: every state (loading, ready, empty, no match,
 * skipped rows, network error, unreadable file) and every option, in the
 * three languages and both colour schemes (see the toolbar), plus the two
 * partner theme presets.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { PairingInput } from '../src/schema/pairing.js';
import type { SisterCityPairings } from '../src/pairings/sister-city-pairings.js';
import '../src/pairings/define.js';
import { withRequestThatNeverAnswers } from './never-answers.js';
import sciTheme from '../src/theme/presets/sci.css?raw';
import clairTheme from '../src/theme/presets/clair.css?raw';

/** Args are named after the element's attributes; `pairings` is the property. */
interface PairingsArgs {
  src?: string;
  country?: '' | 'US' | 'CA';
  region?: string;
  prefecture?: string;
  search?: string;
  sort?: 'name' | 'japanese-name' | 'year' | 'region';
  'page-size'?: number;
  calendar?: 'gregory' | 'japanese';
  'anniversary-year'?: number;
  'hide-filters'?: boolean;
  'color-scheme'?: '' | 'light' | 'dark';
  pairings?: PairingInput[];
  onLoad?: (detail: unknown) => void;
  onError?: (detail: unknown) => void;
}

/** Properties that the attribute rows already describe: listed only to hide them from the docs table. */
type MirroredProperties = Partial<Record<'pageSize' | 'anniversaryYear' | 'hideFilters', never>>;

const DATA = '/data/pairings.csv';

function renderPairings(args: PairingsArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  const text = (value: string | number | undefined) => (value === undefined || value === '' ? undefined : String(value));
  return html`<sister-city-pairings
    src=${ifDefined(text(args.src))}
    country=${ifDefined(text(args.country))}
    region=${ifDefined(text(args.region))}
    prefecture=${ifDefined(text(args.prefecture))}
    search=${ifDefined(text(args.search))}
    sort=${ifDefined(text(args.sort))}
    page-size=${ifDefined(text(args['page-size']))}
    calendar=${ifDefined(text(args.calendar))}
    anniversary-year=${ifDefined(text(args['anniversary-year']))}
    ?hide-filters=${args['hide-filters'] ?? false}
    color-scheme=${ifDefined(text(args['color-scheme']))}
    .pairings=${args.pairings}
    @load=${(event: CustomEvent) => args.onLoad?.(event.detail)}
    @error=${(event: CustomEvent) => args.onError?.(event.detail)}
    >${content}</sister-city-pairings
  >`;
}

/** The element in the story, and its shadow root. */
function widget(canvasElement: HTMLElement): { el: SisterCityPairings; root: ShadowRoot } {
  const el = canvasElement.querySelector('sister-city-pairings')!;
  return { el, root: el.shadowRoot! };
}

const rowCount = (root: ShadowRoot) => root.querySelectorAll('tbody tr').length;

const meta = {
  title: 'Widgets/sister-city-pairings',
  component: 'sister-city-pairings',
  render: (args) => renderPairings(args),
  argTypes: {
    src: { control: 'text', description: 'URL of a CSV or JSON pairings file.' },
    country: {
      control: { type: 'select', labels: { '': '(any)' } },
      options: ['', 'US', 'CA'],
      description: 'Preset the country filter.',
    },
    region: { control: 'text', description: 'Preset the state/province filter: a postal code such as `MN` or `QC`.' },
    prefecture: { control: 'text', description: 'Preset the prefecture filter: JIS code `1`–`47` (`42`, `JP-42`).' },
    search: { control: 'text', description: 'Preset the search text.' },
    sort: { control: 'select', options: ['name', 'japanese-name', 'year', 'region'], description: 'Sort order.' },
    'page-size': { control: { type: 'number', min: 1 }, description: 'How many pairings before "Show more" (default 100).' },
    calendar: {
      control: 'inline-radio',
      options: ['gregory', 'japanese'],
      description: 'In Japanese, `japanese` shows dates in the era calendar.',
    },
    'anniversary-year': { control: { type: 'number' }, description: 'The year round anniversaries are counted for.' },
    'hide-filters': { control: 'boolean', description: 'Hide the filter menus and keep only the search box.' },
    'color-scheme': {
      control: { type: 'inline-radio', labels: { '': 'toolbar' } },
      options: ['', 'light', 'dark'],
      description: '`light`, `dark`, or unset to follow the Colour scheme toolbar (the system setting outside Storybook).',
    },
    pairings: { control: 'object', description: 'The pairings as objects; takes precedence over `src` and inline data.' },
    // The attribute rows above describe these properties already.
    pageSize: { table: { disable: true } },
    anniversaryYear: { table: { disable: true } },
    hideFilters: { table: { disable: true } },
  },
} satisfies Meta<PairingsArgs & MirroredProperties>;

export default meta;
type Story = StoryObj<PairingsArgs>;

// ---- Data and languages --------------------------------------------------------------------------

export const Default: Story = {
  args: { src: DATA },
  play: async ({ canvasElement }) => {
    const { root } = widget(canvasElement);
    await waitFor(() => expect(rowCount(root)).toBeGreaterThan(0), { timeout: 5000 });
  },
};

export const Japanese: Story = {
  args: { src: DATA },
  globals: { locale: 'ja' },
};

export const JapaneseEraCalendar: Story = {
  name: 'Japanese, era calendar',
  args: { src: DATA, calendar: 'japanese' },
  globals: { locale: 'ja' },
};

export const French: Story = {
  name: 'French (Canada)',
  args: { src: DATA },
  globals: { locale: 'fr-CA' },
};

// ---- Options ------------------------------------------------------------------------------------------

export const PresetCity: Story = {
  name: "Preset to one city's pairings",
  args: { src: DATA, region: 'MN', search: 'Saint Paul' },
};

export const PresetPrefecture: Story = {
  name: 'Preset prefecture (Hokkaido)',
  args: { src: DATA, prefecture: '1' },
};

export const PresetCountry: Story = {
  name: 'Preset country (Canada)',
  args: { src: DATA, country: 'CA' },
};

export const SortedByYear: Story = {
  name: 'Sorted by year',
  args: { src: DATA, sort: 'year' },
};

export const HiddenFilters: Story = {
  args: { src: DATA, 'hide-filters': true },
};

export const Paged: Story = {
  name: 'Paged (5 at a time)',
  args: { src: DATA, 'page-size': 5 },
  play: async ({ canvasElement }) => {
    const { root } = widget(canvasElement);
    await waitFor(() => expect(rowCount(root)).toBe(5), { timeout: 5000 });
    await expect(root.querySelector('.more button')).not.toBeNull();
  },
};

export const AnniversaryYear: Story = {
  name: 'Anniversary badges (2025)',
  args: { src: DATA, 'anniversary-year': 2025 },
};

// ---- States -----------------------------------------------------------------------------------------------

const NEVER_ANSWERS = '/data/pairings.csv?story=never-answers';

export const Loading: Story = {
  args: { src: NEVER_ANSWERS },
  decorators: [withRequestThatNeverAnswers],
  parameters: {
    docs: {
      description: {
        story:
          'The loading state. The request to `src` is held open by the story (a made-up URL that never answers), ' +
          'so the "Loading pairings…" message stays on screen.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { root } = widget(canvasElement);
    await waitFor(() => expect(root.querySelector('.message')?.textContent).toMatch(/…/));
  },
};

export const NetworkError: Story = {
  args: { src: '/data/missing.csv' },
  parameters: { docs: { description: { story: '`src` answers 404: the message offers "Try again".' } } },
  play: async ({ canvasElement }) => {
    const { root } = widget(canvasElement);
    await waitFor(() => expect(root.querySelector('.message.error button')).not.toBeNull(), { timeout: 5000 });
  },
};

export const BadFile: Story = {
  name: 'Bad file (a web page)',
  args: { src: '/iframe.html' },
  parameters: { docs: { description: { story: '`src` is an HTML page, neither CSV nor JSON.' } } },
  play: async ({ canvasElement }) => {
    const { root } = widget(canvasElement);
    await waitFor(() => expect(root.querySelector('.message.error .detail')?.textContent).toMatch(/web page/), {
      timeout: 5000,
    });
  },
};

export const Empty: Story = {
  args: { pairings: [] },
};

export const NoMatches: Story = {
  name: 'No pairings match',
  args: { src: DATA, search: 'Atlantis' },
};

export const SkippedRows: Story = {
  name: 'Some rows skipped',
  args: {
    pairings: [
      { na_country: 'US', na_region: 'WA', na_name: 'Seattle', jp_prefecture: 28, jp_name: 'Kobe', established: '1957' },
      { na_country: 'US', na_region: 'XX', na_name: 'Nowhere', jp_prefecture: 99, jp_name: 'Nowhere' },
    ],
  },
  parameters: { docs: { description: { story: 'One record fails the schema: it is counted, and logged to the console.' } } },
};

export const InlineJson: Story = {
  name: 'Inline JSON',
  args: {},
  render: (args) =>
    renderPairings(
      args,
      html`<script type="application/json">
        {
          "pairings": [
            { "na_country": "US", "na_region": "WA", "na_name": "Seattle", "na_name_ja": "シアトル市",
              "jp_prefecture": 28, "jp_name": "Kobe", "jp_name_ja": "神戸市", "jp_name_kana": "こうべし",
              "type": "sister", "established": "1957" },
            { "na_country": "CA", "na_region": "QC", "na_name": "Montréal", "na_name_ja": "モントリオール市",
              "jp_prefecture": 34, "jp_name": "Hiroshima", "jp_name_ja": "広島市", "jp_name_kana": "ひろしまし",
              "type": "sister", "established": "1998" }
          ]
        }
      </script>`,
    ),
  parameters: { docs: { description: { story: 'The pairings in a `<script type="application/json">` child.' } } },
};

const HOSTILE = '<img src=x onerror=alert(1)>';

export const HostileData: Story = {
  args: {
    pairings: [
      {
        na_country: 'US',
        na_region: 'MN',
        na_name: HOSTILE,
        jp_prefecture: 42,
        jp_name: '<b>Nagasaki</b>',
        note: '<script>alert(2)</script>',
      },
    ],
  },
  parameters: { docs: { description: { story: 'Markup in the data is shown as text, never run.' } } },
  play: async ({ canvasElement }) => {
    const { root } = widget(canvasElement);
    await waitFor(() => expect(rowCount(root)).toBe(1));
    await expect(root.querySelector('tbody .name')?.textContent).toBe(HOSTILE);
    await expect(root.querySelector('tbody img, tbody b, tbody script')).toBeNull();
  },
};

export const Dark: Story = {
  args: { src: DATA, 'color-scheme': 'dark' },
  globals: { colorScheme: 'dark' },
};

/** A page of one colour around the widget, as a host page would be. */
const onPage = (page: 'light' | 'dark'): Decorator => (story) =>
  html`<div class=${`story-page-${page}`}>${story()}</div>
    <style>
      .story-page-light { background: #fff; color: #111; padding: 1rem; }
      .story-page-dark { background: #111; color: #eee; padding: 1rem; }
    </style>`;

export const DarkOnLightPage: Story = {
  name: 'Dark on a light page (keeps its padding)',
  args: { src: DATA, 'color-scheme': 'dark', 'page-size': 4 },
  decorators: [onPage('light')],
};

export const LightOnDarkPage: Story = {
  name: 'Light on a dark page',
  args: { src: DATA, 'color-scheme': 'light', 'page-size': 4 },
  decorators: [onPage('dark')],
};

export const Phone: Story = {
  name: 'Phone width: search, then a Filters button',
  args: { src: DATA, region: 'MN' },
  decorators: [(story) => html`<div class="story-phone">${story()}</div><style>.story-phone { max-width: 22rem; }</style>`],
  play: async ({ canvasElement }) => {
    const { root } = widget(canvasElement);
    await waitFor(() => expect(rowCount(root)).toBeGreaterThan(0), { timeout: 5000 });
    const toggle = root.querySelector<HTMLButtonElement>('.filters-toggle')!;
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await expect(root.querySelector('#country')!.checkVisibility()).toBe(false);
    toggle.click();
    await waitFor(() => expect(root.querySelector('#country')!.checkVisibility()).toBe(true));
  },
};

// ---- Partner themes -------------------------------------------------------------------------------------

/**
 * Adds a theme preset's CSS to the page, as a `<link>` to the file would. The presets set custom properties on
 * `:root`, so in the docs page these stories get their own iframe rather than restyling every story on it.
 * The files are imported `?raw`, not `?inline`: Vite's CSS minifier (Lightning CSS) would lower `light-dark()`
 * into `--lightningcss-light/dark` variables that only work with its own `color-scheme` rules.
 */
function withTheme(name: string, cssText: string): Decorator {
  return (story) => {
    const style = document.createElement('style');
    style.dataset.theme = name;
    style.textContent = cssText;
    return html`${style}${story()}`;
  };
}

const themeDocs = { docs: { story: { inline: false, iframeHeight: 720 } } };

export const ThemeSci: Story = {
  name: 'Theme: Sister Cities International',
  args: { src: DATA, 'page-size': 8 },
  decorators: [withTheme('sci', sciTheme)],
  parameters: themeDocs,
};

export const ThemeSciDark: Story = {
  name: 'Theme: Sister Cities International, dark',
  args: { src: DATA, 'page-size': 8 },
  globals: { colorScheme: 'dark' },
  decorators: [withTheme('sci', sciTheme)],
  parameters: themeDocs,
};

export const ThemeClair: Story = {
  name: 'Theme: CLAIR',
  args: { src: DATA, 'page-size': 8 },
  decorators: [withTheme('clair', clairTheme)],
  parameters: themeDocs,
};

export const ThemeClairDark: Story = {
  name: 'Theme: CLAIR, dark',
  args: { src: DATA, 'page-size': 8 },
  globals: { colorScheme: 'dark' },
  decorators: [withTheme('clair', clairTheme)],
  parameters: themeDocs,
};
