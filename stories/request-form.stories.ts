/// <reference types="vite/client" />
/**
 * `<sister-city-request-form>`: every state (empty, a direction chosen, errors, the "check your answers" step,
 * sending, not sent, tried again, sent) in the three languages and both colour schemes (see the toolbar).
 *
 * Every story has `draft="off"`, so that answers typed into one story are not restored into the next.
 * Storybook has no server: the Sending, Not sent, Try again and Sent stories answer the form with a fake
 * XMLHttpRequest (stories/story-form.fake-server.ts, Storybook only); the tests and the demo use a real server.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import type { SisterCityRequestForm } from '../src/request-form/sister-city-request-form.js';
import '../src/request-form/define.js';
import { attach, button, byPath, choose, formIn, press, root, shownText, summaryOf, tick, type, withFakeServer, withOwnFrame } from './form-helpers.js';

/** Args are named after the element's attributes; `on…` receive the events' `detail`. */
interface RequestFormArgs {
  endpoint?: string;
  draft?: 'session' | 'local' | 'off';
  'draft-days'?: number;
  'draft-key'?: string;
  timeout?: number;
  'heading-level'?: number;
  'max-document-size'?: number;
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
    | 'maxDocumentSize' | 'headingLevel' | 'draftDays' | 'draftKey'
    | 'values' | 'errors' | 'phase' | 'progress' | 'announcement' | 'failure' | 'reference' | 'restoredAt'
    | 'summary' | 'reviewing',
    never
  >
>;

const TAG = 'sister-city-request-form';
const ENDPOINT = '/api/requests';

// ---- The component's description, from its @summary -------------------------------------------------

const SUMMARY = summaryOf(TAG,
  'The "becoming a sister city" request that CLAIR/JLGC collects, in both directions: a North American community ' +
    'seeking a Japanese partner, or a Japanese prefecture or municipality seeking a North American one.',
);

// ---- Rendering -------------------------------------------------------------------------------------------------

function renderForm(args: RequestFormArgs): TemplateResult {
  const text = (value: string | number | undefined) => (value === undefined || value === '' ? undefined : String(value));
  return html`<sister-city-request-form
    endpoint=${ifDefined(text(args.endpoint))}
    draft=${ifDefined(text(args.draft))}
    draft-days=${ifDefined(text(args['draft-days']))}
    draft-key=${ifDefined(text(args['draft-key']))}
    timeout=${ifDefined(text(args.timeout))}
    heading-level=${ifDefined(text(args['heading-level']))}
    max-document-size=${ifDefined(text(args['max-document-size']))}
    color-scheme=${ifDefined(text(args['color-scheme']))}
    @sister-city-submit=${(event: CustomEvent) => args.onSubmit?.(event.detail)}
    @sister-city-success=${(event: CustomEvent) => args.onSuccess?.(event.detail)}
    @sister-city-error=${(event: CustomEvent) => args.onError?.(event.detail)}
  ></sister-city-request-form>`;
}

// ---- Filling the form the way a person does (helpers in form-helpers.ts) -------------------------------------

const requestForm = (canvasElement: HTMLElement) => formIn<SisterCityRequestForm>(canvasElement, TAG);

/** A real (one-page) PDF: the form reads its first bytes, not its name. */
function pamphlet(name: string): File {
  const content = 'BT /F1 18 Tf 24 64 Td (Saint Paul, Minnesota) Tj ET';
  const pdf = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 320 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    `4 0 obj << /Length ${content.length} >> stream`,
    content,
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n');
  return new File([pdf], name, { type: 'application/pdf' });
}

/** "Who is looking?": a North American community, in the United States. */
async function chooseNorthAmerica(el: SisterCityRequestForm, country: 'US' | 'CA' = 'US'): Promise<void> {
  await tick(el, 'direction', 'na-seeking-jp');
  await el.updateComplete; // the questions about the community follow the direction
  await tick(el, 'na_community.country', country);
  await el.updateComplete; // the states (or provinces) are listed once the country is chosen
}

/** A complete North American request: every required answer, and one contact copied from the submitter. */
async function fillRequest(el: SisterCityRequestForm): Promise<void> {
  await chooseNorthAmerica(el);
  choose(el, 'na_community.region', 'MN');
  type(el, 'na_community.name', 'Saint Paul');
  await tick(el, 'na_community.level', 'city');
  type(el, 'population.count', '311,527');
  type(el, 'population.as_of', '2020');
  type(el, 'area.value', '56.18');
  await tick(el, 'area.unit', 'sq-mi');
  type(el, 'geography', 'A river city on the Mississippi, 15 minutes by light rail from Minneapolis–Saint Paul International Airport (MSP).');
  type(el, 'activities', 'State government, health care and manufacturing; five universities, the Science Museum of Minnesota and the Minnesota History Center.');
  type(el, 'expectations', 'Student exchanges every year, and a partner city hall to learn from about winter city services.');
  await tick(el, 'exchanges', 'education-youth');
  await tick(el, 'exchanges', 'culture-arts');
  type(el, 'submitter.name', 'Jane Doe');
  type(el, 'submitter.role', 'Sister city coordinator');
  type(el, 'submitter.organisation', 'City of Saint Paul');
  type(el, 'submitter.email', 'jane@example.org');
  await el.updateComplete;
  await press(el, 'Add yourself as a contact');
  await tick(el, 'consent');
  await el.updateComplete;
}

/** Every answer, optional ones too: another kind of exchange, a second contact with a phone number, a pamphlet. */
async function fillEverything(el: SisterCityRequestForm): Promise<void> {
  await fillRequest(el);
  type(el, 'history', 'Saint Paul has had a Japanese garden at Como Park since 1979.');
  await tick(el, 'exchanges', 'other');
  await el.updateComplete; // "What other kind of exchange?" is revealed
  type(el, 'exchanges_other', 'Exchanges between fire departments');
  type(el, 'partner_preferences', 'A city of a similar size with a university, ideally on a river.');
  await press(el, 'Add another contact');
  type(el, 'contacts.1.name', 'Melvin Carter');
  type(el, 'contacts.1.title', 'Mayor');
  type(el, 'contacts.1.organisation', 'City of Saint Paul');
  type(el, 'contacts.1.email', 'mayor@example.org');
  type(el, 'contacts.1.phone', '+1 651 266 8510');
  type(el, 'other_information', 'The city council approved the search for a partner in March.');
  attach(el, 'pamphlet', pamphlet('saint-paul.pdf'));
  await waitFor(() => expect(root(el).querySelector('#f-pamphlet-chosen')).toBeTruthy());
  await el.updateComplete;
}

/** Continue to the "check your answers" step, which takes focus. */
async function toReview(el: SisterCityRequestForm): Promise<void> {
  await press(el, 'Continue');
  await waitFor(() => expect(root(el).querySelector('#review-heading')).toBeTruthy());
  await waitFor(() => expect(root(el).activeElement).toBe(root(el).querySelector('#review-heading')));
}

// ---- The fake server (Storybook only) ------------------------------------------------------------------

/** What the fake server was sent in this story. */
const received = (canvasElement: HTMLElement) => canvasElement.querySelector('story-form-fake-server')!.received;

// ---- Meta ------------------------------------------------------------------------------------------------

const meta = {
  title: 'Widgets/sister-city-request-form',
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
    endpoint: { control: 'text', description: 'URL the request is posted to (see the README for the contract).' },
    draft: {
      control: 'inline-radio',
      options: ['session', 'local', 'off'],
      description:
        'Where answers are saved as the reader types: `session` (default), `local` or `off`. ' +
        'The stories use `off`, so that one story does not restore another\'s answers.',
    },
    'max-document-size': { control: { type: 'number', min: 0.1, step: 0.5 }, description: 'Largest pamphlet in MB (default 20).' },
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
    maxDocumentSize: { table: { disable: true } },
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
} satisfies Meta<RequestFormArgs & HiddenRows>;

export default meta;
type Story = StoryObj<RequestFormArgs>;
type PlayContext = StoryContext<RequestFormArgs>;

const describeStory = (story: string) => ({ docs: { description: { story } } });

// ---- Directions, languages and colour schemes ----------------------------------------------------------------

export const Empty: Story = {
  parameters: describeStory(
    'The form as a reader first sees it, in English: the questions about the community wait for the first answer, the direction.',
  ),
  play: async ({ canvasElement }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await expect(shownText(el)).toContain('Answer the first question to see the questions about your community.');
    await expect(byPath(el, 'na_community.country')).toBeNull();
    await expect(byPath(el, 'jp_community.prefecture')).toBeNull();
    await expect(button(el, 'Continue')).toBeTruthy();
  },
};

export const NorthAmerican: Story = {
  name: 'Direction chosen: North American',
  parameters: describeStory(
    'A North American community seeking a Japanese partner: the country, then the state or territory (listed once ' +
      'the country is chosen), the name and the level of government.',
  ),
  play: async ({ canvasElement }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await chooseNorthAmerica(el, 'US');
    await expect(root(el).querySelector('label[for="f-na_community-region"]')?.textContent).toContain('State or territory');
    await expect(byPath<HTMLSelectElement>(el, 'na_community.region').options.length).toBeGreaterThan(50);
    await expect(root(el).querySelectorAll('input[name="na_community.level"]')).toHaveLength(9);
    await expect(byPath(el, 'jp_community.prefecture')).toBeNull();
  },
};

export const JapaneseDirection: Story = {
  name: 'Direction chosen: Japanese (in Japanese)',
  globals: { locale: 'ja' },
  parameters: describeStory(
    'In Japanese, a Japanese prefecture or municipality seeking a North American partner: the prefecture (in ' +
      'Japanese, in the JIS order), the name and the level of government.',
  ),
  play: async ({ canvasElement }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await tick(el, 'direction', 'jp-seeking-na');
    await el.updateComplete;
    const prefecture = byPath<HTMLSelectElement>(el, 'jp_community.prefecture');
    await expect(prefecture.options).toHaveLength(48); // "Select…" and the 47 prefectures
    await expect(prefecture.querySelector('option[value="42"]')?.textContent).toBe('長崎県');
    await expect(root(el).querySelectorAll('input[name="jp_community.level"]')).toHaveLength(5);
    await expect(byPath(el, 'na_community.country')).toBeNull();
    await expect(button(el, '入力内容を確認する')).toBeTruthy();
  },
};

export const French: Story = {
  name: 'French (Canada)',
  globals: { locale: 'fr-CA' },
  parameters: describeStory(
    'In Canadian French, a community in Québec: provinces and territories in French, and an area typed the French ' +
      'way (288,9) read as a number, with its equivalent in square miles.',
  ),
  play: async ({ canvasElement }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await chooseNorthAmerica(el, 'CA');
    await expect(root(el).querySelector('label[for="f-na_community-region"]')?.textContent).toContain('Province ou territoire');
    choose(el, 'na_community.region', 'QC');
    type(el, 'na_community.name', 'Trois-Rivières');
    type(el, 'area.value', '288,9');
    await tick(el, 'area.unit', 'km2');
    await el.updateComplete;
    await expect(shownText(el)).toContain('Cela représente environ 112 milles carrés.');
    await expect(button(el, 'Continuer')).toBeTruthy();
  },
};

// ---- Checking --------------------------------------------------------------------------------------------------

export const ErrorsShown: Story = {
  name: 'Errors shown',
  parameters: describeStory(
    'Continue pressed with nothing filled in: every problem is listed in a summary at the top, which takes focus, ' +
      'with a link to each field; each field shows its own message.',
  ),
  play: async ({ canvasElement, args }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await press(el, 'Continue');
    await waitFor(() => expect(root(el).querySelector('.error-summary')).toBeTruthy());
    await expect(shownText(el)).toContain('There is a problem');
    await expect(shownText(el)).toContain('Select who is looking for a sister city');
    await waitFor(() => expect(root(el).activeElement).toBe(root(el).querySelector('.error-summary')));
    // Every link in the summary leads to a field on the page.
    for (const link of root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')) {
      await expect(root(el).querySelector(link.getAttribute('href')!)).toBeTruthy();
    }
    await expect(root(el).querySelector('#review-heading')).toBeNull();
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const Review: Story = {
  name: 'Check your answers',
  parameters: describeStory(
    'A North American request with every answer (two contacts, the first added with "Add yourself as a contact", ' +
      'and a PDF pamphlet): Continue leads to the "check your answers" step, with a Change link for each answer ' +
      'and "Send the request". Nothing has been sent yet.',
  ),
  play: async ({ canvasElement, args, step }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await step('Fill in every answer', () => fillEverything(el));
    await expect(byPath(el, 'contacts.0.email').value).toBe('jane@example.org');
    await step('Continue to the review', () => toReview(el));
    const text = shownText(el);
    for (const answer of ['Minnesota', 'Saint Paul', '311,527', 'Square miles (sq mi)', 'Exchanges between fire departments', 'Melvin Carter', 'saint-paul.pdf']) {
      await expect(text).toContain(answer);
    }
    await expect(button(el, 'Send the request')).toBeTruthy();
    await expect(root(el).querySelector('.error-summary')).toBeNull();
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

// ---- Sending (a fake server: Storybook only) -----------------------------------------------------------

export const Sending: Story = {
  name: 'Sending, with progress',
  decorators: [withFakeServer({ kind: 'never', upTo: 60 })],
  parameters: withOwnFrame(
    'Sending a request with a pamphlet. Storybook only: a fake server takes the upload to 60% and never answers, so ' +
      'the progress bar and the "Sending…" button stay on screen (the real form gives up after its timeout and retries).',
  ),
  play: async ({ canvasElement, args }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await fillEverything(el);
    await toReview(el);
    await press(el, 'Send the request');
    await waitFor(() => expect(root(el).querySelector('progress')).toBeTruthy());
    await waitFor(() => expect(root(el).querySelector<HTMLProgressElement>('progress')!.value).toBe(60), { timeout: 8000 });
    await expect(button(el, 'Sending…').getAttribute('aria-disabled')).toBe('true');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(received(canvasElement)[0].body).toBe('multipart');
  },
};

export const NotSent: Story = {
  name: 'Not sent',
  decorators: [withFakeServer({ kind: 'json', status: 503, body: { title: 'Service Unavailable', status: 503 }, contentType: 'application/problem+json' })],
  parameters: withOwnFrame(
    'Storybook only: a fake server answers 503 every time. The form tries again three times, waiting longer each ' +
      'time, then shows that the request has not been sent, with the answers kept and Try again.',
  ),
  play: async ({ canvasElement, args }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await fillRequest(el);
    await toReview(el);
    await press(el, 'Send the request');
    await waitFor(() => expect(shownText(el)).toContain('Your request has not been sent'), { timeout: 15000 });
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'busy', status: 503 }));
    await expect(button(el, 'Try again')).toBeTruthy();
    await expect(shownText(el)).toContain('Saint Paul');
    // Four tries of one request: one Idempotency-Key.
    const keys = received(canvasElement).map((request) => request.headers['idempotency-key']);
    await expect(keys).toHaveLength(4);
    await expect(new Set(keys).size).toBe(1);
  },
};

export const TryAgain: Story = {
  name: 'Not sent, then sent with Try again',
  decorators: [
    withFakeServer([
      { kind: 'json', status: 500, body: { title: 'Internal Server Error', status: 500 }, contentType: 'application/problem+json' },
      { kind: 'json', status: 201, body: { id: '3f0c9a52-5d1e-4f7a-9a51-2c8e2f1b7d40', reference: 'REQ-7K2M-Q9XD' } },
    ]),
  ],
  parameters: withOwnFrame(
    'Storybook only: a fake server answers the first try with a server error (500, which the form does not retry ' +
      'by itself), so the request is shown as not sent; Try again sends it again, with the same Idempotency-Key, ' +
      'and the fake accepts it.',
  ),
  play: async ({ canvasElement, args, step }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await fillRequest(el);
    await toReview(el);
    await step('Send: the server fails', async () => {
      await press(el, 'Send the request');
      await waitFor(() => expect(shownText(el)).toContain('Your request has not been sent'), { timeout: 5000 });
      await waitFor(() => expect(root(el).activeElement).toBe(root(el).querySelector('#failure-heading')));
      await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'rejected', status: 500 }));
    });
    await step('Try again: sent', async () => {
      await press(el, 'Try again');
      await waitFor(() => expect(shownText(el)).toContain('Request sent'), { timeout: 5000 });
      await expect(root(el).querySelector('.reference')?.textContent).toBe('REQ-7K2M-Q9XD');
    });
    const keys = received(canvasElement).map((request) => request.headers['idempotency-key']);
    await expect(keys).toHaveLength(2);
    await expect(keys[1]).toBe(keys[0]);
    await expect(args.onSubmit).toHaveBeenCalledTimes(2);
  },
};

export const Sent: Story = {
  decorators: [withFakeServer({ kind: 'json', status: 201, body: { id: '3f0c9a52-5d1e-4f7a-9a51-2c8e2f1b7d40', reference: 'REQ-7K2M-Q9XD' } })],
  parameters: withOwnFrame(
    'Storybook only: a fake server accepts the request (201 with its reference). The confirmation shows the ' +
      'reference, what happens next, and every answer.',
  ),
  play: async ({ canvasElement, args }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await fillRequest(el);
    await toReview(el);
    await press(el, 'Send the request');
    await waitFor(() => expect(shownText(el)).toContain('Request sent'), { timeout: 5000 });
    await expect(root(el).querySelector('.reference')?.textContent).toBe('REQ-7K2M-Q9XD');
    await waitFor(() => expect(root(el).activeElement).toBe(root(el).querySelector('#success-heading')));
    await expect(args.onSuccess).toHaveBeenCalledWith({ reference: 'REQ-7K2M-Q9XD', id: '3f0c9a52-5d1e-4f7a-9a51-2c8e2f1b7d40' });
    const [{ payload }] = (args.onSubmit as ReturnType<typeof fn>).mock.calls[0] as [{ payload: Record<string, unknown> }];
    await expect(payload).toMatchObject({
      direction: 'na-seeking-jp',
      na_community: { country: 'US', region: 'MN', name: 'Saint Paul', level: 'city' },
      population: { count: 311527, as_of: 2020 },
      area: { value: 56.18, unit: 'sq-mi' },
    });
    await expect(payload).not.toHaveProperty('jp_community');
  },
};

export const Dark: Story = {
  name: 'Dark, errors shown',
  args: { 'color-scheme': 'dark' },
  globals: { colorScheme: 'dark' },
  parameters: describeStory('The dark colour scheme, with the error summary and the messages at the fields.'),
  play: async ({ canvasElement }: PlayContext) => {
    const el = await requestForm(canvasElement);
    await tick(el, 'direction', 'na-seeking-jp');
    await press(el, 'Continue');
    await waitFor(() => expect(root(el).querySelector('.error-summary')).toBeTruthy());
  },
};
