import type { Project } from '../data/schemas';

const TO_YI: Record<string, number> = { 亿元: 1, 万元: 1e-4 };

/**
 * A CNY amount in 亿元, for the length of a bar only (5,000万元 → 0.5): labels print the amount as
 * published. A USD amount throws: no source gives an exchange rate, so it has no place on a CNY scale.
 */
export function amountInYiYuan(amount: Project['amount']): number {
  const factor = TO_YI[amount.unit];
  if (amount.currency !== 'CNY' || factor === undefined) {
    throw new Error(`an amount in ${amount.unit} (${amount.currency}) cannot be drawn on a 亿元 scale: the sources give no exchange rate`);
  }
  return amount.value * factor;
}
