import { HOST, lateNight, type DaySpec } from './demo-week-spec.js';

/** Thursday (youth care) and Friday (beyond sectors) of the 2021 week; see `WEEK_2021_DAYS`. */
export const WEEK_2021_THURSDAY_FRIDAY: DaySpec[] = [
  {
    date: '2021-11-04',
    sector: 'jeugdzorg',
    title: 'Donderdag: jeugdzorg',
    summary:
      'De droom van Radicale vernieuwing jeugdzorg: kinderen mogen opgroeien op een veilige en fijne manier en hebben zo min mogelijk zorg nodig. Niet alleen kijken hoe het beter kan, maar ook echt: waar doet het pijn, en zien we elkaars pijn? Er zijn veel verbindingen gelegd en er is een plan gepresenteerd om in 2022 een vernieuwingsbeweging jeugdzorg te starten.',
    items: [
      {
        key: 'plenair',
        kind: 'plenary',
        title: 'Plenaire start: waar doet het pijn?',
        description: 'Opening van de dag over jeugdzorg.',
        start: '09:30',
        end: '10:30',
        online: true,
        location: 'Utrecht',
        roles: [['Iris Koster', 'host', 'loc-waardevolle-zorg']],
      },
      {
        key: 'leren-van-wat-misging',
        kind: 'inspiration_session',
        title: 'Leren van wat misging',
        description:
          'Waar is het misgegaan, en kunnen we van daaruit de beweging naar voren maken?',
        start: '11:00',
        end: '12:30',
        online: true,
        location: 'Utrecht',
        roles: [['Naomi Kok', 'speaker', 'jeugdhulp-voldoende-beschermd']],
      },
      {
        key: 'plan-2022',
        kind: 'inspiration_session',
        title: 'Een vernieuwingsbeweging jeugdzorg in 2022',
        description:
          'Het plan om vernieuwende initiatieven en bevlogen individuen verder te verbinden.',
        start: '11:00',
        end: '12:30',
        online: true,
        location: null,
        roles: [['Iris Koster', 'speaker', 'loc-waardevolle-zorg']],
      },
      {
        key: 'late-night',
        ...lateNight('Terugblik op de intensieve maar optimistische dag over jeugdzorg.'),
        roles: [
          [HOST, 'host', 'loc-waardevolle-zorg'],
          ['Iris Koster', 'guest', 'loc-waardevolle-zorg'],
          ['Naomi Kok', 'guest', 'jeugdhulp-voldoende-beschermd'],
          ['Thijs Dekker', 'guest', null],
          ['Merel Schouten', 'guest', 'professional-vanuit-je-hart'],
          ['Joost Wolters', 'guest', 'roger-that-inspiratielab'],
        ],
      },
    ],
  },
  {
    date: '2021-11-05',
    sector: 'voorbij-sectoren',
    title: 'Vrijdag: voorbij sectoren',
    summary:
      'Elke dag werd duidelijk dat zorg belangrijk kan zijn, maar vaak niet de bron is van de problemen van mensen. Centraal stond hoe we samen kunnen en willen leven, werken en wonen, zodat mensen een waardevol leven kunnen leiden en er minder zorg nodig is. Vanuit de financier kwam het voorstel om met het ministerie, de NZa en de aanbieders samen te kijken hoe knelpunten in de financiering echt aangepakt kunnen worden; vanuit VWS klonk dat er al veel kan en dat het makkelijker gemaakt moet worden.',
    items: [
      {
        key: 'plenair',
        kind: 'plenary',
        title: 'Plenaire start: samen leven, werken en wonen',
        description: 'Hoe kunnen mensen een waardevol leven leiden, met minder zorg?',
        start: '09:30',
        end: '10:30',
        online: true,
        location: 'Utrecht',
        roles: [[HOST, 'host', 'loc-waardevolle-zorg']],
      },
      {
        key: 'financiering',
        kind: 'inspiration_session',
        title: 'Financiering die vernieuwing mogelijk maakt',
        description:
          'Financier, ministerie, toezichthouder en aanbieders zoeken samen naar ruimte.',
        start: '11:00',
        end: '12:30',
        online: true,
        location: 'Utrecht',
        roles: [
          ['Femke Smit', 'speaker', 'cz-zorgkantoor'],
          ['Gerard Postma', 'speaker', 'ministerie-van-vws'],
          ['Nina Jacobs', 'speaker', 'nza'],
        ],
      },
      {
        key: 'zorgzame-buurt',
        kind: 'inspiration_session',
        title: 'De zorgzame buurt',
        description:
          'Buurtbewoners, winkeliers en vrijwilligers als deel van het netwerk rond mensen.',
        start: '11:00',
        end: '12:30',
        online: true,
        location: null,
        roles: [['Lotte Jansen', 'speaker', 'woonzorg-het-baken-demo']],
      },
      {
        key: 'vws-open-middag',
        kind: 'local_programme',
        title: 'Radicale vernieuwing en beleid: open middag bij VWS',
        description: 'Beleidsmakers en deelnemers in gesprek over regels die ruimte geven.',
        start: '13:30',
        end: '15:00',
        online: false,
        location: 'Ministerie van VWS, Den Haag',
        organisation: 'ministerie-van-vws',
        proposalStatus: 'accepted',
        roles: [['Gerard Postma', 'host', 'ministerie-van-vws']],
      },
      {
        key: 'late-night',
        ...lateNight('Afsluiting van de Week: wat nemen we mee naar volgend jaar?'),
        roles: [
          [HOST, 'host', 'loc-waardevolle-zorg'],
          ['Femke Smit', 'guest', 'cz-zorgkantoor'],
          ['Gerard Postma', 'guest', 'ministerie-van-vws'],
        ],
      },
    ],
  },
];
