/**
 * The staff pages' calls to the receiver's JSON API (/admin/api): same origin, the session cookie
 * sent by the browser, the session's CSRF token on every change. A refusal comes back as a
 * `Problem` (the status and, for a 422, the field errors by JSON pointer).
 */
export type Status = 'received' | 'in-review' | 'approved' | 'published' | 'rejected' | 'withdrawn';
export type Kind = 'request' | 'story';
export const STATUSES: readonly Status[] = ['received', 'in-review', 'approved', 'published', 'rejected', 'withdrawn'];

export interface Session {
  email: string;
  role: 'admin' | 'reviewer';
  csrf: string;
}

export interface SubmissionRow {
  id: string;
  kind: Kind;
  reference: string;
  created_at: string;
  status: Status;
  title: string;
}

export interface SubmissionList {
  counts: Partial<Record<Status, number>>;
  submissions: SubmissionRow[];
}

export interface SubmissionDetail extends SubmissionRow {
  answers: unknown;
  files: { id: string; part: string; name: string; type: string; size: number; url: string }[];
  next: Status[];
  history: { at: string; by: string; action: string; from: Status | null; to: Status | null; reason: string | null }[];
  notes: { at: string; by: string; text: string }[];
  /** Chosen for the book (an approved or published story). */
  in_book: boolean;
  /** The saved public version, or a first draft from the answers (`public_saved` says which). */
  public: PublicVersion;
  public_saved: boolean;
}

/** The part of a public version the staff pages edit; the rest is sent back as it came. */
export interface PublicVersion {
  [field: string]: unknown;
  pamphlet?: boolean;
  translations?: Record<string, Partial<Record<'en' | 'ja' | 'fr-CA', string>>>;
}

export interface CoverageStory {
  id: string;
  reference: string;
  status: Status;
}

/** GET /admin/api/coverage: the pairings file beside the stories received (server/book/coverage.ts). */
export interface Coverage {
  /** Whether the receiver has a pairings file (PAIRINGS_FILE); rows of it that could not be read. */
  configured: boolean;
  skipped: number;
  pairings: {
    key: string; na_country: string; na_region: string; na_name: string; na_name_ja?: string;
    jp_prefecture: number; jp_name: string; jp_name_ja?: string; stories: CoverageStory[];
    /** Whether a story counts (received, in review, approved or published). */
    told: boolean;
  }[];
  told: number;
  published: number;
  regions: { country: string; region: string; pairings: number; without: number }[];
  prefectures: { prefecture: number; pairings: number; without: number }[];
  unmatched: (CoverageStory & { key: string; title: string })[];
}

/** Why a HEIC photo could not be made printable (server/store/print-copies.ts). */
export type PrintFailure = 'unreadable' | 'too-long' | 'crashed';

/**
 * How a story's HEIC photos stand for printing (server/book/photo-status.ts): without a printable copy yet
 * (being made once the story is chosen), with one, and those that could not be made, with why.
 */
export interface HeicStatus {
  pending: number;
  ready: number;
  failed: { part: string; reason: PrintFailure; detail: string }[];
}

/** GET /admin/api/book: every approved or published story, whether it is chosen for the book, and its HEIC photos. */
export interface BookList {
  stories: (CoverageStory & { in_book: boolean; title: string; photos: number; heic: HeicStatus })[];
}

/** GET /admin/api/staff: who may sign in (admins only). */
export interface StaffMember {
  email: string;
  role: 'admin' | 'reviewer';
  has_password: boolean;
  revoked: boolean;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    /** Field errors of a 422: the JSON pointer of each field. */
    readonly pointers: string[] = [],
  ) {
    super(`HTTP ${status}`);
  }
}

let csrf = '';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  let response: Response;
  try {
    response = await fetch(`/admin/api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new Problem(0);
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { errors?: { pointer?: string }[] };
    throw new Problem(response.status, (problem.errors ?? []).map((error) => error.pointer ?? ''));
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const remember = (session: Session) => {
  csrf = session.csrf;
  return session;
};

export const api = {
  session: () => call<Session>('GET', 'session').then(remember),
  signIn: (email: string, password: string) => call<Session>('POST', 'sign-in', { email, password }).then(remember),
  signOut: () => call<void>('POST', 'sign-out').finally(() => (csrf = '')),
  setUp: (token: string, password: string) => call<{ email: string }>('POST', 'setup', { token, password }),
  list: (filter: Record<string, string>) =>
    call<SubmissionList>('GET', `submissions?${new URLSearchParams(Object.entries(filter).filter(([, value]) => value))}`),
  submission: (id: string) => call<SubmissionDetail>('GET', `submissions/${encodeURIComponent(id)}`),
  move: (id: string, to: Status, reason: string) => call<SubmissionDetail>('POST', `submissions/${encodeURIComponent(id)}/status`, { to, reason }),
  savePublic: (id: string, version: PublicVersion) => call<PublicVersion>('PUT', `submissions/${encodeURIComponent(id)}/public`, version),
  coverage: () => call<Coverage>('GET', 'coverage'),
  book: () => call<BookList>('GET', 'book'),
  chooseForBook: (id: string, inBook: boolean) => call<{ id: string; in_book: boolean }>('PUT', `submissions/${encodeURIComponent(id)}/book`, { in_book: inBook }),
  staff: () => call<{ staff: StaffMember[] }>('GET', 'staff').then((answer) => answer.staff),
  /**
   * Adds a member, or gives one (revoked or not) a new set-up link. With email set up on the receiver the
   * link is emailed to them (in `locale` unless the receiver knows theirs) and not answered; else answered.
   */
  addStaff: (email: string, role: StaffMember['role'], locale: string) =>
    call<{ email: string; role: string; emailed: boolean; setup_url?: string }>('POST', 'staff', { email, role, locale }),
  revokeStaff: (email: string) => call<void>('POST', 'staff/revoke', { email }),
  note: (id: string, text: string) => call<SubmissionDetail>('POST', `submissions/${encodeURIComponent(id)}/notes`, { text }),
};
