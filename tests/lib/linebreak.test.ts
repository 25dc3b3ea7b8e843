import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BREAK_MARK, breakOffsets, keepsCellWhole, keepWhole, lineUnits, markBreaks, MAX_CELL, MAX_NAME, MAX_PAREN, MIN_LAST, namesOf, needsKeeping, NUMBER_UNIT, wholeRanges } from '../../src/lib/linebreak';
import { fixtureData } from '../helpers/fixture-data';

const samples = [
  '平湖押注人工智能：算力、机床和“五券”',
  '浙江约三分之二的已投运算力，为何集中在嘉兴',
  '2022年“一县一集群”：九个集群落在哪里',
  '“135N”：嘉兴先进制造业集群的新版图',
  '2022年“一县一集群”方案：9个集群的龙头企业、研究院和基金（按层级和行政区划代码排列）',
  '2026年*全年（企业预计） · 平湖市',
  '截至2026年2月底，智算中心已建成1,400万卡（推断）',
  '海盐县核电关联及核技术应用集群',
];

/** Whether a line may end inside `[start, end)` of `text`. */
const breaksInside = (text: string, start: number, end: number) => [...breakOffsets(text)].some((at) => at > start && at < end);

describe('lineUnits(text)', () => {
  test.each(samples)('%s: the units join back to the text; the last holds at least MIN_LAST characters', (text) => {
    expect(lineUnits(text).join('')).toBe(text);
    expect([...lineUnits(text).at(-1)!].length).toBeGreaterThanOrEqual(MIN_LAST);
  });
  test('a hyphen inside an English word ends a line, never starts one', () => {
    const units = lineUnits('PCBA and smart information-service equipment');
    expect(units.some((unit) => /^[-‐]/.test(unit))).toBe(false);
    expect(units.some((unit) => unit.endsWith('information-'))).toBe(true);
  });
  test('a straight quote opens on the word after it and closes on the word before it', () => {
    const units = lineUnits('carries the "Pinghu Release" and \'Jin Pinghu\' marks ("135N")');
    expect(units).toContain('"Pinghu');
    expect(units).toContain('Release"');
    expect(units).toContain('\'Jin');
    expect(units).toContain('Pinghu\'');
    expect(units.at(-1)).toBe('("135N")');
    expect(units.some((unit) => /^["']$/.test(unit))).toBe(false);
    expect(lineUnits("it's done")).toEqual(["it's", ' ', 'done']);
  });
  test('a number stays with its unit, magnitude and all; a date with its month', () => {
    for (const [text, whole] of [['已建成1,400万卡的算力', '1,400万卡'], ['增加值2,278.3亿元，增长', '2,278.3亿元'], ['占比约65%左右', '65%'], ['2026年3月入选首批城市', '2026年3月'], ['新增1,400P算力', '1,400P'], ['共有5个集群', '5个'], ['签约（2026年春*）', '2026年春'], ['计划2025年下半年投产', '2025年下半年'], ['到2026年底建成', '2026年底']] as const) {
      expect(lineUnits(text), text).toContain(lineUnits(text).find((unit) => unit.includes(whole)));
      const at = text.indexOf(whole);
      expect(breaksInside(text, at, at + whole.length), text).toBe(false);
    }
  });
  test('a unit ends the number: what follows it is a word of its own ("2027年 / 人工智能")', () => {
    expect(lineUnits('目标是2027年人工智能营收')).toContain('2027年');
    expect('2027年人工'.match(NUMBER_UNIT)).toEqual(['2027年']);
  });
  test(`a full-width parenthetical or quotation of up to ${MAX_PAREN} characters stays whole; a longer one breaks between its words`, () => {
    expect(lineUnits('截至2026年2月底（推断）的订单')).toContain('（推断）');
    expect(lineUnits('2026年*全年（企业预计）的数据')).toContain('（企业预计）');
    expect(lineUnits('“乌镇之光”超算中心')).toContain('“乌镇之光”');
    expect(lineUnits('按“一县一集群”布局').some((unit) => unit.includes('“一县一集群”'))).toBe(true);
    const longQuote = '他说“这是一句不该整句保留的引语”然后';
    expect(lineUnits(longQuote).some((unit) => unit.includes('“这是一句不该整句保留的引语”'))).toBe(false);
    const long = '方案（按层级和行政区划代码排列）';
    expect(lineUnits(long).some((unit) => unit.includes('（按层级和行政区划代码排列）'))).toBe(false);
  });
  test('closing punctuation and the inference mark join the unit before; opening punctuation the unit after', () => {
    for (const text of samples) {
      const units = lineUnits(text);
      expect(units.some((unit) => /^[，。、：）”*]/.test(unit)), text).toBe(false);
      expect(units.slice(0, -1).some((unit) => /[“（]$/.test(unit)), text).toBe(false);
    }
  });
  test(`a data-table cell stays on one line when it is Chinese, of at most ${MAX_CELL} characters and without a space`, () => {
    for (const text of ['长三角区域性', '嘉兴经济技术开发区', '2026年上半年']) expect(keepsCellWhole(text), text).toBe(true);
    for (const text of ['核电关联及核技术应用集群', 'Jiaxing', 'Yangtze River Delta regional', '40', '嘉兴 港区']) expect(keepsCellWhole(text), text).toBe(false);
  });
  test('a measure word stays with the Chinese numeral or determiner before it (九个, 首个, 每个)', () => {
    for (const [text, whole] of [['九个地方各领一个产业', '九个'], ['全省首个万卡算力集群', '首个'], ['每个集群都有龙头企业', '每个']] as const) {
      const at = text.indexOf(whole);
      expect(breaksInside(text, at, at + whole.length), text).toBe(false);
    }
    expect(lineUnits('个人')).toEqual(['个人']);
  });
  test('a number in Chinese numerals is one unit (千亿, never 千 / 亿)', () => {
    const units = lineUnits('浙江嘉兴如何撑起千亿产业蓝图');
    expect(units.some((unit) => unit.includes('千亿')), units.join('|')).toBe(true);
  });
  test('tortoise-shell brackets stay with the year inside them (嘉政发〔2022〕13号)', () => {
    const units = lineUnits('嘉兴市人民政府关于印发实施方案的通知（嘉政发〔2022〕13号）');
    expect(units.some((unit) => unit.startsWith('〕')), units.join('|')).toBe(false);
    expect(units.slice(0, -1).some((unit) => unit.endsWith('〔')), units.join('|')).toBe(false);
  });
  test('Chinese words are the dictionary\'s (jieba), not the browser\'s ICU segmenter\'s guesses', () => {
    // ICU cut these across words: 地区 / 页 / 面上, 在 / 建, 机床 / 厂, 增加 / 值, 人工 / 智能, 营 / 收.
    expect(lineUnits('地区页面上的地图和图表')).toEqual(expect.arrayContaining(['页面', '上']));
    expect(lineUnits('在建算力项目：一篇报道说5个')).toEqual(expect.arrayContaining(['在建', '算力', '项目：']));
    expect(lineUnits('嘉兴的机床厂和纺织服装厂，进了两个')).toEqual(expect.arrayContaining(['机床厂', '服装厂，']));
    expect(lineUnits('九个集群的增加值与目标')).toContain('增加值');
    expect(lineUnits('人工智能规上企业营收增长')).toEqual(['人工智能', '规上', '企业', '营收增长']);
    // Words of the subject the dictionary lacks: 已 / 投运 / 算力, never 已 / 投 / 运算 / 力.
    expect(lineUnits('已投运算力规模占全省比重')).toEqual(expect.arrayContaining(['投运', '算力']));
  });
  test('two one-character words in a row are one unit (words the dictionary lacks), unless one is a function word', () => {
    // The segmenter cuts 实绩 and 润泽 into characters; 的 and 与 stand alone for a reason.
    expect(lineUnits('2021年实绩与2025年目标')).toEqual(['2021年', '实绩', '与', '2025年目标']);
    expect(lineUnits('平湖润泽国际信息港')).toContain('润泽');
    expect(lineUnits('报道点名的两处设施在哪里')).toEqual(['报道', '点名', '的', '两处', '设施', '在哪里']);
    // Never across a quotation mark: 称 / “实绩” keeps its break before the quote.
    expect(lineUnits('称“实绩”如何')[0]).toBe('称');
    // A reporting verb stands alone before what is reported: 称 / 增速, never 称增 / 速.
    expect(lineUnits('报道称增速“均领跑嘉兴”')).toEqual(expect.arrayContaining(['报道', '称', '增速']));
    expect(lineUnits('报道说增速很快，位居全省第一')).toEqual(expect.arrayContaining(['说', '增速']));
    // The postposition 里 stays on its own, not paired with the verb after it (里找 / 不到).
    expect(lineUnits('新名单里找不到同名者').some((unit) => unit.startsWith('里') && unit.length > 1)).toBe(false);
  });

  test('a noun\'s suffix stays on its word ("计算 / 机" never)', () => {
    expect(breakOffsets('采用液冷计算机技术，先进')).not.toContain('采用液冷计算'.length);
    // After the pairing: 普 / 惠 / 性 is 普惠性, never 普 / 惠性.
    expect(lineUnits('普惠性政策支持')).toContain('普惠性');
    expect(lineUnits('智能化改造升级')).toContain('智能化');
    // 业 of an industry: 服务 / 业 / 营 / 收 was paired 服务 / 业营 / 收, two words cut.
    expect(lineUnits('软件和信息服务业营收增长')).toEqual(['软件', '和', '信息', '服务业', '营收增长']);
    // 会, 人, 港 of a noun; a division's suffix after the pairing (余 / 新 / 镇 is 余新镇, never 余 / 新镇).
    expect(lineUnits('上海推介会签约人工智能项目')).toEqual(expect.arrayContaining(['推介会', '签约']));
    expect(lineUnits('一个机器人项目，在独山港的工厂')).toEqual(expect.arrayContaining(['机器人', '独山港']));
    expect(lineUnits('余新镇人工智能产业园')[0]).toBe('余新镇');
    // Never on a function word: 从 / 机房, not 从机 / 房.
    expect(lineUnits('从机房到产业')).toEqual(expect.arrayContaining(['从', '机房']));
  });

  test('spaces stay break opportunities and are never joined to the tail', () => {
    expect(lineUnits('AI 云')).toEqual(['AI', ' ', '云']);
    expect(lineUnits('2025年* · 平湖市')).toEqual(['2025年*', ' ', '·', ' ', '平湖市']);
  });
  test('a division keeps its suffix ("嘉兴 / 市" never)', () => {
    expect(lineUnits('嘉兴市 / 浙江省')).toEqual(['嘉兴市', ' ', '/', ' ', '浙江省']);
  });
});

describe('keepWhole(names) with the names of the data', () => {
  const data = fixtureData();
  // The names are the module's state: set for this block only (test files share workers).
  beforeAll(() => keepWhole(namesOf(data)));
  afterAll(() => keepWhole([]));
  test('every county, zone and cluster name and glossary term of up to MAX_NAME characters is one unit, with or without its suffix', () => {
    const names = namesOf(data).filter((name) => [...name].length >= 2 && [...name].length <= MAX_NAME && !/\s/.test(name));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const text = `从${name}看`;
      expect(breaksInside(text, 1, 1 + name.length), name).toBe(false);
    }
    for (const county of data.counties.values()) {
      const short = county.name.slice(0, -1);
      if ([...short].length >= 2) expect(breaksInside(`看${short}的`, 1, 1 + short.length), short).toBe(false);
    }
  });
  test('what a card prints under its number (an indicator\'s scope and period) is a name: "上半年 · 嘉兴市" never breaks inside 嘉兴市, nor "到 / 2027年"', () => {
    const scopes = [...data.indicators.values()].flatMap((indicator) => [indicator.scope, indicator.period.label]).filter((scope) => [...scope].length >= 2 && [...scope].length <= MAX_NAME && !/\s/.test(scope));
    expect(scopes.length).toBeGreaterThan(0);
    expect(namesOf(data)).toEqual(expect.arrayContaining(scopes));
    const meta = '2025年上半年 · ';
    for (const scope of scopes) expect(wholeRanges(meta + scope), scope).toContainEqual([meta.length, meta.length + scope.length]);
  });
  test('a name the dictionary joins to the character before it is still a unit of its own', () => {
    // The segmenter cuts "实验室新材料基金" as 实验 / 室新 / 材料 / 基金 (a tail shorter than MIN_LAST would join the unit before).
    keepWhole(['新材料']);
    try {
      const units = lineUnits('乌镇实验室新材料基金正在筹备中');
      expect(units, units.join('|')).toContain('新材料');
      expect(units.join('')).toBe('乌镇实验室新材料基金正在筹备中');
    } finally {
      keepWhole(namesOf(data));
    }
  });
});

describe('needsKeeping(unit)', () => {
  test('only a unit a browser could break inside needs a nowrap span', () => {
    expect(needsKeeping('1,400万卡')).toBe(true);
    expect(needsKeeping('（推断）')).toBe(true);
    expect(needsKeeping('海盐')).toBe(true);
    expect(needsKeeping('2,278.3')).toBe(false);
    expect(needsKeeping('AI')).toBe(false);
    expect(needsKeeping('“135N”')).toBe(false);
    expect(needsKeeping('Jiaxing’s')).toBe(false);
    expect(needsKeeping('“五券”')).toBe(true);
    expect(needsKeeping('海')).toBe(false);
    expect(needsKeeping(' ')).toBe(false);
  });
});

describe('markBreaks(text)', () => {
  test.each(samples)('%s: the text back once the marks are taken out, a mark exactly at each break between units not beside a space', (text) => {
    const marked = markBreaks(text);
    expect(marked.replaceAll(BREAK_MARK, '')).toBe(text);
    const units = lineUnits(text);
    const expected = units.slice(1).filter((unit, index) => !/^\s/.test(unit) && !/\s$/.test(units[index]!)).length;
    expect(marked.split(BREAK_MARK).length - 1).toBe(expected);
  });

  test('a table header breaks between its words and before its unit, never inside a word or a kept term', () => {
    // 增加值 is a glossary term (the segmenter alone cuts 增加 / 值); the names are the module's state.
    keepWhole(['增加值']);
    try {
      expect(markBreaks('2021年增加值（亿元）').split(BREAK_MARK)).toEqual(['2021年', '增加值', '（亿元）']);
      expect(markBreaks('2025年目标增加值（亿元）').split(BREAK_MARK)).toEqual(['2025年', '目标', '增加值', '（亿元）']);
    } finally {
      keepWhole([]);
    }
  });

  test('English keeps its spaces as its only breaks: no mark added', () => {
    expect(markBreaks('Value added, 2021 (billion yuan)')).toBe('Value added, 2021 (billion yuan)');
  });
});
