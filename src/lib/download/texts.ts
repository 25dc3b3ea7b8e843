/**
 * The words around a figure in its standalone SVG/PNG, from its scene, so the image says what the
 * page frame says: headline, dek, notes, the source line, and the site's name and address.
 */
import type { Scene } from '../figures/scene';
import { SITE_NAME } from '../site';
import type { DownloadTexts } from './standalone';

export { SITE_NAME };

/** Headline, dek, notes, source line and credit for a figure's standalone SVG/PNG. */
export function downloadTexts(scene: Scene, siteRoot: string): DownloadTexts {
  const { figure } = scene;
  return {
    title: figure.title,
    dek: figure.dek,
    notes: figure.notes,
    source: scene.sourceLine,
    credit: `${SITE_NAME} · ${siteRoot.replace(/^https?:\/\//, '').replace(/\/$/, '')}`,
  };
}
