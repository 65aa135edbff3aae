/// <reference types="vite/client" />
/**
 * `<sister-city-stories>`: every state (loading, ready, empty, no match, one pairing without a story,
 * network error, unreadable file, the photo lightbox open) in the three languages and both colour
 * schemes (see the toolbar), and the directory linking to the stories. The data is the demo's
 * example feed file, demo/data/stories.json, served at /data/stories.json.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/stories/define.js';
import '../src/pairings/define.js';
import { withRequestThatNeverAnswers } from './never-answers.js';

/** Args are named after the element's attributes; `stories` is the property. */
interface StoriesArgs {
  src?: string;
  pairing?: string;
  region?: string;
  prefecture?: string;
  decade?: string;
  connection?: string;
  search?: string;
  calendar?: 'gregory' | 'japanese';
  'hide-filters'?: boolean;
  'color-scheme'?: '' | 'light' | 'dark';
  stories?: unknown;
}

type MirroredProperties = Partial<Record<'hideFilters', never>>;

const FEED = '/data/stories.json';

function renderStories(args: StoriesArgs): TemplateResult {
  const text = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
  return html`<sister-city-stories
    src=${ifDefined(text(args.src))}
    pairing=${ifDefined(text(args.pairing))}
    region=${ifDefined(text(args.region))}
    prefecture=${ifDefined(text(args.prefecture))}
    decade=${ifDefined(text(args.decade))}
    connection=${ifDefined(text(args.connection))}
    search=${ifDefined(text(args.search))}
    calendar=${ifDefined(text(args.calendar))}
    ?hide-filters=${args['hide-filters'] ?? false}
    color-scheme=${ifDefined(text(args['color-scheme']))}
    .stories=${args.stories}
  ></sister-city-stories>`;
}

const root = (canvasElement: HTMLElement) => canvasElement.querySelector('sister-city-stories')!.shadowRoot!;
const storiesShown = (canvasElement: HTMLElement) => root(canvasElement).querySelectorAll('article').length;

const meta = {
  title: 'Widgets/sister-city-stories',
  component: 'sister-city-stories',
  render: (args) => renderStories(args),
  argTypes: {
    src: { control: 'text', description: 'URL of the published stories feed, or a JSON file of the same shape.' },
    pairing: { control: 'text', description: 'Show only one pairing\'s story: its key, such as `US-MN-saint-paul/42-nagasaki`.' },
    region: { control: 'text', description: 'Preset the state/province filter (`MN`, `QC`).' },
    prefecture: { control: 'text', description: 'Preset the prefecture filter: JIS code `1`–`47`.' },
    decade: { control: 'text', description: 'Preset the decade filter: its first year (`1950`).' },
    connection: {
      control: 'select',
      options: ['', 'business', 'friendship', 'education', 'humanitarian', 'culture', 'sports', 'disaster-relief', 'other'],
      description: 'Preset the kind of connection.',
    },
    search: { control: 'text', description: 'Preset the search text.' },
    calendar: { control: 'inline-radio', options: ['gregory', 'japanese'], description: 'In Japanese, `japanese` shows era dates.' },
    'hide-filters': { control: 'boolean', description: 'Hide the filter menus and keep only the search box.' },
    'color-scheme': { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'light', 'dark'] },
    stories: { control: 'object', description: 'The published stories as objects; takes precedence over `src` and inline data.' },
    hideFilters: { table: { disable: true } },
  },
} satisfies Meta<StoriesArgs & MirroredProperties>;

export default meta;
type Story = StoryObj<StoriesArgs>;

const loaded = (count: number) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await waitFor(() => expect(storiesShown(canvasElement)).toBe(count), { timeout: 5000 });
};

// ---- Languages -------------------------------------------------------------------------------------------

export const Default: Story = { args: { src: FEED }, play: loaded(3) };

export const Japanese: Story = {
  name: 'Japanese (translations where staff wrote one, the original marked otherwise)',
  args: { src: FEED },
  globals: { locale: 'ja' },
  play: loaded(3),
};

export const JapaneseEraCalendar: Story = {
  name: 'Japanese, era calendar',
  args: { src: FEED, calendar: 'japanese' },
  globals: { locale: 'ja' },
};

export const French: Story = { name: 'French (Canada)', args: { src: FEED }, globals: { locale: 'fr-CA' }, play: loaded(3) };

// ---- Options -----------------------------------------------------------------------------------------------

export const OnePairing: Story = {
  name: "One pairing's story (a city page)",
  args: { src: FEED, pairing: 'US-MN-saint-paul/42-nagasaki' },
  play: loaded(1),
};

export const PresetConnection: Story = { name: 'Preset connection (education)', args: { src: FEED, connection: 'education' }, play: loaded(1) };

export const HiddenFilters: Story = { args: { src: FEED, 'hide-filters': true } };

export const Dark: Story = { args: { src: FEED }, globals: { colorScheme: 'dark' } };

// ---- States ------------------------------------------------------------------------------------------------

export const Loading: Story = {
  args: { src: '/data/stories.json?story=never-answers' },
  decorators: [withRequestThatNeverAnswers],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('.message')?.textContent).toMatch(/…/));
  },
};

export const Empty: Story = { args: { stories: { stories: [] } } };

export const NoMatch: Story = { name: 'No story matches', args: { src: FEED, search: 'Timbuktu' } };

export const PairingWithoutStory: Story = { name: 'A pairing without a story yet', args: { src: FEED, pairing: 'US-OR-portland/1-sapporo' } };

export const NetworkError: Story = {
  args: { src: '/data/missing.json' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('.message.error button')).not.toBeNull(), { timeout: 5000 });
  },
};

export const FormatError: Story = { name: 'Unreadable file', args: { src: '/data/pairings.csv' } };

export const LightboxOpen: Story = {
  name: 'Photo lightbox open',
  args: { src: FEED, pairing: 'US-MN-saint-paul/42-nagasaki' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('button.photo')).not.toBeNull(), { timeout: 5000 });
    root(canvasElement).querySelector<HTMLButtonElement>('button.photo')!.click();
    await waitFor(() => expect(root(canvasElement).querySelector('dialog')?.open).toBe(true));
  },
};

// ---- With the directory --------------------------------------------------------------------------------

export const DirectoryLinks: Story = {
  name: 'The directory linking to the stories (stories-src)',
  render: () => html`<sister-city-pairings src="/data/pairings.csv" stories-src=${FEED} search="Saint Paul"></sister-city-pairings>`,
  play: async ({ canvasElement }) => {
    const directory = canvasElement.querySelector('sister-city-pairings')!.shadowRoot!;
    await waitFor(() => expect(directory.querySelector('.story-link')).not.toBeNull(), { timeout: 5000 });
  },
};
