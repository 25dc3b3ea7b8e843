/** A standalone SVG as its snapshot stores it: one element per line, so a change reads as a diff. */
export function snapshotSvg(svg: string): string {
  return svg.replace(/></g, '>\n<');
}
