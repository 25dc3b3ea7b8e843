/**
 * html-validate (config: .htmlvalidate.json, html-validate:recommended with the relaxations
 * explained there) over every built page, embed pages included.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../scripts/lib/dist-pages';
import { builtSite } from '../helpers/built-site';

const config = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = listPages(await builtSite());

describe('html-validate', () => {
  it.each(pages.map((page) => [page.url, page] as const))('%s is valid HTML', async (_url, page) => {
    const report = await validator.validateFile(page.file);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${page.rel}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
    expect(problems).toEqual([]);
  });
});
