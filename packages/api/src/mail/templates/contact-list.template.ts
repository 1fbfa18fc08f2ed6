import type { ContactCard } from '@jamsessie/domain';
import { SIGNATURE, type MailContent } from './mail-footer.template.js';

function cardLine(card: ContactCard): string {
  const organisation = card.organisation ? ` (${card.organisation})` : '';
  const email = card.email ? ` — ${card.email}` : ' — geen e-mailadres bekend';
  return `- ${card.name}${organisation}${email}`;
}

/**
 * The contact list after a session: the other participants who, like the recipient, chose
 * to share their address. Only those; nobody else appears.
 *
 * @example contactListMail('Jamsessie', 'maandag 3 maart 2025', 'Fenna', cards).subject // 'Contactgegevens na de Jamsessie van maandag 3 maart 2025'
 */
export function contactListMail(
  sessionTitle: string,
  date: string,
  recipientName: string,
  contacts: readonly ContactCard[],
): MailContent {
  return {
    subject: `Contactgegevens na de ${sessionTitle} van ${date}`,
    text: [
      `Hallo ${recipientName},`,
      '',
      `Bij de ${sessionTitle} van ${date} gaf je aan dat je contact wilt houden met de andere deelnemers. Dit zijn de deelnemers die dat ook wilden:`,
      '',
      ...contacts.map(cardLine),
      '',
      'Zij hebben jouw naam en e-mailadres ook ontvangen. De opgedane contacten kun je ook ná de sessie benutten.',
      'Deze gegevens zijn alleen voor jou: stuur ze niet door en zet ze niet op een website.',
      '',
      'Wil je niet meer in zulke lijsten staan? Laat het de coördinatoren weten door op deze e-mail te antwoorden.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
