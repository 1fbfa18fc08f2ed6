import type { Dilemma } from '../dilemma/dilemma.schema.js';
import { dilemmaTitle } from '../dilemma/dilemma.rules.js';
import type { DilemmaRef } from './protocol-state.schema.js';

/**
 * The run's reference to a dilemma: id, owner's name and a short title from the text.
 *
 * @example protocolEvent = { type: 'addDilemma', dilemma: dilemmaRefOf(dilemma) }
 */
export function dilemmaRefOf(dilemma: Dilemma): DilemmaRef {
  return {
    dilemmaId: dilemma.id,
    ownerName: dilemma.ownerName,
    title: dilemmaTitle(dilemma.text) || 'Vraag',
  };
}
