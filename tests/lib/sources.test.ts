import { expect, test } from 'vitest';
import { siteDataFromFiles } from '../../src/lib/data/from-files';
import { citeSource } from '../../src/lib/sources';

const sources = siteDataFromFiles().sources;

test('a news report is cited as publication《headline》（date）', () => {
  expect(citeSource(sources.get('daily-2024-national-clusters')!)).toBe('嘉兴日报《国家先进制造业集群，嘉兴实现“零的突破”》（2024年末）');
});

test('a government document whose title names its issuer is not cited with the issuer twice', () => {
  const cited = citeSource(sources.get('plan-2022-doc')!);
  expect(cited.startsWith('嘉兴市人民政府关于印发')).toBe(true);
  expect(cited).toContain('（嘉政发〔2022〕13号）（2022年7月23日）');
  expect(cited).not.toContain('嘉兴市人民政府：');
});
