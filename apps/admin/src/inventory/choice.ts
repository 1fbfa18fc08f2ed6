/** A dilemma as the choice needs it. */
export type Choosable = { id: string; version: number; status: string; position: number | null };

/**
 * The chosen ids in their stored order: the dilemmas with status 'chosen', and those already
 * 'discussed' (they were chosen; the choice of a past session is not "nothing"), by position.
 *
 * @example chosenOrder(dilemmas) // [b, a]
 */
export function chosenOrder(dilemmas: readonly Choosable[]): string[] {
  return dilemmas
    .filter((d) => d.status === 'chosen' || d.status === 'discussed')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .map((d) => d.id);
}

/**
 * Adds an id at the end of the choice, or takes it out.
 *
 * @example toggleChoice([a], b) // [a, b]
 */
export function toggleChoice(order: readonly string[], id: string): string[] {
  return order.includes(id) ? order.filter((x) => x !== id) : [...order, id];
}

/**
 * Moves a chosen id one place earlier (-1) or later (+1); at the edge nothing changes.
 *
 * @example moveChoice([a, b, c], c, -1) // [a, c, b]
 */
export function moveChoice(order: readonly string[], id: string, delta: -1 | 1): string[] {
  const index = order.indexOf(id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  next[index] = next[target] as string;
  next[target] = id;
  return next;
}

/**
 * The body of `admin.dilemmas.choose`: the choice in order, and the dilemmas that were chosen
 * before but no longer are, each with the version the coordinator saw.
 *
 * @example chooseInput(sessionId, dilemmas, [b, a]).chosen // [{ id: b, version }, { id: a, version }]
 */
export function chooseInput(
  sessionId: string,
  dilemmas: readonly Choosable[],
  order: readonly string[],
) {
  const byId = new Map(dilemmas.map((d) => [d.id, d]));
  const ref = (d: Choosable) => ({ id: d.id, version: d.version });
  return {
    sessionId,
    chosen: order.flatMap((id) => {
      const d = byId.get(id);
      return d ? [ref(d)] : [];
    }),
    release: dilemmas.filter((d) => d.status === 'chosen' && !order.includes(d.id)).map(ref),
  };
}

/**
 * Whether the choice differs from what is stored (so "save" is needed).
 *
 * @example isChoiceChanged(dilemmas, chosenOrder(dilemmas)) // false
 */
export function isChoiceChanged(dilemmas: readonly Choosable[], order: readonly string[]): boolean {
  const stored = chosenOrder(dilemmas);
  return stored.length !== order.length || stored.some((id, i) => order[i] !== id);
}
