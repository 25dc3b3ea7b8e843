/**
 * src/scripts/embed-child.js, the embed page's side, against fake windows: the colour scheme it
 * sets, what it sends to the parent and when (in our shapes and WordPress's), how it measures,
 * and which messages it answers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const source = readFileSync(resolve(import.meta.dirname, '../../../src/scripts/embed-child.js'), 'utf8');

interface RunOptions {
  framed?: boolean;
  search?: string;
  hash?: string;
  /** The page's height at a zoom of its <main> (1 when none); 800 px by default. */
  heightAt?: (zoom: number) => number;
}

function run({ framed = true, search = '', hash = '', heightAt }: RunOptions = {}) {
  let height = 800;
  const posted: unknown[] = [];
  const listeners = new Map<string, ((event?: unknown) => void)[]>();
  const on = (type: string, listener: (event?: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const parent = { postMessage: (message: unknown, origin: string) => { expect(origin).toBe('*'); posted.push(message); } };
  const href = `https://charts.example.org/embed/map-2022-tiers/${search}${hash}`;
  const win: Record<string, unknown> = { addEventListener: on, location: { search, hash, href }, innerWidth: 390 };
  win.parent = framed ? parent : win;
  let observed: (() => void) | undefined;
  class ResizeObserver {
    constructor(callback: () => void) { observed = callback; }
    observe() {}
  }
  const attrs = new Map<string, string>([['data-theme', 'light']]);
  const classes = new Set<string>();
  const main = { style: { zoom: '' as string | number } };
  /** The root's overflow each time its height was read. */
  const overflowWhenMeasured: string[] = [];
  const documentElement = {
    style: { overflow: '' },
    clientWidth: 390,
    classList: { add: (name: string) => classes.add(name) },
    getBoundingClientRect: () => {
      overflowWhenMeasured.push(documentElement.style.overflow);
      return { height: heightAt ? heightAt(Number(main.style.zoom || 1)) : height };
    },
    setAttribute: (name: string, value: string) => attrs.set(name, value),
    removeAttribute: (name: string) => attrs.delete(name),
  };
  const doc = {
    documentElement,
    body: { getAttribute: (name: string) => (name === 'data-embed-id' ? 'map-2022-tiers' : null) },
    querySelector: (selector: string) => (selector === 'main' ? main : null),
    addEventListener: on,
  };
  // Timers run at once: the observer's changes are sent after its turn, which here is right away.
  const setTimeout = (callback: () => void) => callback();
  new Function('window', 'document', 'ResizeObserver', 'setTimeout', source)(win, doc, ResizeObserver, setTimeout);
  return {
    posted,
    theme: () => attrs.get('data-theme'),
    classes,
    main,
    overflowWhenMeasured,
    root: documentElement,
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

  test('measures with the page\'s overflow hidden (no scrollbar narrowing it), then gives it back', () => {
    const { overflowWhenMeasured, root, setHeight } = run();
    setHeight(900);
    expect(overflowWhenMeasured.length).toBeGreaterThan(0);
    expect(new Set(overflowWhenMeasured)).toEqual(new Set(['hidden']));
    expect(root.style.overflow).toBe('');
  });
});

describe('src/scripts/embed-child.js: WordPress', () => {
  const SECRET = 'a1B2c3D4e5';
  const height = (px: number) => ({ message: 'height', value: px, secret: SECRET });
  const ours = (href: string, px: number) => [...three(href, px), height(px)];

  test('with "#?secret=" in its URL: the compact layout, and the height in WordPress\'s shape after ours', () => {
    const { posted, classes, href } = run({ hash: `#?secret=${SECRET}` });
    expect(classes.has('embed-wp')).toBe(true);
    expect(posted).toEqual(ours(href, 800));
  });

  test('without a secret (or with one of other characters): no compact layout, no WordPress message', () => {
    for (const hash of ['', '#secret=', '#?secret=-', '#?other=1']) {
      const { posted, classes, href } = run({ hash });
      expect(classes.has('embed-wp'), hash).toBe(false);
      expect(posted, hash).toEqual(three(href, 800));
    }
  });

  test('answers WordPress\'s "ready" with its secret, from the parent only', () => {
    const { posted, fire, parent, href } = run({ hash: `#?secret=${SECRET}` });
    fire('message', { source: parent, data: { message: 'ready', secret: 'other12345' } });
    fire('message', { source: {}, data: { message: 'ready', secret: SECRET } });
    expect(posted).toHaveLength(4);
    fire('message', { source: parent, data: { message: 'ready', secret: SECRET } });
    expect(posted).toEqual([...ours(href, 800), ...ours(href, 800)]);
  });

  test('a figure taller than WordPress\'s 1000 px is zoomed out to the largest scale (to 1/128) that fits; one that fits is not', () => {
    // Zoomed out, a page lays out wider and wraps less: shorter than its height times the zoom.
    const { posted, main } = run({ hash: `#?secret=${SECRET}`, heightAt: (zoom) => 1400 * zoom - 100 * (1 - zoom) });
    const zoom = Number(main.style.zoom);
    expect(1400 * zoom - 100 * (1 - zoom)).toBeLessThanOrEqual(1000);
    expect(1400 * (zoom + 1 / 128) - 100 * (1 - zoom - 1 / 128)).toBeGreaterThan(1000);
    const sent = posted.at(-1) as { value: number };
    expect(sent.value).toBeLessThanOrEqual(1000);
    expect(sent.value).toBeGreaterThan(990);
    expect(run({ hash: `#?secret=${SECRET}`, heightAt: () => 999.5 }).main.style.zoom).toBe('');
    // Outside WordPress nothing is zoomed.
    expect(run({ heightAt: (zoom) => 1400 * zoom }).main.style.zoom).toBe('');
  });

  test('a click on a link goes to WordPress as its absolute URL, unless the figure took the click or there is no secret', () => {
    const click = (fire: (type: string, event?: unknown) => void, href: string, defaultPrevented = false) => {
      const event = { target: { closest: (selector: string) => (selector === '[href]' ? { getAttribute: () => href } : null) }, defaultPrevented, prevented: false, preventDefault() { this.prevented = true; } };
      fire('click', event);
      return event.prevented;
    };
    const wp = run({ hash: `#?secret=${SECRET}` });
    wp.posted.length = 0;
    expect(click(wp.fire, '/stories/compute/')).toBe(true);
    expect(click(wp.fire, 'https://other.example/x')).toBe(true);
    expect(wp.posted).toEqual([
      { message: 'link', value: 'https://charts.example.org/stories/compute/', secret: SECRET },
      { message: 'link', value: 'https://other.example/x', secret: SECRET },
    ]);
    expect(click(wp.fire, '/places/nanhu/', true)).toBe(false);
    wp.fire('click', { target: { closest: () => null }, preventDefault: () => { throw new Error('not a link'); } });
    expect(wp.posted).toHaveLength(2);

    const plain = run();
    plain.posted.length = 0;
    expect(click(plain.fire, '/stories/compute/')).toBe(false);
    expect(plain.posted).toEqual([]);
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
