/**
 * A small CSS cascade for SVG: computes, for each element of an SVG, the value of every SVG
 * paint and text property that the site's style sheets give it (selector matching, specificity,
 * source order, custom properties inherited down the tree as in a browser) and writes the result
 * into each element's style attribute, with var(--…) and light-dark() resolved to the LIGHT
 * theme's literal values. The standalone file then looks like the page in any SVG tool, with or
 * without support for <style>, classes or CSS variables.
 */
import { INHERITED, parseCss, resolveValue, rootVariables, SVG_PROPERTIES, type CssRule } from './css';
import { decodeEntities } from './xml';
import { escapeMarkup } from '../escape';

export interface XmlElement {
  name: string;
  attrs: [name: string, value: string][];
  children: (XmlElement | string)[];
  parent?: XmlElement;
}

/** Parses well-formed XML markup (as svgMarkupToXml() writes it) into its root element. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: [], children: [] };
  let current = root;
  let last = 0;
  for (const match of xml.matchAll(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*"[^"]*")*)\s*(\/?)>/g)) {
    const text = xml.slice(last, match.index);
    if (text) current.children.push(decodeEntities(text));
    last = match.index + match[0].length;
    const [, closing, name, attrText = '', selfClosing] = match;
    if (!name) continue;
    if (closing) {
      if (current.name !== name) throw new Error(`XML: </${name}> closes <${current.name}>`);
      current = current.parent!;
      continue;
    }
    const attrs = [...attrText.matchAll(/([^\s=/>]+)\s*=\s*"([^"]*)"/g)].map((attr): [string, string] => [attr[1]!, decodeEntities(attr[2]!)]);
    const element: XmlElement = { name, attrs, children: [], parent: current };
    current.children.push(element);
    if (!selfClosing) current = element;
  }
  if (current !== root) throw new Error(`XML: <${current.name}> is never closed`);
  const element = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!element) throw new Error('XML: no element');
  element.parent = undefined;
  return element;
}

/** Writes an element tree back as XML. */
export function serializeXml(element: XmlElement): string {
  const attrs = element.attrs.map(([name, value]) => ` ${name}="${escapeMarkup(value)}"`).join('');
  if (element.children.length === 0) return `<${element.name}${attrs}/>`;
  const inner = element.children.map((child) => (typeof child === 'string' ? escapeMarkup(child) : serializeXml(child))).join('');
  return `<${element.name}${attrs}>${inner}</${element.name}>`;
}

interface Compound {
  type?: string;
  classes: string[];
  ids: string[];
  attrs: { name: string; value?: string }[];
  pseudos: string[];
}

interface Selector {
  compounds: Compound[];
  /** combinators[i] joins compounds[i] and compounds[i + 1]: " " or ">". */
  combinators: string[];
  specificity: number;
}

function parseCompound(text: string): Compound | undefined {
  const compound: Compound = { classes: [], ids: [], attrs: [], pseudos: [] };
  const pattern = /^([a-zA-Z][\w-]*|\*)|\.([\w-]+)|#([\w-]+)|\[\s*([\w:-]+)\s*(?:=\s*"?([^"\]]*)"?\s*)?\]|(:[\w-]+(?:\([^)]*\))?)/g;
  let consumed = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index !== consumed) return undefined;
    consumed += match[0].length;
    if (match[1]) compound.type = match[1] === '*' ? undefined : match[1].toLowerCase();
    else if (match[2]) compound.classes.push(match[2]);
    else if (match[3]) compound.ids.push(match[3]);
    else if (match[4]) compound.attrs.push(match[5] === undefined ? { name: match[4].toLowerCase() } : { name: match[4].toLowerCase(), value: match[5] });
    else if (match[6]) compound.pseudos.push(match[6]);
  }
  return consumed === text.length ? compound : undefined;
}

/**
 * A selector for matching, or undefined when it uses what a static drawing cannot match or this
 * matcher does not support (sibling combinators, pseudo-elements, :hover …).
 */
function parseSelector(text: string): Selector | undefined {
  const pieces = text.split(/\s*(>)\s*|\s+/).filter((piece) => piece !== undefined && piece !== '');
  const compounds: Compound[] = [];
  const combinators: string[] = [];
  let pending = ' ';
  for (const piece of pieces) {
    if (piece === '>') {
      pending = '>';
      continue;
    }
    const compound = parseCompound(piece);
    if (!compound) return undefined;
    if (compounds.length > 0) combinators.push(pending);
    compounds.push(compound);
    pending = ' ';
  }
  if (compounds.length === 0) return undefined;
  const specificity = compounds.reduce((sum, c) => sum + c.ids.length * 10000 + (c.classes.length + c.attrs.length + c.pseudos.length) * 100 + (c.type ? 1 : 0), 0);
  return { compounds, combinators, specificity };
}

const attr = (element: XmlElement, name: string) => element.attrs.find(([key]) => key.toLowerCase() === name)?.[1];

function siblings(element: XmlElement): XmlElement[] {
  return (element.parent?.children ?? [element]).filter((child): child is XmlElement => typeof child !== 'string');
}

function matchesCompound(element: XmlElement, compound: Compound): boolean {
  if (compound.type && element.name.toLowerCase() !== compound.type) return false;
  const classes = (attr(element, 'class') ?? '').split(/\s+/);
  if (!compound.classes.every((cls) => classes.includes(cls))) return false;
  if (!compound.ids.every((id) => attr(element, 'id') === id)) return false;
  if (!compound.attrs.every((a) => (a.value === undefined ? attr(element, a.name) !== undefined : attr(element, a.name) === a.value))) return false;
  return compound.pseudos.every((pseudo) => {
    const list = siblings(element);
    if (pseudo === ':first-child') return list[0] === element;
    if (pseudo === ':last-child') return list.at(-1) === element;
    return false;
  });
}

function matches(element: XmlElement, selector: Selector, index = selector.compounds.length - 1): boolean {
  if (!matchesCompound(element, selector.compounds[index]!)) return false;
  if (index === 0) return true;
  const combinator = selector.combinators[index - 1];
  if (combinator === '>') return !!element.parent && matches(element.parent, selector, index - 1);
  for (let ancestor = element.parent; ancestor; ancestor = ancestor.parent) {
    if (matches(ancestor, selector, index - 1)) return true;
  }
  return false;
}

interface Declaration {
  property: string;
  value: string;
  specificity: number;
  order: number;
  rule: CssRule;
}

type Compiled = { selector: Selector; rule: CssRule; ruleIndex: number }[];

/** The winning declaration of each property on an element (specificity, then source order). */
function cascade(element: XmlElement, compiled: Compiled): Map<string, Declaration> {
  const winners = new Map<string, Declaration>();
  for (const { selector, rule, ruleIndex } of compiled) {
    if (!matches(element, selector)) continue;
    rule.declarations.forEach(([property, value], index) => {
      const current = winners.get(property);
      const order = ruleIndex * 1000 + index;
      if (!current || selector.specificity > current.specificity || (selector.specificity === current.specificity && order > current.order)) {
        winners.set(property, { property, value, specificity: selector.specificity, order, rule });
      }
    });
  }
  return winners;
}

/** The custom properties in force on an element: its parent's, overridden by its own. */
function variablesOf(winners: Map<string, Declaration>, inherited: Map<string, string>): Map<string, string> {
  const variables = new Map(inherited);
  for (const [property, declaration] of winners) if (property.startsWith('--')) variables.set(property, declaration.value);
  return variables;
}

/** The resolved SVG properties an element's own rules give it. */
function resolved(element: XmlElement, winners: Map<string, Declaration>, variables: Map<string, string>): Map<string, string> {
  const values = new Map<string, string>();
  for (const [property, declaration] of winners) {
    if (!SVG_PROPERTIES.has(property)) continue;
    if (property === 'display' && declaration.value !== 'none') continue;
    const where = `CSS rule "${declaration.rule.selectors.join(', ')}" { ${property} } on <${element.name} class="${attr(element, 'class') ?? ''}">`;
    values.set(property, resolveValue(declaration.value, variables, where).replace(/(-?\d*\.?\d+)rem\b/g, (_m, n: string) => `${Math.round(Number(n) * 1600) / 100}px`));
  }
  return values;
}

/** An element standing for an HTML start tag (an ancestor of the SVG on the page). */
function fromStartTag(tag: string, parent: XmlElement | undefined): XmlElement {
  const match = tag.match(/^<([a-zA-Z][\w:-]*)([\s\S]*?)\/?>$/);
  if (!match) throw new Error(`not a start tag: ${tag.slice(0, 60)}`);
  const attrs = [...match[2]!.matchAll(/([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)]
    .map((a): [string, string] => [a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? '')]);
  return { name: match[1]!.toLowerCase(), attrs, children: [], parent };
}

/**
 * The SVG with the site's styles written into each element's style attribute: the light theme,
 * literal values, only SVG properties. `css` is all the page's style sheets; `ancestors` are the
 * start tags of the page elements around the SVG (outermost first), so that selectors through
 * them match and what the SVG inherits from them (font, colour) is kept.
 */
export function inlineStyles(svgXml: string, css: string, ancestors: string[] = []): string {
  const rules = parseCss(css);
  const compiled: Compiled = [];
  rules.forEach((rule, ruleIndex) => {
    for (const text of rule.selectors) {
      const selector = parseSelector(text);
      if (selector) compiled.push({ selector, rule, ruleIndex });
    }
  });

  let variables = rootVariables(rules);
  let inherited = new Map<string, string>();
  let parent: XmlElement | undefined;
  for (const tag of ancestors) {
    const element = fromStartTag(tag, parent);
    const winners = cascade(element, compiled);
    variables = variablesOf(winners, variables);
    for (const [property, value] of resolved(element, winners, variables)) if (INHERITED.has(property)) inherited.set(property, value);
    parent = element;
  }

  const tree = parseXml(svgXml);
  tree.parent = parent;
  const visit = (element: XmlElement, outer: Map<string, string>, isRoot: boolean) => {
    const winners = cascade(element, compiled);
    const own = variablesOf(winners, outer);
    const values = resolved(element, winners, own);
    if (isRoot) {
      // What the page around it passes down, unless the SVG sets it itself (style or attribute).
      for (const [property, value] of inherited) if (!values.has(property) && attr(element, property) === undefined) values.set(property, value);
    }
    if (values.size > 0) {
      const styles = [...values].map(([property, value]) => `${property}:${value}`).join(';');
      const existing = attr(element, 'style');
      element.attrs = element.attrs.filter(([name]) => name !== 'style');
      element.attrs.push(['style', existing ? `${styles};${existing}` : styles]);
    }
    for (const child of element.children) if (typeof child !== 'string') visit(child, own, false);
  };
  visit(tree, variables, true);
  tree.parent = undefined;
  return serializeXml(tree);
}
