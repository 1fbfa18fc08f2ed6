import { DEFAULT_LINK_LEAD_DAYS, formatDate } from '@jamsessie/domain';

/**
 * The Dutch texts of the sections "Mijn persoonlijke agenda", "Contactgegevens delen" and
 * "Nadien" on the participant's own page, part of `texts`.
 */
export const myPersonalTexts = {
  feedTitle: 'Mijn persoonlijke agenda',
  feedIntro: `Een agenda-adres alleen voor jou, voor je agenda-app. Werk je bij een deelnemende organisatie of ben je lid van het LOC, dan staat de link om mee te doen erin, vanaf ${DEFAULT_LINK_LEAD_DAYS} dagen voor elke sessie. Voor ieder ander zijn het de gewone openbare afspraken.`,
  feedNone: 'Je hebt nog geen persoonlijke agenda.',
  feedSince: (at: string) => `Je persoonlijke agenda bestaat sinds ${formatDate(at)}.`,
  feedCreate: 'Maak mijn persoonlijke agenda',
  feedRenew: 'Maak een nieuw adres',
  feedRenewHint:
    'Adres kwijt of gedeeld met iemand anders? Met een nieuw adres werkt het oude niet meer.',
  feedRevoke: 'Adres intrekken',
  feedRevoked: 'Je persoonlijke agenda is ingetrokken: het adres werkt niet meer.',
  feedUrlLabel: 'Het adres van je persoonlijke agenda',
  feedUrlHint:
    'Bewaar dit adres nu: we laten het maar één keer zien. Voeg het in je agenda-app toe als agenda-abonnement (bijvoorbeeld "Agenda toevoegen" en dan "Abonneren vanaf internet"). Deel het met niemand.',
  contactsTitle: 'Contactgegevens delen',
  contactsIntro:
    'Na een sessie waarbij je was, kies je zelf of je je e-mailadres deelt met de anderen die dat ook doen. Alleen wie het hier zelf bevestigt, krijgt de contactlijst en staat erin.',
  contactsNone: 'Er zijn nog geen sessies waarbij je aanwezig was.',
  contactsSession: (title: string, at: string) => `${title}, ${formatDate(at)}`,
  contactsNow: (shares: boolean | null, confirmed: boolean) =>
    shares === null
      ? 'Je hebt nog niet gekozen.'
      : confirmed
        ? shares
          ? 'Je deelt je e-mailadres (door jou bevestigd).'
          : 'Je deelt je e-mailadres niet.'
        : shares
          ? 'De coördinator noteerde dat je wilt delen. Bevestig dat hieronder; tot dan deel je niets.'
          : 'De coördinator noteerde dat je niet wilt delen.',
  contactsYes: 'Ja, ik deel mijn e-mailadres',
  contactsNo: 'Nee, ik deel het niet',
  contactsSaved: 'Je keuze is opgeslagen.',
} as const;
