/** Money is integer cents (分) everywhere; the receipt's 大写 comes from `amountInWords` (registers). */

/** One priced line: the price list's unit price times the quantity, rounded to the cent. */
export const lineAmountCents = (unitPriceCents: number, quantity: number) =>
  Math.round(unitPriceCents * quantity);

/** S1 / DOMAIN.md §4: a paid service's fee is the sum of its price-list lines, nothing else. */
export const feeFromItems = (items: readonly { unitPriceCents: number; quantity: number }[]) =>
  items.reduce((sum, i) => sum + lineAmountCents(i.unitPriceCents, i.quantity), 0);
