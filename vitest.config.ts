/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: 'Asia/Shanghai' },
    // The downloads read the graphics' style sheets (?raw): give tests their text, not Vitest's empty stand-in.
    css: { include: [/src\/styles\/.+\.css/] },
  },
});
