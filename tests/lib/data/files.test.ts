import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError, fileProblems, findIds, parseRecords, readDataFile } from '../../../src/lib/data/files';

const FILE = 'content/data/x.yaml';

describe('findIds', () => {
  it('gives each record its id, numbers read as strings', () => {
    const { records, problems } = findIds(FILE, [{ id: 'a' }, { id: 330402, name: 'n' }]);
    expect(records).toEqual([{ id: 'a', data: { id: 'a' } }, { id: '330402', data: { id: '330402', name: 'n' } }]);
    expect(problems).toEqual([]);
  });

  it('lists every missing and every repeated id, keeping repeated records for their field checks', () => {
    const { records, problems } = findIds(FILE, [{ id: 'a' }, { name: 'no id' }, { id: 'a' }, { id: 'b' }, { id: 'b' }]);
    expect(problems).toEqual([
      `${FILE}: record #2 has no "id" field (expected a string such as "my-record").`,
      `${FILE} → a: duplicate id; records #1 and #3 both use "a" (expected each id once).`,
      `${FILE} → b: duplicate id; records #4 and #5 both use "b" (expected each id once).`,
    ]);
    expect(records.map((record) => record.id)).toEqual(['a', 'a', 'b', 'b']);
  });
});

describe('fileProblems', () => {
  it('one problem is the message itself; several come under a count, each on its own', () => {
    expect(fileProblems(FILE, ['one']).message).toBe('one');
    const error = fileProblems(FILE, ['one', 'two']);
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.message).toBe(`${FILE}: 2 problems, fix each:\n\none\n\ntwo`);
    expect(error.stack).toBe('');
  });
});

describe('readDataFile and parseRecords', () => {
  it('reads the file afresh each time, leaving a repeated id in the problems for its loader to report', () => {
    const root = mkdtempSync(join(tmpdir(), 'jx-files-'));
    try {
      mkdirSync(join(root, 'content/data'), { recursive: true });
      writeFileSync(join(root, 'content/data/plans.yaml'), '- id: a\n- id: a\n- id: b\n');
      const read = readDataFile(root, 'plans');
      expect(read.records.map((record) => record.id)).toEqual(['a', 'a', 'b']);
      expect(read.problems).toEqual(['content/data/plans.yaml → a: duplicate id; records #1 and #2 both use "a" (expected each id once).']);
      writeFileSync(join(root, 'content/data/plans.yaml'), '- id: c\n');
      expect(readDataFile(root, 'plans').records.map((record) => record.id)).toEqual(['c']);
      writeFileSync(join(root, 'content/data/plans.yaml'), '- id: c\n  name: a\n    b: c\n');
      expect(() => readDataFile(root, 'plans')).toThrow('content/data/plans.yaml:3:6: not valid YAML');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('parseRecords wants a list of mappings', () => {
    expect(parseRecords(FILE, '- id: a\n- id: b\n')).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(() => parseRecords(FILE, 'id: a')).toThrow(`${FILE}: expected a YAML list of records`);
    expect(() => parseRecords(FILE, '- 3')).toThrow(`${FILE}: record #1 is not a mapping of fields.`);
    expect(() => parseRecords(FILE, '- id: a\n    name: 南湖区\n')).toThrow(`${FILE}:2:9: not valid YAML: bad indentation of a mapping entry\n  2 |     name: 南湖区\n    |         ^`);
  });
});
