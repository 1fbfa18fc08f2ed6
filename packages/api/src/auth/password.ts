import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). The algorithm is left at the
 * library's default, Argon2id (its `Algorithm` is a const enum that `verbatimModuleSyntax`
 * cannot import); a unit test checks the `$argon2id$` prefix.
 */
const options = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Hashes a password with argon2id; the result (PHC string) carries its own salt and options.
 *
 * @example const stored = await hashPassword('een lang wachtwoord');
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With `storedHash` null (unknown address) it still
 * verifies against a dummy hash, so both cases take the same time and a login cannot reveal
 * which addresses have an account.
 *
 * @example if (!(await verifyPassword(row?.passwordHash ?? null, input.password))) refuse();
 */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashPassword('niet-bestaand-account');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
