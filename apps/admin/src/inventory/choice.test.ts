import { describe, expect, it } from 'vitest';
import {
  chooseInput,
  chosenOrder,
  isChoiceChanged,
  moveChoice,
  toggleChoice,
  type Choosable,
} from './choice';

const d = (id: string, status: string, position: number | null, version = 1): Choosable => ({
  id,
  status,
  position,
  version,
});

describe('the choice of dilemmas', () => {
  const dilemmas = [d('a', 'chosen', 1, 3), d('b', 'chosen', 0, 2), d('c', 'inventoried', null)];

  it('reads the stored order from the positions', () => {
    expect(chosenOrder(dilemmas)).toEqual(['b', 'a']);
  });

  it('keeps the discussed ones of a past session in the choice, in their order', () => {
    const past = [d('a', 'discussed', 1), d('b', 'discussed', 0), d('c', 'parked', null)];
    expect(chosenOrder(past)).toEqual(['b', 'a']);
  });

  it('toggles and reorders', () => {
    expect(toggleChoice(['b', 'a'], 'c')).toEqual(['b', 'a', 'c']);
    expect(toggleChoice(['b', 'a'], 'b')).toEqual(['a']);
    expect(moveChoice(['b', 'a', 'c'], 'c', -1)).toEqual(['b', 'c', 'a']);
    expect(moveChoice(['b', 'a', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveChoice(['b', 'a'], 'x', 1)).toEqual(['b', 'a']);
  });

  it('sends the order and the released dilemmas with the versions seen', () => {
    expect(chooseInput('s', dilemmas, ['c', 'b'])).toEqual({
      sessionId: 's',
      chosen: [
        { id: 'c', version: 1 },
        { id: 'b', version: 2 },
      ],
      release: [{ id: 'a', version: 3 }],
    });
  });

  it('knows when the choice changed', () => {
    expect(isChoiceChanged(dilemmas, ['b', 'a'])).toBe(false);
    expect(isChoiceChanged(dilemmas, ['a', 'b'])).toBe(true);
    expect(isChoiceChanged(dilemmas, ['b'])).toBe(true);
  });
});
