/** A piece of SVG text, positioned: x, baseline y and anchor. */
export interface PlacedText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** Font size in SVG units, where it differs from the SVG's own. */
  size?: number;
}

/** An SVG rectangle. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
