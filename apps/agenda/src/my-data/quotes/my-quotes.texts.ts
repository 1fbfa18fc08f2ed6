import { PARTICIPANT_TIMINGS } from '@jamsessie/domain';

/**
 * The Dutch texts of "Citaten en reacties" on the participant's page and of the consent link
 * from the coordinators' mail, part of `texts`.
 */
export const myQuotesTexts = {
  title: 'Citaten en reacties',
  lead: 'Wat je zei of schreef komt alleen in een verslag met jouw toestemming, voor precies deze tekst en zonder je naam. Wordt de tekst veranderd, dan vragen we het opnieuw. Je kunt je toestemming altijd intrekken: het verslag blijft dan staan, zonder jouw tekst.',
  none: 'Geen enkel verslag gebruikt (nog) iets van jou.',
  report: (title: string, published: boolean) =>
    `Verslag: ${title}${published ? '' : ' (nog niet gepubliceerd)'}`,
  status: (label: string) => `Status: ${label}`,
  decided: (how: string) => `Laatste keuze: ${how}`,
  give: 'Toestemming geven',
  refuse: 'Toestemming weigeren',
  withdraw: 'Toestemming intrekken',
  given: 'Je toestemming is vastgelegd, voor precies deze tekst.',
  refused: 'Je keuze is vastgelegd: het verslag gebruikt deze tekst niet.',
  withdrawn: 'Je toestemming is ingetrokken: de tekst staat niet meer in het verslag.',
  linkTitle: 'Mag het verslag deze tekst gebruiken?',
  linkLead: (report: string) =>
    `De coördinatoren willen deze tekst opnemen in het verslag „${report}”, zonder je naam.`,
  linkHint: `Je keuze geldt voor precies deze tekst. Deze link werkt één keer en ${PARTICIPANT_TIMINGS.consentLinkValidDays} dagen lang; daarna kies je op deze pagina, onder Citaten en reacties.`,
  linkDone: (label: string) => `Dank je wel. Vastgelegd: ${label}. Hieronder zie je al je teksten.`,
  loadingLink: 'De tekst wordt geladen…',
};
