import { authTexts, accountsTexts } from './accounts';
import { dashboardTexts } from './dashboard';
import { embedTexts } from './embed';
import { inventoryTexts } from './inventory';
import { siteTexts, commonTexts } from './layout';
import { cueTexts, liveTexts, shareTexts } from './live';
import { organisationsTexts } from './organisations';
import { passwordTexts } from './password';
import { peopleTexts, contactsTexts } from './people';
import { planTexts } from './plan';
import { reportTexts } from './report';
import { sessionsTexts } from './sessions';
import { weekTexts } from './week';

/**
 * Every Dutch text of the coordinators' app, one module per area, so tone and wording stay
 * consistent and a copy editor has one folder to read. Texts with values are small functions.
 */
export const texts = {
  site: siteTexts,
  common: commonTexts,
  auth: authTexts,
  password: passwordTexts,
  live: liveTexts,
  plan: planTexts,
  sessions: sessionsTexts,
  inventory: inventoryTexts,
  report: reportTexts,
  dashboard: dashboardTexts,
  week: weekTexts,
  organisations: organisationsTexts,
  people: peopleTexts,
  accounts: accountsTexts,
  contacts: contactsTexts,
  share: shareTexts,
  cue: cueTexts,
  embed: embedTexts,
} as const;
