/**
 * The words around a figure in its standalone SVG/PNG, from its scene, so the image says what the
 * page frame says: headline, dek, notes, the source line, and the site's name and address, in the
 * scene's language (pass the language of the data the scene was made from). The image is plain
 * text: {zh:…} marks become their Chinese (src/lib/i18n/zh-marks.ts).
 */
import type { Scene } from '../figures/scene';
import type { Lang } from '../i18n/lang';
import { plainText } from '../i18n/zh-marks';
import { SITE_NAME } from '../site';
import { wordingOf } from '../wording';
import type { DownloadTexts } from './standalone';

export { SITE_NAME };

/**
 * Headline, dek, notes, source line and credit for a figure's standalone SVG/PNG:
 * `downloadTexts(sceneOf(figure, data), siteRoot, langOf(data))`; Chinese by default.
 */
export function downloadTexts(scene: Scene, siteRoot: string, lang: Lang = 'zh'): DownloadTexts {
  const { figure } = scene;
  return {
    lang,
    title: plainText(figure.title),
    dek: plainText(figure.dek),
    notes: figure.notes.map(plainText),
    source: plainText(scene.sourceLine),
    credit: `${lang === 'zh' ? SITE_NAME : wordingOf(lang).site.name} · ${siteRoot.replace(/^https?:\/\//, '').replace(/\/$/, '')}`,
  };
}
