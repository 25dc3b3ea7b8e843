import { textWidth, wrapText } from '../text';

/** A label on one axis: where its anchor wants to be, how wide it is, and how it is anchored. */
export interface LabelSpan {
  x: number;
  width: number;
  anchor?: 'start' | 'middle' | 'end';
}

export interface DodgeOptions {
  /** Leftmost coordinate a label may reach. */
  min?: number;
  /** Rightmost coordinate a label may reach. */
  max?: number;
  /** Space kept between neighbouring labels. */
  gap?: number;
}

const SHIFT = { start: 0, middle: 0.5, end: 1 } as const;

interface Group {
  members: number[];
  /** Sum over members of (desired start − offset inside the group). */
  wanted: number;
  width: number;
  start: number;
}

/**
 * Moves labels along one axis so that none overlap (keeping `gap` between neighbours) and all stay
 * within [min, max], keeping their order. Overlapping labels are merged into a block centred on
 * where its labels want to be (the least-squares placement), then clamped to the bounds. Returns
 * each label's new anchor position, in input order. Throws when the labels cannot fit at all.
 */
export function dodge(labels: readonly LabelSpan[], { min = -Infinity, max = Infinity, gap = 0 }: DodgeOptions = {}): number[] {
  const starts = labels.map((label) => {
    if (!Number.isFinite(label.x) || !Number.isFinite(label.width) || label.width < 0) {
      throw new Error(`dodge: expected a finite position and width, got x=${label.x}, width=${label.width}`);
    }
    return label.x - label.width * SHIFT[label.anchor ?? 'middle'];
  });
  const total = labels.reduce((sum, label) => sum + label.width, 0) + gap * Math.max(0, labels.length - 1);
  if (total > max - min) throw new Error(`dodge: labels need ${total} units but only ${max - min} are available`);

  const order = labels.map((_, index) => index).sort((a, b) => starts[a]! - starts[b]! || a - b);
  const clamp = (group: Group) => {
    group.start = Math.min(Math.max(group.wanted / group.members.length, min), max - group.width);
  };
  const stack: Group[] = [];
  for (const index of order) {
    const group: Group = { members: [index], wanted: starts[index]!, width: labels[index]!.width, start: 0 };
    clamp(group);
    stack.push(group);
    while (stack.length > 1) {
      const right = stack[stack.length - 1]!;
      const left = stack[stack.length - 2]!;
      if (left.start + left.width + gap <= right.start) break;
      const offset = left.width + gap;
      left.wanted += right.wanted - offset * right.members.length;
      left.members.push(...right.members);
      left.width += gap + right.width;
      clamp(left);
      stack.pop();
    }
  }

  const placed = new Array<number>(labels.length);
  for (const group of stack) {
    let cursor = group.start;
    for (const index of group.members) {
      const label = labels[index]!;
      placed[index] = cursor + label.width * SHIFT[label.anchor ?? 'middle'];
      cursor += label.width + gap;
    }
  }
  return placed;
}

/**
 * `text` broken into lines no wider than `maxWidth` (wrapText's rules: Chinese between any two
 * characters, Latin words and numbers whole), and then any line still too wide, such as one long
 * Latin word or number, cut between characters: a label never runs past its column.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  return wrapText(text, maxWidth, fontSize).flatMap((line) => {
    if (textWidth(line, fontSize) <= maxWidth) return [line];
    const pieces: string[] = [];
    let piece = '';
    for (const char of line) {
      if (piece !== '' && textWidth(piece + char, fontSize) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    if (piece !== '') pieces.push(piece);
    return pieces;
  });
}
