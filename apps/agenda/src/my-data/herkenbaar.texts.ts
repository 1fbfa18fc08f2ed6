/** The Dutch texts of "Herkenbaar" on the participant's own page, part of `texts`. */
export const herkenbaarTexts = {
  title: 'Herkenbaar?',
  intro:
    'In de twee weken voor een Jamsessie zie je hier de korte titels van de vragen die zijn ingebracht. Vink aan welke je herkent: zo kunnen de coördinatoren kiezen welke vragen aan bod komen. Niemand ziet wat jij aanvinkt, ook de coördinatoren niet: zij zien alleen hoeveel mensen een vraag herkennen.',
  none: 'Er staan nu geen vragen open om aan te vinken.',
  noItems: 'Voor deze sessie zijn nog geen vragen klaar om te tonen.',
  legend: (title: string, when: string) => `${title}, ${when}`,
  saved: (title: string, marked: boolean) =>
    marked ? `Je herkent „${title}”.` : `Je vinkje bij „${title}” is weg.`,
};
