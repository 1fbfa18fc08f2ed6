import { SIGNATURE, subscriptionFooter, type MailContent } from './mail-footer.template.js';
import type { Recipient } from './session-notice.template.js';

/** A new series as its announcement tells it (public facts, formatted in Dutch). */
export type SeriesFacts = {
  title: string;
  description: string;
  /** 'elke eerste maandag van de maand, 13.00–14.00 uur' */
  recurrence: string;
  firstDates: readonly string[];
  pageUrl: string;
  linkOnRequest: boolean;
};

/** A new edition of the inspiration week as its announcement tells it. */
export type EditionFacts = {
  title: string;
  motto: string;
  /** '7–11 november 2022' */
  dates: string;
  location: string;
  pageUrl: string;
};

/**
 * The announcement of a new series to those who follow one of its themes (or its movement).
 *
 * @example seriesAnnouncementMail(facts, recipient).subject // 'Nieuwe reeks: Jamsessies …'
 */
export function seriesAnnouncementMail(facts: SeriesFacts, recipient: Recipient): MailContent {
  return {
    subject: `Nieuwe reeks: ${facts.title}`,
    text: [
      'Hallo,',
      '',
      `Er is een nieuwe reeks sessies: ${facts.title}.`,
      ...(facts.description.trim() ? ['', facts.description.trim()] : []),
      '',
      `Wanneer: ${facts.recurrence} (Nederlandse tijd).`,
      ...(facts.firstDates.length > 0
        ? ['De eerste data:', ...facts.firstDates.map((d) => `- ${d}`)]
        : []),
      '',
      ...(facts.linkOnRequest
        ? [
            'Er is één vaste link voor alle sessies van de reeks; vraag hem aan op de agenda. Je ontvangt hem per e-mail als je organisatie deelneemt of als je lid bent van LOC Waardevolle zorg.',
          ]
        : []),
      `Alle data: ${facts.pageUrl}`,
      '',
      SIGNATURE,
      '',
      subscriptionFooter(recipient.target, recipient.unsubscribeLink),
    ].join('\n'),
  };
}

/**
 * The announcement of a new edition of the Week van de Radicale vernieuwing.
 *
 * @example editionAnnouncementMail(facts, recipient).subject // 'Week van de Radicale vernieuwing 2022: 7–11 november 2022'
 */
export function editionAnnouncementMail(facts: EditionFacts, recipient: Recipient): MailContent {
  return {
    subject: `${facts.title}: ${facts.dates}`,
    text: [
      'Hallo,',
      '',
      `De volgende ${facts.title} is van ${facts.dates}, ${facts.location}.`,
      ...(facts.motto.trim() ? [`Het thema: ${facts.motto.trim()}`] : []),
      '',
      `Het programma vind je op ${facts.pageUrl}`,
      '',
      SIGNATURE,
      '',
      subscriptionFooter(recipient.target, recipient.unsubscribeLink),
    ].join('\n'),
  };
}
