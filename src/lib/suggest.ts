/** "Did you mean …?" for a mistyped id: the closest known id, if it is close enough to be a typo. */

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known id nearest to `id`, when it differs by at most a third of its length (a typo, a
 * missing or extra word part), else undefined. Ties go to the first in `known`.
 */
export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(id.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(Math.max(id.length, best.length) / 3)) ? best : undefined;
}

/** " (did you mean "x"?)" or "" — to append to an unknown-id message. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const match = closest(id, known);
  return match !== undefined && match !== id ? ` (did you mean "${match}"?)` : '';
}

/** A known id and, where a message should show it (a county's, a zone's), its name. */
export interface Named {
  id: string;
  name?: string;
}

/** An id as a message shows it: "330402 (南湖区)", or the id alone. */
export function named({ id, name }: Named): string {
  return name ? `${id} (${name})` : id;
}

/** The known ids a message offers, each with its name: the first `max`, then "…". */
export function knownList(known: Named[], max = 12): string {
  const shown = known.slice(0, max).map(named).join(', ');
  return known.length > max ? `${shown}, …` : shown;
}

/**
 * didYouMean for ids with names: " (did you mean "330402", 南湖区?)" for an id one typo off a
 * known one, or for a name written where its id belongs: the name itself ("南湖区") or a part of
 * one name only ("南湖"; not "嘉兴", a part of several); "" otherwise.
 */
export function didYouMeanNamed(id: string, known: Named[]): string {
  const byId = closest(id, known.map((entry) => entry.id));
  const byName = known.filter(({ name }) => name !== undefined && (name === id || ([...id].length >= 2 && name.includes(id))));
  const match = known.find((entry) => entry.id === byId) ?? (byName.length === 1 ? byName[0] : known.find(({ name }) => name === id));
  if (!match || match.id === id) return '';
  return match.name ? ` (did you mean "${match.id}", ${match.name}?)` : ` (did you mean "${match.id}"?)`;
}
