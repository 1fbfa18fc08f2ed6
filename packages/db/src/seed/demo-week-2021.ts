import { WEEK_2021_THURSDAY_FRIDAY } from './demo-week-2021-end.js';
import { HOST, lateNight, type DaySpec } from './demo-week-spec.js';

/**
 * The first Week van de Radicale vernieuwing, 1–5 November 2021, after the 2021 write-up: a
 * day per sector with a plenary start, inspiration sessions in parallel and the RV Late
 * Nightshow, plus programmes at organisations' own locations. Names of people are invented;
 * the organisations are the ones the text names.
 */
export const WEEK_2021_DAYS: DaySpec[] = [
  {
    date: '2021-11-01',
    sector: 'zorg',
    title: 'Maandag: zorg in verpleeghuizen en thuis',
    summary:
      'Een aantal jaren geleden nam LOC het initiatief voor de beweging ‘Radicale vernieuwing zorg, van regels naar relaties’; 26 zorgorganisaties zijn nu vijf jaar actief. Er ontstaat ruimte om kleinschalig, met mensen zelf en wie belangrijk voor hen zijn, passende oplossingen te zoeken. Verpleeghuizen worden meer onderdeel van de samenleving, de Wet zorg en dwang draagt bij aan het levensgeluk van bewoners en een aantal organisaties schaft gesloten afdelingen af. Inzicht van de dag: maak het klein. Als veel mensen vanuit hun eigen rol concrete kleine stappen zetten, gebeurt er veel.',
    items: [
      {
        key: 'plenair',
        kind: 'plenary',
        title: 'Plenaire start: van regels naar relaties',
        description: 'Opening van de Week en van de dag over zorg in verpleeghuizen en thuis.',
        start: '09:30',
        end: '10:30',
        online: true,
        location: 'Utrecht',
        roles: [[HOST, 'host', 'loc-waardevolle-zorg']],
      },
      {
        key: 'gesloten-afdelingen',
        kind: 'inspiration_session',
        title: 'Gesloten afdelingen afschaffen: ervaringen met de Wet zorg en dwang',
        description:
          'Organisaties die hun gesloten afdelingen afschaffen vertellen hoe ze dat aanpakken.',
        start: '11:00',
        end: '12:30',
        online: true,
        location: 'Utrecht',
        roles: [['Ruben Bakker', 'speaker', 'zorggroep-de-linde-demo']],
      },
      {
        key: 'technologie',
        kind: 'inspiration_session',
        title: 'Technologie die bijdraagt aan levensgeluk',
        description: 'Verkennen hoe technologie kan helpen, zonder dat de relatie uit beeld raakt.',
        start: '11:00',
        end: '12:30',
        online: true,
        location: null,
        roles: [['Lotte Jansen', 'speaker', 'woonzorg-het-baken-demo']],
      },
      {
        key: 'open-deuren-wandeling',
        kind: 'local_programme',
        title: 'Open deuren-wandeling door de wijk',
        description:
          'Bewoners, naasten en buren lopen samen een rondje door de wijk en praten over wat open deuren voor hen betekenen.',
        start: '14:00',
        end: '16:00',
        online: false,
        location: 'Zorggroep De Linde (demo), Amersfoort',
        organisation: 'zorggroep-de-linde-demo',
        proposalStatus: 'accepted',
        roles: [],
      },
      {
        key: 'late-night',
        ...lateNight('Terugblik op de dag over zorg in verpleeghuizen en thuis.'),
        roles: [
          [HOST, 'host', 'loc-waardevolle-zorg'],
          ['Ruben Bakker', 'guest', 'zorggroep-de-linde-demo'],
          ['Lotte Jansen', 'guest', 'woonzorg-het-baken-demo'],
        ],
      },
    ],
  },
  {
    date: '2021-11-02',
    sector: 'langdurige-ggz',
    title: 'Dinsdag: langdurige ggz',
    summary:
      'Praktijkvoorbeelden van deelnemende ggz-organisaties uit het land, zoals duurzame nazorg bij de overgang van een langdurige opname naar beschermd wonen, met mensen die de cliënt kent, en de vraag hoe dat ook financieel structureel mogelijk wordt. Deelnemers werken aan een verschuiving ‘van diagnoses naar relaties’: kijken naar wie mensen zijn, wat ze kunnen en wat ze willen. Wijkgericht werken, housing first, community living, respijt en ervaringsdeskundigheid helpen daarbij. “Hoe meer uitzonderingen er zijn, hoe gewoner de uitzondering wordt.”',
    items: [
      {
        key: 'plenair',
        kind: 'plenary',
        title: 'Plenaire start: van diagnoses naar relaties',
        description:
          'Praktijkvoorbeelden van ggz-organisaties die deelnemen aan Radicale vernieuwing.',
        start: '09:30',
        end: '10:30',
        online: true,
        location: 'Utrecht',
        roles: [['Janneke Hoekstra', 'host', 'loc-waardevolle-zorg']],
      },
      {
        key: 'nazorg',
        kind: 'inspiration_session',
        title: 'Duurzame nazorg van kliniek naar beschermd wonen',
        description:
          'Hoe voorkom je dat opgebouwd herstel verloren gaat bij een abrupte overgang, en hoe maak je dat ook financieel structureel mogelijk?',
        start: '11:00',
        end: '12:30',
        online: true,
        location: 'Utrecht',
        roles: [['Tessa Verbeek', 'speaker', 'mentrum']],
      },
      {
        key: 'jongvolwassenen',
        kind: 'inspiration_session',
        title: 'Jongvolwassenen: voorkomen dat problemen groter worden',
        description:
          'Nieuwe mogelijkheden waar behoefte aan is, en de moeite om ze gefinancierd te krijgen.',
        start: '11:00',
        end: '12:30',
        online: true,
        location: null,
        roles: [['Koen Vos', 'speaker', 'kwintes']],
      },
      {
        key: 'ervaringsdeskundigheid',
        kind: 'inspiration_session',
        title: 'Ervaringsdeskundigheid en respijt',
        description:
          'Wat ervaringsdeskundigen en respijtvoorzieningen bijdragen aan herstel in de wijk.',
        start: '11:00',
        end: '12:30',
        online: true,
        location: null,
        roles: [['Anouk Meijer', 'speaker', 'ggz-noord-holland-noord']],
      },
      {
        key: 'meedenken-en-meelopen',
        kind: 'local_programme',
        title: 'Meelopen met een wijkteam',
        description:
          'Een middag meelopen met een wijkteam dat wijkgericht en relatiegericht werkt.',
        start: '14:00',
        end: '16:00',
        online: false,
        location: 'Woonzorg Het Baken (demo), Zwolle',
        organisation: 'woonzorg-het-baken-demo',
        proposalStatus: 'proposed',
        roles: [],
      },
      {
        key: 'late-night',
        ...lateNight('Gesprek over de dag in de langdurige ggz, met deelnemers uit het land.'),
        roles: [
          [HOST, 'host', 'loc-waardevolle-zorg'],
          ['Janneke Hoekstra', 'host', 'loc-waardevolle-zorg'],
          ['Bram Kuiper', 'guest', 'hvo-querido'],
          ['Yusuf Demir', 'guest', 'hvo-querido'],
          ['Lieke van Dam', 'guest', 'hvo-querido'],
          ['Anouk Meijer', 'guest', 'ggz-noord-holland-noord'],
          ['Tessa Verbeek', 'guest', 'mentrum'],
          ['Samira Haddou', 'guest', 'mentrum'],
          ['Koen Vos', 'guest', 'kwintes'],
          ['Eline Mulder', 'guest', 'kwintes'],
        ],
      },
    ],
  },
  {
    date: '2021-11-03',
    sector: 'zorgonderwijs',
    title: 'Woensdag: zorgonderwijs',
    summary:
      'Mensen hebben behoeften op fysiek, emotioneel, mentaal en spiritueel niveau; om daarop aan te sluiten is in het zorgonderwijs bijvoorbeeld empathie nodig. Omdat relaties in reguliere opleidingen meestal nog niet het uitgangspunt zijn, nemen deelnemers het heft in eigen hand. Dat leidt tot meer mensen die in de praktijk opgeleid willen worden, minder uitval en sneller opleiden door persoonsgericht onderwijs. Een leerling verzorgende vertelt hoe twintig minuten extra tijd voor iemand de mooie momenten oplevert.',
    items: [
      {
        key: 'plenair',
        kind: 'plenary',
        title: 'Plenaire start: opleiden met relaties als uitgangspunt',
        description: 'Met het verhaal van een leerling verzorgende in de verpleeghuiszorg.',
        start: '09:30',
        end: '10:30',
        online: true,
        location: 'Utrecht',
        roles: [
          [HOST, 'host', 'loc-waardevolle-zorg'],
          ['Sophie Brouwer', 'speaker', 'leerhuis-zorg-en-welzijn-demo'],
        ],
      },
      {
        key: 'empathie',
        kind: 'inspiration_session',
        title: 'Empathie ontwikkelen in het zorgonderwijs',
        description:
          'Hoe leer je aansluiten bij wat iemand fysiek, emotioneel, mentaal en spiritueel nodig heeft?',
        start: '11:00',
        end: '12:30',
        online: true,
        location: 'Utrecht',
        roles: [['Hanna de Groot', 'speaker', 'leerhuis-zorg-en-welzijn-demo']],
      },
      {
        key: 'persoonsgericht-opleiden',
        kind: 'inspiration_session',
        title: 'Persoonsgericht opleiden in de praktijk',
        description:
          'Minder uitval en sneller opleiden: ervaringen van leerhuizen en zorgorganisaties.',
        start: '11:00',
        end: '12:30',
        online: true,
        location: null,
        roles: [['Ruben Bakker', 'speaker', 'zorggroep-de-linde-demo']],
      },
      {
        key: 'late-night',
        ...lateNight('Terugblik op de dag over zorgonderwijs.'),
        roles: [
          [HOST, 'host', 'loc-waardevolle-zorg'],
          ['Sophie Brouwer', 'guest', 'leerhuis-zorg-en-welzijn-demo'],
          ['Hanna de Groot', 'guest', 'leerhuis-zorg-en-welzijn-demo'],
        ],
      },
    ],
  },
  ...WEEK_2021_THURSDAY_FRIDAY,
];
