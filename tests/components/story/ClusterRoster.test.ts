/**
 * The cluster roster (<ClusterRoster plan="…" /> in stories). ClusterRoster.astro reads the data
 * through astro:content, which the Container API in Vitest does not populate, so these tests
 * render its pure inner table, ClusterRosterTable.astro, with the data read from content/data/.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import ClusterRosterTable from '../../../src/components/story/ClusterRosterTable.astro';
import { fixtureData } from '../../helpers/fixture-data';
import type { SiteData } from '../../../src/lib/data/types';

const data = fixtureData();
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (plan: string, siteData: SiteData = data) =>
  container.renderToString(ClusterRosterTable, { props: { plan, data: siteData } });

/** The body rows: cluster id, then the text of each cell (tags stripped, list items joined by "|"). */
function bodyRows(html: string): { id: string; cells: string[] }[] {
  return [...html.matchAll(/<tr data-cluster="([^"]+)">([\s\S]*?)<\/tr>/g)].map((row) => ({
    id: row[1] ?? '',
    cells: [...(row[2] ?? '').matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      (cell[1] ?? '').replace(/<\/li>\s*<li>/g, '|').replace(/<[^>]+>/g, '').trim()),
  }));
}

describe('ClusterRosterTable with the 2022 plan', () => {
  let html: string;
  beforeAll(async () => {
    html = await render('plan-2022');
  });

  test('is a real table with a caption and six column headers in order', () => {
    const caption = '2022年“一县一集群”方案：9个集群的龙头企业、研究院和基金（按层级和行政区划代码排列）';
    expect(html).toContain(`<table class="roster-table"><caption id="roster-plan-2022-caption" class="visually-hidden">${caption}</caption>`);
    // The same words stand visibly above the scrolling table (hidden from screen readers, which read the caption).
    const title = html.match(/<p class="roster-title" aria-hidden="true">([\s\S]*?)<\/p>/)?.[1] ?? '';
    expect(title.replace(/<[^>]+>/g, '')).toBe(caption);
    const headers = [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(['地区', '集群', '层级', '龙头企业', '研究院', '基金']);
  });

  test('has one row per cluster of the plan: 9 rows, each with a row header and six cells', () => {
    const rows = bodyRows(html);
    expect(rows).toHaveLength(9);
    expect(rows.map((row) => row.cells.length)).toEqual(Array(9).fill(6));
    expect(html.match(/<th scope="row"[ >]/g)).toHaveLength(9);
  });

  test('every cell carries its column\'s header as its data-label (shown beside it on a phone)', () => {
    const headers = [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
    for (const row of html.matchAll(/<tr data-cluster="[^"]+">([\s\S]*?)<\/tr>/g)) {
      const labels = [...(row[1] ?? '').matchAll(/<t[hd]\b[^>]*?data-label="([^"]*)"/g)].map((m) => m[1]);
      expect(labels).toEqual(headers);
    }
  });

  test('orders rows by tier: 1 global, then 3 national, then 5 regional', () => {
    const tiers = bodyRows(html).map((row) => row.cells[2]);
    expect(tiers).toEqual(['全球性', '全国性', '全国性', '全国性', '长三角区域性', '长三角区域性', '长三角区域性', '长三角区域性', '长三角区域性']);
  });

  test('orders places within a tier by adcode, zones last, whatever order the collection comes in', async () => {
    const expected = ['桐乡市', '秀洲区', '嘉善县', '海盐县', '南湖区', '海宁市', '平湖市', '嘉兴经济技术开发区', '嘉兴港区'];
    expect(bodyRows(html).map((row) => row.cells[0])).toEqual(expected);
    const reversed = { ...data, clusters: new Map([...data.clusters].reverse()) };
    expect(bodyRows(await render('plan-2022', reversed)).map((row) => row.cells[0])).toEqual(expected);
  });

  test('the 桐乡市 row lists its cluster, tier, lead firms, institutes and fund from clusters.yaml', () => {
    const tongxiang = bodyRows(html).find((row) => row.cells[0] === '桐乡市');
    expect(tongxiang?.id).toBe('p22-tongxiang-materials');
    expect(tongxiang?.cells.slice(1, 4)).toEqual(['新材料', '全球性', '巨石集团|华友钴业|桐昆|新凤鸣']);
    expect(tongxiang?.cells[4]).toBe('乌镇实验室|巨石玻璃纤维研究院|浙江省华友钴业绿色钴冶炼技术及新材料开发研究院');
    expect(tongxiang?.cells[5]).toBe('乌镇实验室新材料基金正在筹备中，规模5-10亿元');
  });

  test('every county and both zones appear once in the 地区 column, zones by their full name', () => {
    const places = bodyRows(html).map((row) => row.cells[0]);
    const expected = [...[...data.counties.values()].map((county) => county.name), '嘉兴经济技术开发区', '嘉兴港区'];
    expect([...places].sort()).toEqual(expected.sort());
    expect(bodyRows(html).find((row) => row.cells[0] === '嘉兴港区')?.cells[1]).toBe('氢能');
  });

  test('sits in a keyboard-scrollable region named by the caption, with a tier swatch class per row', () => {
    // A <section> with an accessible name is a region landmark; tabindex lets keyboards scroll it.
    expect(html).toMatch(/<section class="roster-scroll" tabindex="0" aria-labelledby="roster-plan-2022-caption"><table class="roster-table">[\s\S]*<\/table><\/section>/);
    expect(html.match(/class="roster-swatch tier-(global|national|regional)" aria-hidden="true"/g)).toHaveLength(9);
  });

  test('prints the data note and the source line of the plan document', () => {
    expect(html).toContain('注：嘉善县集成电路：附件表中研究院一栏写作“清华长三角研究”');
    expect(html).toMatch(/<p class="roster-source">来源：嘉兴市人民政府关于印发[^<]*嘉政发〔2022〕13号[^<]*（2022年7月23日）<\/p>/);
  });

  test('is deterministic', async () => {
    expect(await render('plan-2022')).toBe(html);
    await expect(html).toMatchFileSnapshot('./__snapshots__/ClusterRoster-plan-2022.html');
  });
});

describe('ClusterRosterTable fails loudly on data it cannot show', () => {
  test('an unknown plan id', async () => {
    await expect(render('plan-2099')).rejects.toThrow('unknown plans id "plan-2099"');
  });

  test('a plan without clusters', async () => {
    await expect(render('plan-2022', { ...data, clusters: new Map() }))
      .rejects.toThrow('<ClusterRoster plan="plan-2022">: content/data/clusters.yaml has no cluster with plan "plan-2022"');
  });

  test('a cluster without lead firms (the 2026 system lists none), naming file, record and field', async () => {
    await expect(render('system-2026')).rejects.toThrow('content/data/clusters.yaml → s26-chemicals-materials: "leadFirms" is empty');
  });

  test('a cluster without a place (the cross-city national clusters)', async () => {
    await expect(render('national-2024')).rejects.toThrow('content/data/clusters.yaml → n24-zhedong-machine-tools: "counties" and "zones" are both empty');
  });
});
