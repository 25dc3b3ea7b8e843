/** Han characters (漢字) in a text: how Chinese stories are measured, and what English prose may carry only in a marked name. */
export const HAN = /\p{Script=Han}/gu;

/** How many Han characters a text has. */
export const hanCount = (text: string): number => (text.match(HAN) ?? []).length;
