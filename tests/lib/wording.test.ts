import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  fill, parseEnglishWording, parseWording, placeholders, WORDING, WORDING_EN, WORDING_EN_FILE, WORDING_FILE, wordingOf,
} from '../../src/lib/wording';
import { SITE_NAME } from '../../src/lib/site';
import { TIER_LABEL, TIER_ORDER } from '../../src/lib/tiers';
import { FACILITY_KINDS } from '../../src/lib/map/markers';
import { ROOT } from '../helpers/project-copy';

const source = readFileSync(join(ROOT, WORDING_FILE), 'utf8');
const edited = (change: (data: Record<string, Record<string, unknown>>) => void) => {
  const data = yaml.load(source) as Record<string, Record<string, unknown>>;
  change(data);
  return yaml.dump(data);
};

describe('parseWording(text)', () => {
  test('the project\'s wording file is valid', () => {
    expect(() => parseWording(source)).not.toThrow();
  });

  test('a missing, an empty and an unknown field are each named with the file', () => {
    const text = edited((data) => {
      delete data.site!.name;
      data.tiers!.global = ' ';
      data.ui!.typo = '多出来的';
    });
    expect(() => parseWording(text)).toThrow(/^content\/wording\.yaml: the wording does not match its schema/);
    const message = (() => { try { parseWording(text); } catch (error) { return (error as Error).message; } return ''; })();
    expect(message).toContain('  site.name: missing; expected a line of text');
    expect(message).toContain('  tiers.global: got " "; expected some text');
    expect(message).toContain('  ui: typo: not a field here');
    expect(message).not.toContain('src/');
    expect(() => parseWording('站名')).toThrow('content/wording.yaml: the wording does not match its schema:\n  got "站名"; expected a mapping of fields');
  });

  test('text that is not YAML names the file, line and column, with the line', () => {
    expect(() => parseWording('site:\n  name: 站\n    footer: 页脚\n')).toThrow('content/wording.yaml:3:11: not valid YAML: bad indentation of a mapping entry\n  3 |     footer: 页脚\n    |           ^');
  });
});

describe('fill(template, values)', () => {
  test('replaces each {placeholder}', () => {
    expect(fill('{cluster}核心区（{tier}）', { cluster: '新材料', tier: '全国性' })).toBe('新材料核心区（全国性）');
  });
  test('an unknown placeholder is an error naming the template and what is available', () => {
    expect(() => fill('{county}核心区', { cluster: '新材料' })).toThrow('"{county}核心区" uses {county}, which is not available here (available: cluster)');
  });
});

test('the access points other code uses read the wording file', () => {
  expect(SITE_NAME).toBe(WORDING.site.name);
  for (const tier of TIER_ORDER) expect(TIER_LABEL[tier]).toBe(WORDING.tiers[tier]);
  for (const [kind, marker] of Object.entries(FACILITY_KINDS)) expect(marker.label).toBe(WORDING.facilities[kind as keyof typeof WORDING.facilities]);
});

describe('the English wording (content/wording.en.yaml)', () => {
  const english = readFileSync(join(ROOT, WORDING_EN_FILE), 'utf8');
  const editedEnglish = (change: (data: Record<string, Record<string, unknown>>) => void) => {
    const data = yaml.load(english) as Record<string, Record<string, unknown>>;
    change(data);
    return yaml.dump(data);
  };
  const problem = (text: string) => { try { parseEnglishWording(text, WORDING); } catch (error) { return (error as Error).message; } return ''; };

  test('the project\'s English wording has every key of the Chinese, with the same placeholders', () => {
    expect(() => parseEnglishWording(english, WORDING)).not.toThrow();
    expect(WORDING_EN.site.name).not.toBe(WORDING.site.name);
    expect(wordingOf('en')).toBe(WORDING_EN);
    expect(wordingOf('zh')).toBe(WORDING);
  });

  test('a key missing from the English, or one the Chinese lacks, is named with the English file', () => {
    const message = problem(editedEnglish((data) => { delete data.ui!.skipLink; data.site!.tagline = 'extra'; }));
    expect(message).toMatch(/^content\/wording\.en\.yaml: the wording does not match its schema/);
    expect(message).toContain('  ui.skipLink: missing; expected a line of text');
    expect(message).toContain('  site: tagline: not a field here');
  });

  test('a placeholder lost, renamed or added is named with both files\' keys', () => {
    const message = problem(editedEnglish((data) => {
      data.site!.footer = 'Data reporting.';
      data.legend!.clusterCore = '{name} core area ({tier})';
    }));
    expect(message).toContain('content/wording.en.yaml: the English wording does not match the Chinese:');
    expect(message).toContain("  site.footer: has the placeholders none; expected those of content/wording.yaml's site.footer: {site}");
    expect(message).toContain("  legend.clusterCore: has the placeholders {name}, {tier}; expected those of content/wording.yaml's legend.clusterCore: {cluster}, {tier}");
  });

  test('Chinese in the English is allowed only inside a {zh:…} mark', () => {
    expect(problem(editedEnglish((data) => { data.site!.name = 'Jiaxing ({zh:嘉兴}) Watch'; }))).toBe('');
    expect(problem(editedEnglish((data) => { data.ui!.navStories = '报道'; }))).toContain('  ui.navStories: "报道" is Chinese outside a {zh:…} mark; expected English');
  });

  test('placeholders() lists the {names} a text uses', () => {
    expect(placeholders('{count} pages about "{query}" ({count})')).toEqual(['count', 'query']);
    expect(placeholders('{zh:平湖} has none')).toEqual([]);
  });
});
