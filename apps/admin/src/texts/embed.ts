/** The embed-code page (`/beheer/insluiten`): the agenda on another site. */
export const embedTexts = {
  title: 'Agenda op je eigen website',
  lead: 'Zet de agenda van de Jamsessies op de website van je organisatie. Kies wat hij toont, kopieer de code en plak hem in een pagina van je site: de agenda blijft vanzelf actueel.',
  choiceTitle: 'Wat toont de agenda?',
  theme: 'Thema',
  series: 'Reeks',
  allThemes: 'Alle thema’s',
  allSeries: 'Alle reeksen',
  codeTitle: 'De code',
  codeLabel: 'Code om te plakken',
  codeHint:
    'Plak deze code in de HTML van je pagina, op de plek waar de agenda moet komen. Links in de agenda openen in een nieuw tabblad.',
  copy: 'Kopieer de code',
  copied: 'De code is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet: selecteer de code en kopieer hem zelf (Ctrl+C of Cmd+C).',
  previewTitle: 'Zo ziet het eruit',
  previewHint: 'Dit is de agenda zoals bezoekers van je website hem zien, met de keuze hierboven.',
  loadFailed: 'De thema’s en reeksen konden niet worden geladen; de code toont dan de hele agenda.',
} as const;
