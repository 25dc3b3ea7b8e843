const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for a text node or a quoted attribute value, in HTML and in XML alike (&#39; is
 * valid in both, unlike &apos; in HTML 4): the embed snippet and standalone SVG downloads use it.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}
