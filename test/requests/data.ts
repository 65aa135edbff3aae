// The board's test data: test/fixtures/requests.json (Iida, Larimer County, Tottori, Sherbrooke),
// read through the board's own loader.
import { loadRequestsJson, type BoardRequest } from '../../src/requests/record.js';

export const FEED = '/__fixtures/file?name=requests.json&type=application/json';

export async function fixtureRequests(): Promise<BoardRequest[]> {
  const { requests, skipped } = await loadRequestsJson(await (await fetch(FEED)).json());
  if (skipped.length) throw new Error(`fixture entries skipped: ${JSON.stringify(skipped)}`);
  return requests;
}

export const byReference = (requests: BoardRequest[], reference: string) => requests.find((r) => r.reference === reference)!;

/** Every string of the fixture: names and texts are the sites' data, not the widget's words. */
export async function fixtureData(): Promise<string[]> {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value, ...value.split(/[\s,.;:()]+/));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(await (await fetch(FEED)).json());
  return strings.filter(Boolean);
}
