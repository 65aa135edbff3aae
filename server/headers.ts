import type { Context } from 'hono';

type NodeEnv = { incoming?: { headers: Record<string, string | string[] | undefined> } } | undefined;

/**
 * A request header by its lower-case name. On Node the adapter hands over the parsed headers
 * (`c.env.incoming`): reading them there spares building a web `Headers` object per request.
 * Elsewhere (a serverless or edge platform) it is the web Request's header.
 */
export function header(c: Context, name: string): string | undefined {
  const incoming = (c.env as NodeEnv)?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
