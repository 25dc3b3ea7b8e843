/**
 * Where Chinese display text may break: the one rule for every title, heading, card and label
 * the site prints, in HTML (src/middleware.ts keeps each unit in a nowrap span) and in SVG and
 * PNG (src/lib/text.ts wraps lines between units, measured with the real font).
 *
 * A text is cut into units that join back to it exactly; a line may end only between two units:
 * - dictionary words (jieba for Chinese, Intl.Segmenter for the rest), never "新版 / 图"; two
 *   one-character words in a row, neither a function word, as one (the words the dictionary lacks:
 *   "实绩", "润泽", never "实 / 绩");
 * - a number with its unit, dates included: "1,400万卡", "2,278.3亿元", "2026年3月", "12%"; a
 *   measure word with the Chinese numeral or determiner before it: "九个", "首个", "每项";
 * - a short full-width parenthetical or quotation whole: "（推断）", "（企业预计）", "“乌镇之光”"
 *   (MAX_PAREN characters);
 * - the names of the data (counties, zones, clusters, glossary terms: keepWhole(), called with
 *   the site's records by src/lib/site-data.ts), never "海 / 盐";
 * - a suffix on its word where the dictionary splits them: a division's ("嘉兴 / 市", "余新 / 镇"
 *   never), a noun's ("计算机", "普惠性", "发布会", "独山港");
 * - closing punctuation and the inference mark `*` on the unit before, opening punctuation on
 *   the unit after; a straight quote (" or ') opens at the start or after a space, an opening
 *   bracket or a dash, else closes (opensQuotation(), as curlyQuotes() sets it);
 * - the tail joined into one unit of at least MIN_LAST characters, so no last line holds one.
 * Spaces are units of their own (always a break opportunity) and are never joined.
 */

import type { DataRecords } from './data/records';
import { add_word as addWord, cut } from 'jieba-wasm';
import { opensQuotation } from './i18n/punctuation';

/** Characters that must not begin a line: closing punctuation, and the inference mark `*` (src/lib/inferred.ts). */
export const NO_LINE_START = /^[，。、；：？！）》」』〕】〉”’%％,.;:?!)\]…·*]/;
/** Characters that must not end a line: opening punctuation. */
export const NO_LINE_END = /[“‘（《「『〔【〈(\[]$/;

/** A straight quotation mark, which opens or closes by where it stands (lineUnits()). */
const STRAIGHT_QUOTE = /^["']$/;

/** The last unit holds at least this many characters (the tail joins until it does). */
export const MIN_LAST = 3;
/** A full-width parenthetical this long or shorter, brackets included, stays whole. */
export const MAX_PAREN = 8;
/** A name longer than this is not kept whole (it would not fit a phone's line); its words still are. */
export const MAX_NAME = 8;
/** A data-table cell this short (characters, no space) stays on one line: "长三角区域性", "嘉兴经济技术开发区". */
export const MAX_CELL = 9;

/**
 * Whether a data-table cell's text (plain: no marks) stays on one line: Chinese of at most MAX_CELL
 * characters and no space. English needs no keeping (a cell without a space is one word, which
 * never breaks anyway); a longer cell wraps between its units.
 */
export function keepsCellWhole(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && !/\s/.test(text) && length(text) <= MAX_CELL;
}

const UNITS = [
  // A part of a year stays with it ("2026年春", "2025年下半年", "2026年底"), before 年 alone.
  '年上半年', '年下半年', '年春', '年夏', '年秋', '年冬', '年初', '年底', '年末',
  '千瓦时', '平方公里', '平方米', '千瓦', '兆瓦', '公里', '公顷', '美元', '欧元', '日元', '港元',
  'PFlops', 'PFLOPS', 'EFLOPS', 'TFLOPS', 'GW', 'MW', 'kW', 'P',
  '个', '卡', '元', '家', '项', '倍', '吨', '台', '人', '亩', '年', '月', '日', '号',
  '季度', '次', '条', '座', '位', '款', '类', '种', '批', '期', '所', '届', '层', '县', '区', '%', '％', '‰',
];
const UNIT = `(?:${UNITS.map(escape).join('|')})`;
/**
 * A number and its unit, repeated: "1,400万卡", "2026年3月", "50%", "5个": digits with
 * separators, a magnitude (万, 亿…) and one unit; "2027年人工智能" stops after 年.
 */
export const NUMBER_UNIT = new RegExp(`(?:\\d[\\d,.]*\\s?(?:[万亿千百]{0,2}${UNIT}|[万亿千百]{1,2}))+`, 'gu');
/** A full-width parenthetical short enough to stay whole. */
const SHORT_PAREN = new RegExp(`（[^（）\\s]{1,${MAX_PAREN - 2}}）`, 'gu');
/** A Chinese quotation as short, a quoted name or term ("“乌镇之光”", "“一县一集群”"), stays whole too. */
const SHORT_QUOTE = new RegExp(`“[^“”\\s]{1,${MAX_PAREN - 2}}”`, 'gu');

/** Words of text other than Chinese (Latin words, digits, spaces, punctuation). */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/**
 * A run of Chinese characters, cut into words by jieba's dictionary alone (its HMM, which guesses
 * words the dictionary lacks, joins across words: "营 / 收破", "图中以"; two lone characters are
 * paired by pairLoneCharacters() instead).
 */
const HAN_RUN = /\p{Script=Han}+/gu;
/**
 * Words of this site's subject the dictionary lacks, weighted to win over the words they overlap
 * ("已 / 投运 / 算力", not "已 / 投 / 运算 / 力").
 */
const SUBJECT_WORDS = ['投运', '营收', '算力', '智算', '超算'];
for (const word of SUBJECT_WORDS) addWord(word, 20_000);
const names = new Set<string>();
/** lineUnits() of each text met, until keepWhole() changes the names (a build lays out its titles many times over). */
const unitsOf = new Map<string, readonly string[]>();
let namePattern: RegExp | undefined;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const length = (text: string) => [...text].length;

/**
 * Sets the names kept whole wherever they appear (at most MAX_NAME characters, no spaces), in
 * place of any set before. A division's name also counts without its suffix ("海盐县" keeps "海盐").
 */
export function keepWhole(list: Iterable<string>): void {
  names.clear();
  unitsOf.clear();
  for (const raw of list) {
    const name = raw.trim();
    if (length(name) < 2 || length(name) > MAX_NAME || /\s/.test(name)) continue;
    names.add(name);
    const short = name.replace(/[县市区镇]$/u, '');
    if (short !== name && length(short) >= 2) names.add(short);
  }
  namePattern = names.size > 0 ? new RegExp([...names].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu') : undefined;
}

/**
 * The data's names kept whole: counties, zones, clusters, the glossary's terms with their aliases,
 * and what a card prints under its number: the place or body the number covers (an indicator's
 * scope: "嘉兴市", "浙江省", "全国", which no other record names) and its period ("到2027年").
 */
export function namesOf(data: Pick<DataRecords, 'counties' | 'zones' | 'clusters' | 'glossary' | 'indicators'>): string[] {
  return [
    ...[...data.counties.values(), ...data.zones.values(), ...data.clusters.values()].map((record) => record.name),
    ...[...data.glossary.values()].flatMap((entry) => [entry.term, ...entry.aliases]),
    ...[...data.indicators.values()].flatMap((indicator) => [indicator.scope, indicator.period.label]),
  ];
}

/** Ranges [start, end) of `text` no line may end inside: numbers with units, short parentheticals and quotations, names. */
export function wholeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of [NUMBER_UNIT, SHORT_PAREN, SHORT_QUOTE, namePattern]) {
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/**
 * The words of `text`: each run of Chinese characters as jieba cuts it (a dictionary of Chinese
 * words: "在建", "页面 / 上", "机床厂", where ICU's Intl.Segmenter gave "在 / 建", "页 / 面上",
 * "机床 / 厂"), the rest as Intl.Segmenter cuts it. Each word is also cut where a kept range starts
 * or ends inside it: the dictionary may join a name to the character beside it ("实验室新材料" as
 * "实验 / 室新 / 材料"), and the name alone is the unit kept whole ("新材料"), not the name with
 * that character.
 */
function segmentsAt(text: string, ranges: readonly [number, number][]): string[] {
  const cuts = new Set(ranges.flat());
  const words: { segment: string; index: number }[] = [];
  const other = (from: number, to: number) => {
    for (const { segment, index } of segmenter.segment(text.slice(from, to))) words.push({ segment, index: from + index });
  };
  let at = 0;
  for (const run of text.matchAll(HAN_RUN)) {
    if (run.index > at) other(at, run.index);
    let index = run.index;
    for (const segment of cut(run[0], false)) {
      words.push({ segment, index });
      index += segment.length;
    }
    at = index;
  }
  if (at < text.length) other(at, text.length);
  const out: string[] = [];
  for (const { segment, index } of words) {
    let from = 0;
    for (let i = 1; i < segment.length; i++) {
      if (!cuts.has(index + i)) continue;
      out.push(segment.slice(from, i));
      from = i;
    }
    out.push(segment.slice(from));
  }
  return out;
}

/** A segment made only of Chinese numerals, and a unit that ends in one. */
const CHINESE_NUMERAL = /^[零一二三四五六七八九十百千万亿两]+$/u;
const CHINESE_NUMERAL_END = /[零一二三四五六七八九十百千万亿两]$/u;
/** A measure word, and what it stays with: a Chinese numeral or a determiner before it ("九个", "首个", "每项"). */
const MEASURE_WORD = /^[个项家座条位种批层类张篇份所处名件台栋次]$/u;
const COUNTED_END = /[零一二三四五六七八九十百千万亿两首每各这那某几第]$/u;

/**
 * `text` as units a line may end between (the rules above); they join back to `text` exactly.
 */
export function lineUnits(text: string): string[] {
  let units = unitsOf.get(text);
  if (!units) unitsOf.set(text, units = cutIntoUnits(text));
  return [...units];
}

function cutIntoUnits(text: string): string[] {
  if (text === '') return [];
  const ranges = wholeRanges(text);
  const inside = (offset: number) => ranges.some(([start, end]) => offset > start && offset < end);
  const out: string[] = [];
  let offset = 0;
  let glueNext = false;
  for (const segment of segmentsAt(text, ranges)) {
    const last = out.length - 1;
    const space = /^\s+$/.test(segment);
    // A number written in Chinese numerals ("千亿", "十五五") is one word, however the segmenter cuts it,
    // and a measure word stays with the numeral or determiner it counts with ("九 / 个" never).
    const numeral = (CHINESE_NUMERAL.test(segment) && CHINESE_NUMERAL_END.test(out[last] ?? ''))
      || (MEASURE_WORD.test(segment) && COUNTED_END.test(out[last] ?? ''));
    // A hyphen inside an English word ("information-service") ends a line, never starts one.
    const hyphen = /^[-‐]$/.test(segment) && /\p{Script=Latin}$/u.test(out[last] ?? '');
    // A straight quote opens a quotation where opensQuotation() says ("the "135N" system"), else closes one.
    const opening = STRAIGHT_QUOTE.test(segment) && opensQuotation(out[last]?.at(-1));
    const closing = STRAIGHT_QUOTE.test(segment) && !opening;
    const joins = last >= 0 && !space && !/\s$/.test(out[last]!) && (glueNext || numeral || hyphen || closing || inside(offset) || NO_LINE_START.test(segment));
    if (joins) out[last] += segment;
    else out.push(segment);
    glueNext = opening || (!space && NO_LINE_END.test(segment));
    offset += segment.length;
  }
  const paired = pairLoneCharacters(out);
  while (paired.length > 1 && length(paired.at(-1)!.trim()) < MIN_LAST && !/\s/.test(paired.at(-1)!) && !/\s$/.test(paired.at(-2)!)) {
    const tail = paired.pop()!;
    paired[paired.length - 1] += tail;
  }
  return paired;
}

/**
 * Function words: a character the dictionary leaves alone for a reason (用 / 在, 点名 / 的), never
 * paired by pairLoneCharacters(); with them the reporting verbs 称 and 说, which stand alone before
 * what is reported (报道称 / 增速, never 称增 / 速), and the postposition 里 (名单里 / 找不到, never 里找).
 */
const FUNCTION_WORD = /^[的地得了着过在与和及或是把被给对从向到为将也都就还又才再很最更不没未均共仅已并而按其以于由但只却则之这那每各该此个称说里]$/u;

/** A unit that is one Han character (with any punctuation joined to it) and no function word. */
function lone(unit: string): boolean {
  const han = unit.match(/\p{Script=Han}/gu) ?? [];
  return han.length === 1 && !/[\s\p{L}\p{N}]/u.test(unit.replace(han[0]!, '')) && !FUNCTION_WORD.test(han[0]!);
}

/**
 * A suffix the dictionary cuts off its word: a noun's ("计算 / 机", "智能 / 化", "普惠 / 性", "服务 / 业",
 * "机器 / 人", "发布 / 会", "独山 / 港") or a division's ("嘉兴 / 市", "余新 / 镇"). It stays on the word before,
 * unless that is a function word ("从 / 机房", never "从机 / 房").
 */
const SUFFIX = /^[机性化率器者员链网群业人会港市县区省镇]/u;

/**
 * Two one-character units in a row, neither a function word, joined (from the left): most likely
 * one word the segmenter's dictionary lacks (实 / 绩, 润 / 泽, 增 / 速, 投 / 运, 写 / 明); then a
 * suffix joined to the word before it (普 / 惠 / 性 → 普惠性, 余 / 新 / 镇 → 余新镇). A heuristic: it
 * only takes break opportunities away, never adds one; a wrong pair (a lone 评 / 增 / 速 would give
 * "评增 / 速") keeps two words' characters together, as a browser might have anyway. Joined only character to character: never
 * across a quotation mark or bracket.
 */
function pairLoneCharacters(units: readonly string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const unit of units) {
    const joinable = lone(unit) && /^\p{Script=Han}/u.test(unit);
    const before = out.at(-1) ?? '';
    const suffix = joinable && SUFFIX.test(unit) && /\p{Script=Han}$/u.test(before) && !FUNCTION_WORD.test(before);
    if ((open && joinable) || suffix) {
      out[out.length - 1] += unit;
      open = false;
    } else {
      out.push(unit);
      open = lone(unit) && /\p{Script=Han}$/u.test(unit);
    }
  }
  return out;
}

/** Offsets (UTF-16) of `text` where a line may end: between two units. */
export function breakOffsets(text: string): Set<number> {
  const offsets = new Set<number>();
  let at = 0;
  for (const unit of lineUnits(text)) {
    if (at > 0) offsets.add(at);
    at += unit.length;
  }
  return offsets;
}

/**
 * Whether a browser could break inside `unit` on its own: two characters of which one is CJK.
 * Quotation marks alone are not: a browser breaks beside one only next to a CJK character
 * (Unicode's line breaking, LB19a), so “135N” and "Jiaxing’s" stay whole without a span.
 */
export function needsKeeping(unit: string): boolean {
  return length(unit) > 1 && !/\s/.test(unit) && /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(unit);
}

/** A zero-width space: where a line may break in text set with `word-break: keep-all`, which breaks nowhere else but at spaces. */
export const BREAK_MARK = '\u200B';

/**
 * `text` with BREAK_MARK between every two of its units (never next to a space, which is one
 * already): for text no span can keep whole, such as a table's column header that a phone shows
 * as generated content (data-label, figure.css), set with `word-break: keep-all` so it breaks only
 * there ("2021年 / 增加值 / （亿元）", never "增加 / 值").
 */
export function markBreaks(text: string): string {
  return lineUnits(text).reduce((marked, unit) =>
    marked === '' || /\s$/.test(marked) || /^\s/.test(unit) ? marked + unit : marked + BREAK_MARK + unit, '');
}
