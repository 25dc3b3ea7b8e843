import { expect, test } from 'vitest';
import { escapeMarkup } from '../../src/lib/escape';

test('escapeMarkup escapes the five markup characters and nothing else', () => {
  expect(escapeMarkup(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  expect(escapeMarkup('嘉兴“135N”集群 · 2,278.3')).toBe('嘉兴“135N”集群 · 2,278.3');
});
