import type { Dilemma } from '@jamsessie/domain';
import { demoId } from './demo-ids.js';
import { personId } from './demo-people.js';
import { sessionId } from './demo-series.js';

/** The id of the 3 March 2025 session (the one written up in the report). */
export const MARCH_SESSION_ID = sessionId('2025-03-03');
/** The id of the 7 April 2025 session. */
export const APRIL_SESSION_ID = sessionId('2025-04-07');

/** Ids of the three dilemmas of 3 March and the private one brought in for 7 April. */
export const DILEMMA_IDS = {
  pickingUp: demoId('dilemma:2025-03-03:bewoners-ophalen'),
  informalCarers: demoId('dilemma:2025-03-03:weerstand-mantelzorgers'),
  publicOpinion: demoId('dilemma:2025-03-03:publieke-opinie'),
  privateApril: demoId('dilemma:2025-04-07:prive'),
} as const;

/**
 * A text that appears only in the private 7 April dilemma: tests search every public output
 * (agenda, reports, API, ICS) for it and must never find it.
 */
export const DEMO_PRIVATE_DILEMMA_MARKER = 'Vertrouwelijke demo-inbreng 7 april';

/**
 * The three dilemmas inventoried and discussed on 3 March 2025 (paraphrased from the report;
 * owners have invented first names), and a private dilemma brought in before 7 April.
 */
export function demoDilemmas(): Dilemma[] {
  return [
    {
      id: DILEMMA_IDS.pickingUp,
      sessionId: MARCH_SESSION_ID,
      ownerId: personId('sanne'),
      ownerName: 'Sanne',
      text: 'Nu het weer mooier wordt, gaan bewoners vaker op pad, ook buiten het hek. Hoe regelen jullie het om bewoners weer op te halen als dat nodig is: doet de zorgorganisatie dat, of wordt familie ingeschakeld? Een paar weken geleden waren er binnen twee uur drie bewoners weg.',
      followUpQuestions: [
        'Kun je dat wel doen met (te) weinig menskracht?',
        'Als er geen gps is, welke alternatieven kun je een bewoner dan aanbieden?',
      ],
      kop: 'Bewoners ophalen buiten het hek',
      status: 'discussed',
      consent: 'quotable',
      position: 0,
      submittedAt: '2025-03-03T12:04:00.000Z',
      version: 1,
    },
    {
      id: DILEMMA_IDS.informalCarers,
      sessionId: MARCH_SESSION_ID,
      ownerId: personId('jeroen'),
      ownerName: 'Jeroen',
      text: 'Hoe gaan jullie om met weerstand van mantelzorgers wanneer de deuren opengaan?',
      followUpQuestions: [],
      kop: 'Weerstand van mantelzorgers bij open deuren',
      status: 'discussed',
      consent: 'shareable_anonymised',
      position: 1,
      submittedAt: '2025-03-03T12:05:00.000Z',
      version: 1,
    },
    {
      id: DILEMMA_IDS.publicOpinion,
      sessionId: MARCH_SESSION_ID,
      ownerId: personId('ilse'),
      ownerName: 'Ilse',
      text: 'Hoe ga je om met de publieke opinie? Een meneer loopt graag elke dag buiten hetzelfde rondje. Hij gaat achteruit; in het dorp wordt dat gezien en daar wordt negatief over geoordeeld.',
      followUpQuestions: [],
      kop: 'De publieke opinie in het dorp',
      status: 'discussed',
      consent: 'shareable_anonymised',
      position: 2,
      submittedAt: '2025-03-03T12:06:00.000Z',
      version: 1,
    },
    {
      id: DILEMMA_IDS.privateApril,
      sessionId: APRIL_SESSION_ID,
      ownerId: personId('noor'),
      ownerName: 'Noor',
      text: `${DEMO_PRIVATE_DILEMMA_MARKER}: iemand die thuis woont wil 's avonds graag alleen een ommetje maken, en de familie vraagt ons de voordeur 's nachts op slot te doen. Hoe voeren we dat gesprek, met de Wet zorg en dwang in gedachten?`,
      followUpQuestions: ['Wie beslist er als familie en zorgverleners het oneens zijn?'],
      kop: null,
      status: 'inventoried',
      consent: 'private',
      position: null,
      submittedAt: '2025-03-31T08:30:00.000Z',
      version: 1,
    },
  ];
}
