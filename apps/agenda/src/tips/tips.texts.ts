/**
 * The Dutch texts of the tips bank (`/tips`), part of the app's one `texts` object (split off
 * to keep that file small).
 */
export const tipsTexts = {
  title: 'Tips uit de Jamsessies',
  intro:
    'Wat deelnemers elkaar meegaven: de tips en inzichten uit de verslagen, elk met het verslag waar ze uit komen. Zoek op een woord of kies een thema of trefwoord.',
  search: 'Zoek in de tips',
  count: (n: number) => (n === 0 ? 'Geen tips gevonden' : n === 1 ? '1 tip' : `${n} tips`),
  empty: 'Geen tips gevonden. Probeer een ander woord of wis de filters.',
  fromReport: 'Uit het verslag',
  question: 'Bij de vraag',
  sessionOf: (date: string) => `Jamsessie van ${date}`,
  feed: 'Nieuwe tips (RSS)',
  allTips: 'Alle tips uit de Jamsessies, doorzoekbaar',
} as const;
