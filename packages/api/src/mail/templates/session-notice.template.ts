import {
  SIGNATURE,
  subscriptionFooter,
  type MailContent,
  type TargetDescription,
} from './mail-footer.template.js';

/** A session as a notice tells it: public facts only, already formatted in Dutch. */
export type SessionFacts = {
  title: string;
  /** 'maandag 7 april 2025, 13.00–14.00 uur' (Amsterdam time) */
  when: string;
  /** 'maandag 7 april 2025' */
  date: string;
  where: string;
  themes: readonly string[];
  /** The public description (the link already redacted). */
  description: string;
  pageUrl: string;
  /** Whether a meeting link can be asked for on the page. */
  linkOnRequest: boolean;
  cancellationReason: string | null;
};

/** Who the mail goes to and how they leave. */
export type Recipient = { target: TargetDescription; unsubscribeLink: string };

function themeLine(facts: SessionFacts): string[] {
  if (facts.themes.length === 0) return [];
  return [`${facts.themes.length > 1 ? 'Thema’s' : 'Thema'}: ${facts.themes.join(', ')}`];
}

/**
 * The reminder a few days before a session. It says how to ask for the meeting link, and
 * never contains the link itself (subscribers are not checked for eligibility).
 *
 * @example reminderMail(facts, recipient).subject // 'Herinnering: Jamsessie op maandag 7 april 2025'
 */
export function reminderMail(facts: SessionFacts, recipient: Recipient): MailContent {
  const join = facts.linkOnRequest
    ? [
        'Meedoen? Er is één vaste link voor alle Jamsessies. Heb je hem nog niet, vraag hem dan aan op de pagina van de sessie; je ontvangt hem per e-mail als je organisatie deelneemt of als je lid bent van LOC Waardevolle zorg.',
      ]
    : [];
  return {
    subject: `Herinnering: ${facts.title} op ${facts.date}`,
    text: [
      'Hallo,',
      '',
      'Binnenkort is er weer een sessie waarvoor je je hebt aangemeld:',
      '',
      facts.title,
      `${facts.when} (Nederlandse tijd), ${facts.where}`,
      ...themeLine(facts),
      '',
      ...(facts.description.trim() ? [facts.description.trim(), ''] : []),
      ...join,
      `Alles over deze sessie: ${facts.pageUrl}`,
      `Heb je een vraag of dilemma uit je eigen praktijk? Stuur hem vooraf in: ${facts.pageUrl}/dilemma`,
      '',
      'Tot dan!',
      SIGNATURE,
      '',
      subscriptionFooter(recipient.target, recipient.unsubscribeLink),
    ].join('\n'),
  };
}

/**
 * The notice that a session does not take place, with the reason when one was given and
 * the next date of the series when there is one.
 *
 * @example cancellationMail(facts, recipient, 'maandag 5 mei 2025, 13.00–14.00 uur').subject // 'Gaat niet door: …'
 */
export function cancellationMail(
  facts: SessionFacts,
  recipient: Recipient,
  next: { when: string; pageUrl: string } | null,
): MailContent {
  return {
    subject: `Gaat niet door: ${facts.title} op ${facts.date}`,
    text: [
      'Hallo,',
      '',
      `De sessie ‘${facts.title}’ van ${facts.when} gaat niet door.`,
      ...(facts.cancellationReason ? [`Reden: ${facts.cancellationReason}`] : []),
      '',
      ...(next
        ? [`De volgende sessie is op ${next.when} (Nederlandse tijd): ${next.pageUrl}`, '']
        : []),
      'Excuses voor het ongemak.',
      SIGNATURE,
      '',
      subscriptionFooter(recipient.target, recipient.unsubscribeLink),
    ].join('\n'),
  };
}
