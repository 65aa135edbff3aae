import type { Context } from 'hono';

/** An RFC 9457 problem-details answer. */
export const problem = (c: Context, status: number, title: string, extra: Record<string, unknown> = {}) => {
  c.header('Content-Type', 'application/problem+json');
  return c.body(JSON.stringify({ type: 'about:blank', title, status, ...extra }), status as 400);
};
