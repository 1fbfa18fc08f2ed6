import { subscriptionPromises } from '@jamsessie/domain';

/**
 * How the unsubscribe line of every subscription mail starts. The one-click
 * `List-Unsubscribe` header does not read it: the outbox row carries the link itself
 * (`unsubscribeUrl`, see `list-unsubscribe.ts`), so this line is for people only.
 */
export const UNSUBSCRIBE_LINE_PREFIX = 'Afmelden: ';

/** The signature under every message. */
export const SIGNATURE = 'De coördinatoren van Radicale vernieuwing';

/** A composed message: subject and plain text. */
export type MailContent = { subject: string; text: string };

/** What someone follows, as the Dutch words a sentence needs. */
export type TargetDescription = {
  /** 'het thema ‘Open deuren’', 'de reeks ‘Jamsessies …’', 'de Week van de Radicale vernieuwing' */
  phrase: string;
  /** What its followers receive ('een bericht zodra …'), as the sign-up form promised it. */
  promise: string;
};

/**
 * The target of a subscription in Dutch, for "je bent aangemeld voor …".
 *
 * @example describeTarget('theme', 'Open deuren').phrase // 'het thema ‘Open deuren’'
 */
export function describeTarget(
  kind: 'series' | 'theme' | 'week' | 'movement' | 'newsletter',
  name: string | null,
): TargetDescription {
  switch (kind) {
    case 'theme':
      return { phrase: `het thema ‘${name ?? ''}’`, promise: subscriptionPromises.theme };
    case 'series':
      return { phrase: `de reeks ‘${name ?? ''}’`, promise: subscriptionPromises.series };
    case 'movement':
      return { phrase: `de beweging ${name ?? ''}`, promise: subscriptionPromises.series };
    case 'week':
      return { phrase: 'de Week van de Radicale vernieuwing', promise: subscriptionPromises.week };
    case 'newsletter':
      return { phrase: 'de nieuwsbrief', promise: 'de nieuwsbrief' };
  }
}

/**
 * The closing lines of a subscription mail: why it came and the one-click way out.
 *
 * @example subscriptionFooter(target, url) // '--\nJe ontvangt dit bericht omdat …\nAfmelden: https://…'
 */
export function subscriptionFooter(target: TargetDescription, unsubscribeLink: string): string {
  return [
    '--',
    `Je ontvangt dit bericht omdat je je hebt aangemeld voor berichten over ${target.phrase}.`,
    'Geen berichten meer? Met deze link meld je je direct af:',
    `${UNSUBSCRIBE_LINE_PREFIX}${unsubscribeLink}`,
  ].join('\n');
}
