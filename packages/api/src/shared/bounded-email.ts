import { Email } from '@jamsessie/domain';
import { z } from 'zod';

/** The longest address SMTP allows (RFC 5321: 254 characters in a path). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * The domain's `Email`, refused above {@link MAX_EMAIL_LENGTH} characters before it is
 * parsed: the domain schema itself has no upper bound, and public forms must not accept a
 * 10 000-character address.
 *
 * @example BoundedEmail.parse(' Iemand@Zorg.NL ') // 'iemand@zorg.nl'
 */
export const BoundedEmail = z
  .string({ error: 'Vul een e-mailadres in.' })
  .max(MAX_EMAIL_LENGTH, { error: `Een e-mailadres is hoogstens ${MAX_EMAIL_LENGTH} tekens.` })
  .pipe(Email);
