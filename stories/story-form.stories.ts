/// <reference types="vite/client" />
/**
 * `<sister-city-story-form>`: every state (pristine, errors, groups, filled in, a refused photo, sending, not
 * sent, sent) in the three languages and both colour schemes (see the toolbar).
 *
 * Every story has `draft="off"`, so that answers typed into one story are not restored into the next.
 * Storybook has no server: the Sending, Not sent and Sent stories answer the form with a fake XMLHttpRequest
 * (stories/story-form.fake-server.ts, Storybook only); the tests and the demo use a real server.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import type { SisterCityStoryForm } from '../src/story-form/sister-city-story-form.js';
import '../src/story-form/define.js';
import { attach, button, byPath, choose, formIn, press, root, shownText, summaryOf, tick, type, withFakeServer, withOwnFrame } from './form-helpers.js';

/** Args are named after the element's attributes; `on…` receive the events' `detail`. */
interface StoryFormArgs {
  endpoint?: string;
  draft?: 'session' | 'local' | 'off';
  'draft-days'?: number;
  'draft-key'?: string;
  timeout?: number;
  'heading-level'?: number;
  'max-photos'?: number;
  'max-photo-size'?: number;
  'color-scheme'?: '' | 'light' | 'dark';
  onSubmit?: (detail: unknown) => void;
  onSuccess?: (detail: unknown) => void;
  onError?: (detail: unknown) => void;
}

/**
 * Members the docs table would otherwise list: the properties behind attributes that have rows of their own, and
 * internal state that the analyzer mistakes for attributes (it does not see `state: true`).
 */
type HiddenRows = Partial<
  Record<
    | 'maxPhotos' | 'maxPhotoSize' | 'headingLevel' | 'draftDays' | 'draftKey'
    | 'values' | 'errors' | 'phase' | 'progress' | 'announcement' | 'failure' | 'reference' | 'restoredAt' | 'summary' | 'reviewing',
    never
  >
>;

const TAG = 'sister-city-story-form';
const ENDPOINT = '/api/stories';

// ---- The component's description, from its @summary -------------------------------------------------

const SUMMARY = summaryOf(TAG,
  "Sister Cities International's Hajimari origin-story submission: the two cities, the story, important dates, key people and photos, sent to the endpoint the site configures.",
);

// ---- Rendering -------------------------------------------------------------------------------------------------

function renderForm(args: StoryFormArgs): TemplateResult {
  const text = (value: string | number | undefined) => (value === undefined || value === '' ? undefined : String(value));
  return html`<sister-city-story-form
    endpoint=${ifDefined(text(args.endpoint))}
    draft=${ifDefined(text(args.draft))}
    draft-days=${ifDefined(text(args['draft-days']))}
    draft-key=${ifDefined(text(args['draft-key']))}
    timeout=${ifDefined(text(args.timeout))}
    heading-level=${ifDefined(text(args['heading-level']))}
    max-photos=${ifDefined(text(args['max-photos']))}
    max-photo-size=${ifDefined(text(args['max-photo-size']))}
    color-scheme=${ifDefined(text(args['color-scheme']))}
    @sister-city-submit=${(event: CustomEvent) => args.onSubmit?.(event.detail)}
    @sister-city-success=${(event: CustomEvent) => args.onSuccess?.(event.detail)}
    @sister-city-error=${(event: CustomEvent) => args.onError?.(event.detail)}
  ></sister-city-story-form>`;
}

// ---- Filling the form the way a person does (helpers in form-helpers.ts) -------------------------------------

const storyForm = (canvasElement: HTMLElement) => formIn<SisterCityStoryForm>(canvasElement, TAG);

function date(el: Element, path: string, parts: { year?: string; month?: string; day?: string }): void {
  for (const [part, value] of Object.entries(parts)) {
    const input = root(el).querySelector<HTMLInputElement>(`input[name="${path}.${part}"]`)!;
    input.value = value!;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** A real PNG drawn on a canvas. */
async function photo(name: string, colour = '#1d4f91'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 64, 48);
  context.fillStyle = '#fff';
  context.fillText('1955', 16, 28);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** The smallest complete story. */
async function fillMinimal(el: SisterCityStoryForm): Promise<void> {
  await tick(el, 'na_city.country', 'US');
  await el.updateComplete; // the states are listed once the country is chosen
  choose(el, 'na_city.region', 'MN');
  type(el, 'na_city.name', 'Saint Paul');
  choose(el, 'jp_city.prefecture', '42');
  type(el, 'jp_city.name', 'Nagasaki');
  date(el, 'established', { year: '1955', month: '12', day: '7' });
  type(el, 'story', 'It began after the war, when two cities chose friendship.');
  await tick(el, 'connections', 'friendship');
  await tick(el, 'language', 'en');
  type(el, 'submitter.name', 'Jane Doe');
  type(el, 'submitter.email', 'jane@example.org');
  await tick(el, 'partner_coauthor', 'no');
  await tick(el, 'consent');
  await el.updateComplete;
}

/** Adds a photo item and gives it a real image, a caption, a credit and permission. */
async function addPhoto(el: SisterCityStoryForm): Promise<void> {
  await press(el, 'Add a photo');
  attach(el, 'photos.0.file', await photo('signing.png'));
  await waitFor(() => expect(root(el).querySelector('#f-photos-0-file-chosen')).toBeTruthy());
  type(el, 'photos.0.caption', 'The signing of the affiliation agreement');
  date(el, 'photos.0.date', { year: '1955', month: '12', day: '7' });
  type(el, 'photos.0.credit', 'Saint Paul–Nagasaki Sister City Committee');
  await tick(el, 'photos.0.permission');
  await el.updateComplete;
}

// ---- The fake server (Storybook only) ------------------------------------------------------------------


// ---- Meta ------------------------------------------------------------------------------------------------

const meta = {
  title: 'Widgets/sister-city-story-form',
  component: TAG,
  render: (args) => renderForm(args),
  args: {
    endpoint: ENDPOINT,
    draft: 'off',
    onSubmit: fn(),
    onSuccess: fn(),
    onError: fn(),
  },
  argTypes: {
    endpoint: { control: 'text', description: 'URL the story is posted to (see the README for the contract).' },
    draft: {
      control: 'inline-radio',
      options: ['session', 'local', 'off'],
      description:
        'Where answers are saved as the reader types: `session` (default), `local` or `off`. ' +
        'The stories use `off`, so that one story does not restore another\'s answers.',
    },
    'max-photos': { control: { type: 'number', min: 0, max: 10, step: 1 }, description: 'How many photos may be added (default and most 10).' },
    'max-photo-size': { control: { type: 'number', min: 0.1, step: 0.5 }, description: 'Largest photo in MB (default 10).' },
    'heading-level': {
      control: 'inline-radio',
      options: [2, 3, 4, 5, 6],
      description: 'Level of the section headings, 2 to 6 (default 2).',
    },
    'color-scheme': {
      control: { type: 'inline-radio', labels: { '': 'toolbar' } },
      options: ['', 'light', 'dark'],
      description: '`light`, `dark`, or unset to follow the Colour scheme toolbar (the system setting outside Storybook).',
    },
    // The events have rows of their own (from the manifest); these only log them in the Actions panel.
    onSubmit: { table: { disable: true } },
    onSuccess: { table: { disable: true } },
    onError: { table: { disable: true } },
    // The attribute rows describe these properties already.
    maxPhotos: { table: { disable: true } },
    maxPhotoSize: { table: { disable: true } },
    headingLevel: { table: { disable: true } },
    draftDays: { table: { disable: true } },
    draftKey: { table: { disable: true } },
    // Internal state, not attributes.
    values: { table: { disable: true } },
    errors: { table: { disable: true } },
    phase: { table: { disable: true } },
    progress: { table: { disable: true } },
    announcement: { table: { disable: true } },
    failure: { table: { disable: true } },
    reference: { table: { disable: true } },
    restoredAt: { table: { disable: true } },
    summary: { table: { disable: true } },
    reviewing: { table: { disable: true } },
  },
  parameters: {
    docs: { description: { component: SUMMARY } },
  },
} satisfies Meta<StoryFormArgs & HiddenRows>;

export default meta;
type Story = StoryObj<StoryFormArgs>;
type PlayContext = StoryContext<StoryFormArgs>;

const describeStory = (story: string) => ({ docs: { description: { story } } });

// ---- Languages and colour schemes ----------------------------------------------------------------------------

export const Pristine: Story = {
  parameters: describeStory('The form as a reader first sees it, in English.'),
};

export const Japanese: Story = {
  globals: { locale: 'ja' },
  parameters: describeStory('In Japanese: family name before given name, dates as year, month, day.'),
};

export const French: Story = {
  name: 'French (Canada)',
  globals: { locale: 'fr-CA' },
  parameters: describeStory('In Canadian French: dates as day, month, year.'),
};

export const Dark: Story = {
  args: { 'color-scheme': 'dark' },
  globals: { colorScheme: 'dark' },
};

// ---- Checking --------------------------------------------------------------------------------------------------

export const ErrorsShown: Story = {
  name: 'Errors shown',
  parameters: describeStory(
    'Sent empty: every problem is listed in a summary at the top, which takes focus, with a link to each field; ' +
      'each field shows its own message.',
  ),
  play: async ({ canvasElement, args }: PlayContext) => {
    const el = await storyForm(canvasElement);
    await press(el, 'Send the story');
    await waitFor(() => expect(root(el).querySelector('.error-summary')).toBeTruthy());
    await expect(shownText(el)).toContain('There is a problem');
    await waitFor(() => expect(root(el).activeElement).toBe(root(el).querySelector('.error-summary')));
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const GroupsExpanded: Story = {
  name: 'Groups expanded',
  parameters: describeStory('One important date, one key person and one photo added: each is a group of fields with its own Remove button.'),
  play: async ({ canvasElement }: PlayContext) => {
    const el = await storyForm(canvasElement);
    await press(el, 'Add a date');
    await press(el, 'Add a person');
    await press(el, 'Add a photo');
    await expect(root(el).querySelectorAll('fieldset.item')).toHaveLength(3);
    await expect(shownText(el)).toContain('Remove photo 1');
  },
};

export const FilledIn: Story = {
  name: 'Filled in',
  parameters: describeStory('A complete story with a date, a person and a photo, ready to send.'),
  play: async ({ canvasElement, step }: PlayContext) => {
    const el = await storyForm(canvasElement);
    await step('Fill in the required answers', () => fillMinimal(el));
    await step('Add a date', async () => {
      await press(el, 'Add a date');
      date(el, 'dates.0.date', { year: '1955', month: '12', day: '7' });
      type(el, 'dates.0.event', 'The two mayors signed the affiliation agreement');
    });
    await step('Add a person', async () => {
      await press(el, 'Add a person');
      type(el, 'people.0.given_name', 'Joseph');
      type(el, 'people.0.family_name', 'Dillon');
      type(el, 'people.0.role', 'Mayor of Saint Paul, who signed the agreement');
      await tick(el, 'people.0.side', 'na');
    });
    await step('Add a photo', () => addPhoto(el));
    await expect(byPath(el, 'na_city.name').value).toBe('Saint Paul');
    await expect(root(el).querySelector('.error-summary')).toBeNull();
  },
};

export const PhotoRefused: Story = {
  name: 'Photo refused',
  parameters: describeStory(
    'A text file named photo.jpg: the form reads the first bytes, not the name, and refuses it at the field before anything is sent.',
  ),
  play: async ({ canvasElement }: PlayContext) => {
    const el = await storyForm(canvasElement);
    await press(el, 'Add a photo');
    attach(el, 'photos.0.file', new File(['This is a text file, not a photo.\n'], 'photo.jpg', { type: 'image/jpeg' }));
    await waitFor(() => expect(shownText(el)).toContain('The selected file must be a JPEG, PNG, WebP or HEIC photo'));
    await expect(byPath(el, 'photos.0.file').getAttribute('aria-invalid')).toBe('true');
  },
};

// ---- Sending (a fake server: Storybook only) -----------------------------------------------------------

export const Sending: Story = {
  name: 'Sending, with progress',
  decorators: [withFakeServer({ kind: 'never', upTo: 60 })],
  parameters: withOwnFrame(
    'Sending a story with a photo. Storybook only: a fake server takes the upload to 60% and never answers, so the ' +
      'progress bar and the "Sending…" button stay on screen (the real form gives up after its timeout and retries).',
  ),
  play: async ({ canvasElement, args }: PlayContext) => {
    const el = await storyForm(canvasElement);
    await fillMinimal(el);
    await addPhoto(el);
    await press(el, 'Send the story');
    await waitFor(() => expect(root(el).querySelector('progress')).toBeTruthy());
    await waitFor(() => expect(root(el).querySelector<HTMLProgressElement>('progress')!.value).toBe(60), { timeout: 8000 });
    await expect(button(el, 'Sending…').getAttribute('aria-disabled')).toBe('true');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
  },
};

export const NotSent: Story = {
  name: 'Not sent',
  decorators: [withFakeServer({ kind: 'json', status: 503, body: { title: 'Service Unavailable', status: 503 }, contentType: 'application/problem+json' })],
  parameters: withOwnFrame(
    'Storybook only: a fake server answers 503 every time. The form tries again three times, waiting longer each ' +
      'time, then shows that the story has not been sent, with the answers kept and Try again.',
  ),
  play: async ({ canvasElement, args }: PlayContext) => {
    const el = await storyForm(canvasElement);
    await fillMinimal(el);
    await press(el, 'Send the story');
    await waitFor(() => expect(shownText(el)).toContain('Your story has not been sent'), { timeout: 15000 });
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'busy', status: 503 }));
    await expect(byPath(el, 'na_city.name').value).toBe('Saint Paul');
  },
};

export const Sent: Story = {
  decorators: [withFakeServer({ kind: 'json', status: 201, body: { id: '1', reference: 'HAJ-1001' } })],
  parameters: withOwnFrame(
    'Storybook only: a fake server accepts the story (201 with its reference). The confirmation shows the reference, ' +
      'what happens next, and every answer.',
  ),
  play: async ({ canvasElement, args }: PlayContext) => {
    const el = await storyForm(canvasElement);
    await fillMinimal(el);
    await press(el, 'Send the story');
    await waitFor(() => expect(shownText(el)).toContain('Story sent'), { timeout: 5000 });
    await expect(root(el).querySelector('.reference')?.textContent).toBe('HAJ-1001');
    await expect(args.onSuccess).toHaveBeenCalledWith({ reference: 'HAJ-1001', id: '1' });
  },
};
