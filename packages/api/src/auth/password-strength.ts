import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { z } from 'zod';
import { toTRPCError } from '../errors.js';

/**
 * The password rule, in one place: at least 12 characters (and at most 200, for the cost of
 * hashing) and hard to guess by zxcvbn's estimate (score 3 of 4: more than 10^8 guesses),
 * with Dutch and English dictionaries and the person's own name and address counted as known.
 */
export const PASSWORD_RULE = { minLength: 12, maxLength: 200, minScore: 3 } as const;

/** A new password as a form sends it: the length part of {@link PASSWORD_RULE}. */
export const NewPassword = z
  .string({ error: 'Vul een wachtwoord in.' })
  .min(PASSWORD_RULE.minLength, {
    error: `Kies een wachtwoord van minstens ${PASSWORD_RULE.minLength} tekens.`,
  })
  .max(PASSWORD_RULE.maxLength, {
    error: `Gebruik hoogstens ${PASSWORD_RULE.maxLength} tekens.`,
  });

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries take a moment and memory the public side never needs. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: nl.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...nl.dictionary },
  });
  return estimator;
}

/**
 * Why a password is too weak, in Dutch, or null when it is strong enough. `knownToOthers` are
 * words about the person (address, name) that make a password easier to guess.
 *
 * @example passwordWeakness('aaaaaaaaaaaa', []) // 'Dit wachtwoord is te makkelijk te raden. …'
 */
export function passwordWeakness(
  password: string,
  knownToOthers: readonly string[],
): string | null {
  if (password.length < PASSWORD_RULE.minLength) {
    return `Kies een wachtwoord van minstens ${PASSWORD_RULE.minLength} tekens.`;
  }
  const userInputs = knownToOthers.flatMap((value) => value.toLowerCase().split(/[^\p{L}\d]+/u));
  const result = zxcvbn().check(password.slice(0, PASSWORD_RULE.maxLength), userInputs);
  if (result.score >= PASSWORD_RULE.minScore) return null;
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter(
    (hint): hint is string => typeof hint === 'string' && hint.length > 0,
  );
  return [
    'Dit wachtwoord is te makkelijk te raden.',
    ...hints,
    'Tip: kies een zin van vier of meer gewone woorden.',
  ].join(' ');
}

/**
 * Refuses a weak password with BAD_REQUEST (domain code 'PASSWORD.TOO_WEAK', Dutch message).
 *
 * @example assertStrongPassword(input.newPassword, [user.email, user.displayName]);
 */
export function assertStrongPassword(password: string, knownToOthers: readonly string[]): void {
  const weakness = passwordWeakness(password, knownToOthers);
  if (weakness !== null) throw toTRPCError({ code: 'PASSWORD.TOO_WEAK', message: weakness });
}
