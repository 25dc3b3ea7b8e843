/**
 * src/scripts/embed-child.js, the embed page's side, against fake windows: the colour scheme it
 * sets, what it sends to the parent and when, and which messages it answers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const source = readFileSync(resolve(import.meta.dirname, '../../../src/scripts/embed-child.js'), 'utf8');

function run({ framed = true, search = '' } = {}) {
  let height = 800;
  const posted: unknown[] = [];
  const listeners = new Map<string, ((event?: unknown) => void)[]>();
  const on = (type: string, listener: (event?: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const parent = { postMessage: (message: unknown, origin: string) => { expect(origin).toBe('*'); posted.push(message); } };
  const href = `https://charts.example.org/embed/map-2022-tiers/${search}`;
  const win: Record<string, unknown> = { addEventListener: on, location: { search, href } };
  win.parent = framed ? parent : win;
  let observed: (() => void) | undefined;
  class ResizeObserver {
    constructor(callback: () => void) { observed = callback; }
    observe() {}
  }
  const attrs = new Map<string, string>([['data-theme', 'light']]);
  const documentElement = {
    getBoundingClientRect: () => ({ height }),
    setAttribute: (name: string, value: string) => attrs.set(name, value),
    removeAttribute: (name: string) => attrs.delete(name),
  };
  const doc = { documentElement, body: { getAttribute: (name: string) => (name === 'data-embed-id' ? 'map-2022-tiers' : null) }, addEventListener: on };
  new Function('window', 'document', 'ResizeObserver', source)(win, doc, ResizeObserver);
  return {
    posted,
    theme: () => attrs.get('data-theme'),
    setHeight: (value: number) => { height = value; observed?.(); },
    fire: (type: string, event?: unknown) => listeners.get(type)?.forEach((listener) => listener(event)),
    parent,
    href,
  };
}

const dw = (height: number) => ({ 'datawrapper-height': { 'map-2022-tiers': height } });
const amp = (height: number) => ({ sentinel: 'amp', type: 'embed-size', height });
const embedly = (href: string, height: number) => JSON.stringify({ src: href, context: 'iframe.resize', height });
const three = (href: string, height: number) => [dw(height), amp(height), embedly(href, height)];

describe('src/scripts/embed-child.js: height', () => {
  test('sends the content height at once, in the Datawrapper, AMP and Embedly shapes, rounded up', () => {
    const { posted, href } = run();
    expect(posted).toEqual(three(href, 800));
  });

  test('sends again when the content grows or shrinks, and not when nothing changed', () => {
    const { posted, setHeight, href } = run();
    setHeight(1000.2);
    setHeight(1000.2);
    setHeight(640);
    expect(posted).toEqual([...three(href, 800), ...three(href, 1001), ...three(href, 640)]);
  });

  test('answers the parent asking again, and only the parent', () => {
    const { posted, fire, parent, href } = run();
    fire('message', { source: {}, data: 'jx-embed:height?' });
    fire('message', { source: parent, data: 'something else' });
    fire('message', { source: parent, data: { 'jx-embed:height?': true } });
    expect(posted).toHaveLength(3);
    fire('message', { source: parent, data: 'jx-embed:height?' });
    expect(posted).toEqual([...three(href, 800), ...three(href, 800)]);
  });

  test('speaks Pym.js when a Pym parent made the frame: height with its child id, answering its width', () => {
    const { posted, fire, parent, href } = run({ search: '?initialWidth=390&childId=graphic-1&parentTitle=x' });
    const pym = (px: number) => `pymxPYMxgraphic-1xPYMxheightxPYMx${px}`;
    expect(posted).toEqual([...three(href, 800), pym(800)]);
    fire('message', { source: parent, data: 'pymxPYMxgraphic-1xPYMxwidthxPYMx390' });
    fire('message', { source: parent, data: 'pymxPYMxother-idxPYMxwidthxPYMx390' });
    fire('message', { source: {}, data: 'pymxPYMxgraphic-1xPYMxwidthxPYMx390' });
    expect(posted).toEqual([...three(href, 800), pym(800), ...three(href, 800), pym(800)]);
  });

  test('sends no Pym message without ?childId=', () => {
    expect(run().posted.filter((message) => typeof message === 'string' && message.startsWith('pym'))).toEqual([]);
  });

  test('sends nothing when the page is not in a frame', () => {
    expect(run({ framed: false }).posted).toEqual([]);
  });
});

describe('src/scripts/embed-child.js: colour scheme', () => {
  test.each([
    ['', 'light'], ['?theme=dark', 'dark'], ['?theme=light', 'light'], ['?theme=auto', undefined], ['?theme=neon', 'light'], ['?x=1&theme=dark', 'dark'],
  ])('%j → data-theme %j (the page starts light)', (search, theme) => {
    expect(run({ search }).theme()).toBe(theme);
  });

  test('switches when the parent posts jx-embed:theme=…, and ignores other windows and unknown themes', () => {
    const { fire, parent, theme } = run();
    fire('message', { source: parent, data: 'jx-embed:theme=dark' });
    expect(theme()).toBe('dark');
    fire('message', { source: {}, data: 'jx-embed:theme=light' });
    fire('message', { source: parent, data: 'jx-embed:theme=neon' });
    expect(theme()).toBe('dark');
    fire('message', { source: parent, data: 'jx-embed:theme=auto' });
    expect(theme()).toBeUndefined();
  });
});
