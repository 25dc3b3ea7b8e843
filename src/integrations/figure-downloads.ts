/**
 * Astro integration, registered in astro.config.mjs. Before the build (and the dev server) it
 * writes src/styles/tokens.css from the theme tokens in src/lib/theme.ts, so a palette edit there
 * reaches the pages as well as the downloads; it has Vite write the layout numbers of
 * src/lib/layout.ts into every style sheet as literals (the sheets say var(--figure-title-size));
 * and it reads content/reading-path.yaml once, so that a
 * mistake in it stops the build with one message. It does nothing after the build: pages print
 * download sizes from the files' bytes as they render
 * (src/components/figure/download-files.ts) and embed pages write their own styles and scripts
 * (src/layouts/EmbedLayout.astro).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { withLayoutValues } from '../lib/layout';
import { themeCss } from '../lib/theme';
import { readPath } from '../lib/reading-path';

/** Where the generated tokens live, from the project root. */
export const TOKENS_CSS = 'src/styles/tokens.css';

/** Writes tokens.css from the theme when it differs; returns whether it wrote. */
export function writeTokensCss(root: string): boolean {
  const file = join(root, TOKENS_CSS);
  const css = themeCss();
  if (existsSync(file) && readFileSync(file, 'utf8') === css) return false;
  writeFileSync(file, css);
  return true;
}

/** A style sheet as Vite transforms it: a .css file or an Astro component's <style> (not a ?raw import, which is text). */
const STYLE_ID = /\.css(?:$|\?(?!(?:.*&)?raw\b))/;

/** The Vite plugin that writes the layout numbers into the style sheets before Vite's CSS pipeline reads them. */
export function layoutValues(): Plugin {
  return {
    name: 'layout-values',
    enforce: 'pre',
    transform(code, id) {
      return STYLE_ID.test(id) ? { code: withLayoutValues(code), map: null } : undefined;
    },
  };
}

/** The integration: theme tokens and the reading path checked before `astro build` or `astro dev`. */
export default function figureDownloads(): AstroIntegration {
  return {
    name: 'figure-downloads',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        // Pages read content/reading-path.yaml as they render, where Astro prints an error three
        // times: a mistake in the file itself (YAML, no "start:" list) stops the build here, once.
        readPath(fileURLToPath(config.root));
        if (writeTokensCss(fileURLToPath(config.root))) logger.info(`${TOKENS_CSS} written from src/lib/theme.ts`);
        updateConfig({ vite: { plugins: [layoutValues()] } });
      },
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('figure downloads: astro.config.mjs needs `site` (the absolute URL printed on images and in embed codes)');
      },
    },
  };
}
