import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fileCache, KEEP_MS } from '../../../src/lib/download/render-cache';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('the image files\' disk cache', () => {
  let dir: string;
  let made: string[];
  /** A maker that records each call, so a test sees whether the cache answered. */
  const maker = (result: string) => async () => {
    made.push(result);
    return bytes(result);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jx-cache-test-'));
    made = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('the same parts are made once, across caches on the same folder (another build)', async () => {
    const first = fileCache(dir, 'lock v1');
    expect(text(await first(['code', 'png', '<svg/>'], maker('A')))).toBe('A');
    expect(text(await first(['code', 'png', '<svg/>'], maker('B')))).toBe('A');
    const second = fileCache(dir, 'lock v1');
    expect(text(await second(['code', 'png', '<svg/>'], maker('C')))).toBe('A');
    expect(made).toEqual(['A']);
  });

  test('any change to a part, to where parts split, or to the installed packages makes the file again', async () => {
    const cache = fileCache(dir, 'lock v1');
    await cache(['code', 'png', '<svg/>'], maker('A'));
    await cache(['code', 'png', '<svg />'], maker('B'));
    await cache(['code', 'print', '<svg/>'], maker('C'));
    await cache(['cod', 'epng', '<svg/>'], maker('D'));
    await fileCache(dir, 'lock v2')(['code', 'png', '<svg/>'], maker('E'));
    expect(made).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(readdirSync(dir)).toHaveLength(5);
  });

  test('no half-written file is left to read, and entries unused for two weeks go', async () => {
    const old = join(dir, 'f'.repeat(64));
    writeFileSync(old, 'stale');
    const longAgo = new Date(Date.now() - KEEP_MS - 60_000);
    utimesSync(old, longAgo, longAgo);
    const writing = join(dir, `${'e'.repeat(64)}.tmp999`);
    writeFileSync(writing, 'half');
    utimesSync(writing, longAgo, longAgo);
    await fileCache(dir, 'lock')(['x'], maker('X'));
    expect(existsSync(old)).toBe(false);
    // Another build's file in the making is neither read nor deleted.
    expect(existsSync(writing)).toBe(true);
    expect(readdirSync(dir).filter((name) => !name.includes('.tmp'))).toHaveLength(1);
  });

  test('a folder that cannot be written to: the file is made and returned all the same', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const cache = fileCache(join(file, 'cache'), 'lock');
    expect(text(await cache(['x'], maker('X')))).toBe('X');
    expect(text(await cache(['x'], maker('Y')))).toBe('Y');
  });
});
