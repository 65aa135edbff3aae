/// <reference types="vite/client" />
/**
 * `<sister-city-requests>`: every state (ready, empty, no match, skipped entries, network error,
 * unreadable file, a profile open, ranked by fit for a described community or a listed request) in the
 * three languages (see the toolbar), and the options (one direction, contact, units).
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/requests/define.js';
import feedText from '../test/fixtures/requests.json?raw';

const FEED: unknown[] = (JSON.parse(feedText) as { requests: unknown[] }).requests;

interface RequestsArgs {
  src?: string;
  direction?: '' | 'na-seeking-jp' | 'jp-seeking-na';
  contact?: string;
  units?: '' | 'metric' | 'imperial';
  search?: string;
  sort?: 'newest' | 'name' | 'population';
  'hide-filters'?: boolean;
  requests?: unknown[];
}

const text = (value: string | undefined) => (value ? value : undefined);
const root = (canvasElement: HTMLElement) => canvasElement.querySelector('sister-city-requests')!.shadowRoot!;
const cards = (canvasElement: HTMLElement) => root(canvasElement).querySelectorAll('li.card');

const meta = {
  title: 'Widgets/sister-city-requests',
  component: 'sister-city-requests',
  render: (args) => html`<sister-city-requests
    src=${ifDefined(text(args.src))}
    direction=${ifDefined(text(args.direction))}
    contact=${ifDefined(text(args.contact))}
    units=${ifDefined(text(args.units))}
    search=${ifDefined(text(args.search))}
    sort=${ifDefined(text(args.sort))}
    ?hide-filters=${args['hide-filters'] ?? false}
    .requests=${args.requests}
  ></sister-city-requests>`,
  args: { requests: FEED, contact: 'mailto:partners@clair.example' },
  argTypes: {
    src: { control: 'text', description: 'The published feed, or a CSV/JSON file with the same field names.' },
    direction: { control: { type: 'select', labels: { '': '(both)' } }, options: ['', 'na-seeking-jp', 'jp-seeking-na'] },
    contact: { control: 'text', description: '`mailto:…` or a URL template with `{reference}` and `{name}`.' },
    units: { control: { type: 'inline-radio', labels: { '': 'by language' } }, options: ['', 'metric', 'imperial'] },
    sort: { control: 'select', options: ['newest', 'name', 'population'] },
    requests: { control: 'object', description: 'The requests as objects; takes precedence over `src` and inline data.' },
  },
} satisfies Meta<RequestsArgs>;

export default meta;
type Story = StoryObj<RequestsArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cards(canvasElement).length).toBe(4));
  },
};
export const Japanese: Story = { globals: { locale: 'ja' } };
export const French: Story = { name: 'French (Canada)', globals: { locale: 'fr-CA' } };
export const OneDirection: Story = { name: 'Japanese communities only', args: { direction: 'jp-seeking-na' } };
export const Metric: Story = { name: 'Metric units first', args: { units: 'metric' } };

/** Opens the first request's full profile. */
const openProfile: Story['play'] = async ({ canvasElement }) => {
  await waitFor(() => expect(cards(canvasElement).length).toBeGreaterThan(0));
  root(canvasElement).querySelector<HTMLButtonElement>('li.card .actions button')!.click();
};
export const ProfileOpen: Story = { name: 'A full profile open', play: openProfile };
export const ProfileOpenJapanese: Story = { name: 'A full profile open, Japanese', globals: { locale: 'ja' }, play: openProfile };

/** Ranks the board for the first listed request's community. */
const rankForListed: Story['play'] = async ({ canvasElement }) => {
  await waitFor(() => expect(cards(canvasElement).length).toBeGreaterThan(0));
  root(canvasElement).querySelector<HTMLButtonElement>('li.card .actions button:nth-child(2)')!.click();
  await waitFor(() => expect(root(canvasElement).querySelector('.reasons')).not.toBeNull());
};
export const Ranked: Story = { name: 'Ranked by fit for a listed request', play: rankForListed };
export const RankedJapanese: Story = { name: 'Ranked by fit, Japanese', globals: { locale: 'ja' }, play: rankForListed };
export const RankedFrench: Story = { name: 'Ranked by fit, French (Canada)', globals: { locale: 'fr-CA' }, play: rankForListed };

export const MatchingForm: Story = {
  name: '"Find partners for my community" open',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cards(canvasElement).length).toBeGreaterThan(0));
    root(canvasElement).querySelector<HTMLButtonElement>('.match-toggle')!.click();
    // Matching loads when first opened: the story is the form, not its loading line.
    await waitFor(() => expect(root(canvasElement).querySelector('form#match-form')).not.toBeNull());
  },
};

export const NoMatch: Story = { name: 'No request matches', args: { search: 'Atlantis' } };
export const Empty: Story = { name: 'Nobody seeking a partner', args: { requests: [] } };
export const SkippedEntries: Story = {
  name: 'Some entries skipped',
  args: { requests: [...FEED, { direction: 'sideways' }, { direction: 'na-seeking-jp', community: { name: 'Nowhere', country: 'US', region: 'ZZ' }, exchanges: [] }] },
};
export const NetworkError: Story = { name: 'Network error', args: { requests: undefined, src: '/no-such-feed.json' } };
export const UnreadableFile: Story = { name: 'A file that is not a requests list', args: { requests: undefined, src: '/data/pairings.csv' } };
