/**
 * public/embed.js, the script reporters paste with the iframe, run against fake windows (no DOM
 * library is installed): it must set the height of exactly the iframe whose window sent a
 * well-formed Datawrapper height message, talk only to iframes of our embed pages, and do
 * nothing else.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const FILE = resolve(import.meta.dirname, '../../../public/embed.js');
const source = readFileSync(FILE, 'utf8');

interface FakeFrame { src: string; contentWindow: object; style: { height?: string }; posted: unknown[] }

const ROOT = 'https://charts.example.org/jiaxing/';
const OURS = `${ROOT}embed/map-2022-tiers/`;

/** Frames with these srcs (ours by default); embed.js is installed as if loaded from ROOT. */
function setup(srcs: string[] = [OURS, `${ROOT}embed/chart-timeline/?theme=dark`]) {
  const listeners: ((event: { data: unknown; source: unknown }) => void)[] = [];
  const win: Record<string, unknown> = {
    addEventListener: (type: string, listener: (event: { data: unknown; source: unknown }) => void) => {
      if (type === 'message') listeners.push(listener);
    },
  };
  const frames: FakeFrame[] = srcs.map((src) => {
    const frame: FakeFrame = { src, contentWindow: {}, style: {}, posted: [] };
    frame.contentWindow = { postMessage: (message: unknown) => frame.posted.push(message) };
    return frame;
  });
  const doc = { getElementsByTagName: (name: string) => (name === 'iframe' ? frames : []) };
  // The file defines installEmbedResizer and installs it only when window/document exist.
  const install = new Function('window', 'document', `${source}\nreturn installEmbedResizer;`)(undefined, undefined) as (w: unknown, d: unknown, root: string) => boolean;
  const installed = install(win, doc, ROOT);
  const send = (data: unknown, source: unknown) => listeners.forEach((listener) => listener({ data, source }));
  return { win, doc, frames, send, installed, install, listeners };
}

describe('public/embed.js', () => {
  test('sets the height of the iframe whose window sent the message', () => {
    const { frames, send } = setup();
    send({ 'datawrapper-height': { 'map-2022-tiers': 655.2 } }, frames[1]!.contentWindow);
    expect(frames[1]!.style.height).toBe('656px');
    expect(frames[0]!.style.height).toBeUndefined();
    send({ 'datawrapper-height': { 'map-2022-tiers': 420 } }, frames[1]!.contentWindow);
    expect(frames[1]!.style.height, 'it shrinks too').toBe('420px');
  });

  test('ignores messages from windows that are not one of the iframes', () => {
    const { frames, send } = setup();
    send({ 'datawrapper-height': { x: 500 } }, {});
    send({ 'datawrapper-height': { x: 500 } }, null);
    expect(frames.map((frame) => frame.style.height)).toEqual([undefined, undefined]);
  });

  test.each([
    ['a string', 'datawrapper-height'],
    ['null', null],
    ['no datawrapper-height', { height: 500 }],
    ['height as text', { 'datawrapper-height': { x: '500' } }],
    ['NaN', { 'datawrapper-height': { x: Number.NaN } }],
    ['Infinity', { 'datawrapper-height': { x: Infinity } }],
    ['zero', { 'datawrapper-height': { x: 0 } }],
    ['negative', { 'datawrapper-height': { x: -10 } }],
    ['two ids', { 'datawrapper-height': { x: 500, y: 600 } }],
    ['no id', { 'datawrapper-height': {} }],
    ['a number instead of an object', { 'datawrapper-height': 500 }],
    ['AMP message', { sentinel: 'amp', type: 'embed-size', height: 500 }],
  ])('ignores malformed data: %s', (_what, data) => {
    const { frames, send } = setup();
    send(data, frames[0]!.contentWindow);
    expect(frames[0]!.style.height).toBeUndefined();
  });

  test('asks iframes that loaded before it for their height, and installs once however often it is pasted', () => {
    const { frames, install, win, doc, installed, listeners } = setup();
    expect(installed).toBe(true);
    expect(frames.map((frame) => frame.posted)).toEqual([['jx-embed:height?'], ['jx-embed:height?']]);
    expect(install(win, doc, ROOT)).toBe(false);
    expect(listeners).toHaveLength(1);
  });

  test('talks only to iframes of our embed pages: other frames are neither asked nor resized', () => {
    const others = ['https://video.example.com/player/1', 'https://charts.example.org/other/embed/x/', `${ROOT}stories/compute/`, ''];
    const { frames, send } = setup([OURS, ...others]);
    expect(frames.map((frame) => frame.posted.length)).toEqual([1, 0, 0, 0, 0]);
    for (const frame of frames.slice(1)) send({ 'datawrapper-height': { x: 500 } }, frame.contentWindow);
    expect(frames.map((frame) => frame.style.height)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    send({ 'datawrapper-height': { x: 500 } }, frames[0]!.contentWindow);
    expect(frames[0]!.style.height).toBe('500px');
  });

  test('does not install without the folder it was loaded from', () => {
    const { install } = setup();
    expect(install({ addEventListener: () => undefined }, { getElementsByTagName: () => [] }, '')).toBe(false);
  });

  test('stays under 1 KB gzipped and has no dependencies', () => {
    expect(gzipSync(source).length).toBeLessThan(1024);
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
