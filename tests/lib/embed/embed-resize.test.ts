/**
 * public/scripts/embed-resize.js, the embed page's side, against fake windows: what it sends to
 * the parent and when.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const source = readFileSync(resolve(import.meta.dirname, '../../../public/scripts/embed-resize.js'), 'utf8');

function run({ framed = true } = {}) {
  let height = 800;
  const posted: unknown[] = [];
  const listeners = new Map<string, ((event?: unknown) => void)[]>();
  const on = (type: string, listener: (event?: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const parent = { postMessage: (message: unknown, origin: string) => { expect(origin).toBe('*'); posted.push(message); } };
  const win: Record<string, unknown> = { addEventListener: on };
  win.parent = framed ? parent : win;
  let observed: (() => void) | undefined;
  class ResizeObserver {
    constructor(callback: () => void) { observed = callback; }
    observe() {}
  }
  const documentElement = { getBoundingClientRect: () => ({ height }) };
  const doc = { documentElement, body: { getAttribute: (name: string) => (name === 'data-embed-id' ? 'map-2022-tiers' : null) }, addEventListener: on };
  new Function('window', 'document', 'ResizeObserver', source)(win, doc, ResizeObserver);
  return {
    posted,
    setHeight: (value: number) => { height = value; observed?.(); },
    fire: (type: string, event?: unknown) => listeners.get(type)?.forEach((listener) => listener(event)),
    parent,
  };
}

const dw = (height: number) => ({ 'datawrapper-height': { 'map-2022-tiers': height } });
const amp = (height: number) => ({ sentinel: 'amp', type: 'embed-size', height });

describe('public/scripts/embed-resize.js', () => {
  test('sends the content height at once, in the Datawrapper and AMP shapes, rounded up', () => {
    const { posted } = run();
    expect(posted).toEqual([dw(800), amp(800)]);
  });

  test('sends again when the content grows or shrinks, and not when nothing changed', () => {
    const { posted, setHeight } = run();
    setHeight(1000.2);
    setHeight(1000.2);
    setHeight(640);
    expect(posted).toEqual([dw(800), amp(800), dw(1001), amp(1001), dw(640), amp(640)]);
  });

  test('answers the parent asking again, and only the parent', () => {
    const { posted, fire, parent } = run();
    fire('message', { source: {}, data: 'jx-embed:height?' });
    fire('message', { source: parent, data: 'something else' });
    expect(posted).toHaveLength(2);
    fire('message', { source: parent, data: 'jx-embed:height?' });
    expect(posted).toEqual([dw(800), amp(800), dw(800), amp(800)]);
  });

  test('sends nothing when the page is not in a frame', () => {
    expect(run({ framed: false }).posted).toEqual([]);
  });
});
