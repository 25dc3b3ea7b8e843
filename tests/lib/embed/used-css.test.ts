import { expect, test } from 'vitest';
import { usedCss } from '../../../src/lib/embed/used-css';

const page = (body: string) => `<html lang="zh-CN" data-theme="light"><body class="embed">${body}</body></html>`;

test('keeps the rules the markup can match, in @media too, and drops the others', async () => {
  const css = '.map{a:1}.chart{b:2}.map .map-svg,.chart .x{c:3}@media (min-width:40rem){.chart{d:4}.map{e:5}}body.embed{f:6}';
  expect(await usedCss([css], page('<div class="map"><svg class="map-svg"></svg></div>')))
    .toBe('.map{a:1}.map .map-svg{c:3}@media(min-width:40rem){.map{e:5}}body.embed{f:6}');
});

test('joins several sheets into one, minified, keeping their order', async () => {
  expect(await usedCss(['.a { x: 1 }', '.b{y:2}\n', '.a{z:3}'], page('<p class="a b"></p>'))).toBe('.a{x:1}.b{y:2}.a{z:3}');
});

test('a class or attribute value that only a script names is kept (scripts add them)', async () => {
  const css = '.tip-open{a:1}.never{b:2}[data-theme=dark] .x{c:3}';
  expect(await usedCss([css], page('<p class="x"></p>'), ['el.classList.add("tip-open"); root.setAttribute("data-theme", "dark")']))
    .toBe('.tip-open{a:1}[data-theme=dark] .x{c:3}');
});

test('drops custom properties nothing reads; keeps those read by var(), the markup or a script', async () => {
  const css = ':root{--a:1px;--b:2px;--c:3px;--d:4px}.x{width:var(--a)}';
  expect(await usedCss([css], page('<p class="x" data-v="--c"></p>'), ['getPropertyValue("--d")'])).toBe(':root{--a:1px;--c:3px;--d:4px}.x{width:var(--a)}');
});

test('keeps a rule for the reader\'s focus or hover that no markup names (the focus ring)', async () => {
  expect(await usedCss([':focus-visible{outline:3px solid}:hover{a:1}.x{b:2}'], page(''))).toBe(':focus-visible{outline:3px solid}:hover{a:1}');
});
