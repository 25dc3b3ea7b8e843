import { describe, expect, test } from 'vitest';
import { investmentDescription, investmentLayout, investmentModel, investmentTable } from '../../../src/lib/figures/kinds/investment-chart/model';
import { CHART_SIZES } from '../../../src/lib/charts/sizes';
import { textWidth } from '../../../src/lib/text';
import { figureOf, siteData } from './fixtures';

const figure = figureOf('chart-investment-h1-2026', 'investment-chart');
/** The figure with a small project added (5,000万元), to check that a small amount still gets a visible bar. */
const withSmallProject = { ...figure, projects: [...figure.projects, 'purobot-robots'] };

describe('investmentModel(figure, data)', () => {
  const model = investmentModel(figure, siteData());

  test('the whole and the part of the count bar, and the published share', () => {
    expect([model.whole.id, model.whole.value]).toEqual(['h1-2026-projects', 355]);
    expect([model.part.id, model.part.value]).toEqual(['h1-2026-135n-projects', 322]);
    expect(model.share.value).toBe(90.7);
  });

  test('CNY projects become bars, largest first, amounts printed as published', () => {
    expect(model.bars.map((bar) => [bar.project.id, bar.text, bar.yi])).toEqual([
      ['qiyuan-ai-cloud', '60亿元', 60],
      ['luxshare-electronics-base', '20.1亿元', 20.1],
    ]);
    expect(investmentModel(withSmallProject, siteData()).bars.at(-1)!.text).toBe('5,000万元');
  });

  test('the USD project is listed in USD, not drawn', () => {
    expect(model.listed.map((item) => [item.project.id, item.text])).toEqual([['pcba-smart-devices', '1亿美元']]);
    expect(model.bars.some((bar) => bar.project.amount.currency === 'USD')).toBe(false);
  });

  test('the indicators other than the count bar (total investment) are key-figure cards', () => {
    expect(model.cards.map((card) => [card.label, card.values[0]!.text])).toEqual([
      ['上半年落地项目总投资', '973.43亿元'],
    ]);
  });

  test('the description, from the data', () => {
    expect(investmentDescription(model)).toBe(
      '嘉兴市上半年落地产业项目355个（2026年上半年*），其中“135N”集群项目322个，占90.7%；报道点名的人民币项目中，长三角启源AI模型云平台投资额最大，为60亿元；PCBA及智能信息服务设备以外币公布（1亿美元），未按人民币刻度绘制。',
    );
  });
});

describe('investmentTable(model)', () => {
  const table = investmentTable(investmentModel(figure, siteData()));
  test('one row per mark: two bar segments, the share label, two bars, one listed project, one card', () => {
    expect(table.rows).toHaveLength(7);
    expect(table.rows.map((row) => [row.cells.item, row.cells.value])).toEqual([
      ['上半年落地产业项目', '355个'],
      ['其中“135N”集群项目', '322个'],
      ['“135N”集群项目占比', '90.7%'],
      ['长三角启源AI模型云平台', '60亿元'],
      ['立讯高端电子产品生产基地', '20.1亿元'],
      ['PCBA及智能信息服务设备', '1亿美元'],
      ['上半年落地项目总投资', '973.43亿元'],
    ]);
    expect(table.rows[5]!.cells.shown).toMatch(/未按人民币刻度绘制/);
    const small = investmentTable(investmentModel(withSmallProject, siteData())).rows.find((row) => row.cells.item === '普罗宇宙机器人项目')!;
    expect(small.cells.place).toBe('平湖经济技术开发区');
    expect(small.source).toBe('pinghu-2026-ai-projects');
  });
});

describe.each(CHART_SIZES)('investmentLayout(model, $name)', (size) => {
  const layout = investmentLayout(investmentModel(figure, siteData()), size);
  const { count, projects } = layout;

  test('the part is 322/355 of the whole bar', () => {
    expect(count.whole.width).toBe(size.width);
    expect(count.part.width).toBeCloseTo(size.width * 322 / 355, 1);
  });

  test('the 322 and 355 labels under the bar ends keep a full em apart and stay inside', () => {
    const [part, whole] = count.values;
    expect([part!.text, whole!.text]).toEqual(['322个', '355个']);
    expect(whole!.x).toBe(size.width);
    expect(part!.x).toBeLessThanOrEqual(whole!.x - textWidth(whole!.text, size.fontSize) - size.fontSize);
    expect(part!.x - textWidth(part!.text, size.fontSize)).toBeGreaterThanOrEqual(0);
  });

  test('bar lengths are proportional to the amounts in 亿元; none is empty', () => {
    const [qiyuan, luxshare, purobot] = investmentLayout(investmentModel(withSmallProject, siteData()), size).projects.bars;
    expect(luxshare!.rect.width / qiyuan!.rect.width).toBeCloseTo(20.1 / 60, 2);
    expect(purobot!.rect.width).toBeGreaterThan(0);
    expect(purobot!.rect.width / qiyuan!.rect.width).toBeCloseTo(0.5 / 60, 2);
    expect(projects.bars.map((bar) => bar.value.text)).toEqual(['60亿元', '20.1亿元']);
    for (const bar of projects.bars) {
      expect(bar.value.x).toBeGreaterThan(bar.rect.x + bar.rect.width);
      expect(bar.value.x + textWidth(bar.value.text, size.fontSize)).toBeLessThanOrEqual(size.width);
    }
  });

  test('the USD project is a line of text, with a note saying why it has no bar', () => {
    expect(projects.listed.map((item) => item.value.text)).toEqual(['1亿美元']);
    expect(projects.note.map((line) => line.text).join('')).toBe('注：外币金额按原币种列出；报道未给出汇率，故不换算，也不按人民币刻度绘制条形。');
    for (const line of projects.note) expect(textWidth(line.text, size.fontSize)).toBeLessThanOrEqual(size.width);
    expect(layout.height).toBeGreaterThan(projects.note.at(-1)!.y);
  });
});

describe('investmentModel with bad data fails loudly', () => {
  test('a share that does not match its counts', () => {
    const data = siteData();
    data.indicators.get('h1-2026-135n-projects')!.value = 300;
    expect(() => investmentModel(figure, data)).toThrow('content/data/indicators.yaml → h1-2026-135n-share: the published share 90.7% does not match 300 of 355 (84.51%)');
  });
  test('a project without an amount', () => {
    const data = siteData();
    (data.projects.get('luxshare-electronics-base')!.amount as { value?: number }).value = undefined;
    expect(() => investmentModel(figure, data)).toThrow('content/data/projects.yaml → luxshare-electronics-base: amount.value is required for the investment chart');
  });
  test('an indicator value that is not a number', () => {
    const data = siteData();
    data.indicators.get('h1-2026-investment')!.value = Number.POSITIVE_INFINITY;
    expect(() => investmentModel(figure, data)).toThrow('content/data/indicators.yaml → h1-2026-investment: value must be a finite number for the investment chart, got Infinity');
  });
  test('a figure without the two counts of the share', () => {
    const bad = { ...figure, indicators: figure.indicators.filter((id) => id !== 'h1-2026-projects') };
    expect(() => investmentModel(bad, siteData())).toThrow(/needs two count indicators with the period and scope of "h1-2026-135n-share".*found 1/);
  });
});
