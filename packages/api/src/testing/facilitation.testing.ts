import { demoId } from '@jamsessie/db';

/** 12.50 in Amsterdam on 5 May 2025: ten minutes before the May session, when its run opens. */
export const BEFORE_MAY_SESSION = '2025-05-05T10:50:00.000Z';

/** Sanne Willems in the demo data, the owner of the private dilemma. */
export const SANNE = demoId('person:sanne');

/** A dilemma its owner keeps private: its text may reach neither the participants nor a report. */
export const PRIVATE_TEXT =
  'Een bewoner wil elke avond naar de bakker op de hoek; hoe regelen we dat samen met de familie?';
