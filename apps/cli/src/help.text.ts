/** The CLI's version, shown by `jamsessie --version`. */
export const CLI_VERSION = '0.1.0';

/**
 * The Dutch help text of `jamsessie --help`.
 *
 * @example io.stdout(HELP_TEXT)
 */
export const HELP_TEXT = `jamsessie — plan de maandelijkse Jamsessies van Radicale vernieuwing

Gebruik:
  jamsessie plan <jaar> [opties]          toon de data van een jaar, met feestdagen en carnaval
  jamsessie ics <jaar> [opties] [--out f] maak een agendabestand (.ics) van dat jaar
  jamsessie import <planning.csv>         lees een planning uit een spreadsheet (CSV) en maak
                                          er een agendabestand en een rooster (tekst) van
  jamsessie --help                        deze hulp
  jamsessie --version                     de versie

Opties voor plan en ics:
  --weekday <1-7|naam>    dag van de week: 1 = maandag … 7 = zondag (standaard: 1)
  --nth <1-4|-1|woord>    welke in de maand: 1-4, -1 of "laatste" (standaard: 1)
  --time <UU:MM>          begintijd, Nederlandse tijd (standaard: 13:00)
  --duration <minuten>    duur in minuten, 15-480 (standaard: 60)
  --themes "<a>,<b>"      thema's die elkaar om de beurt afwisselen
  --title "<titel>"       naam van de reeks (standaard: Jamsessies)

Alleen voor ics:
  --out, -o <bestand>     schrijf naar een bestand in plaats van naar het scherm
  --site <https-adres>    de openbare site waar de sessies naar linken
                          (standaard: https://jamsessie.radicalevernieuwing.nl)
  --name "<naam>"         naam van de agenda (standaard: titel en jaar)

Voor import:
  De CSV heeft een kopregel met de kolommen datum, begintijd, eindtijd en titel, en naar
  keuze thema, beschrijving, locatie en online (ja/nee); komma of puntkomma als scheiding.
  Datums als 2025-03-03 of 3-3-2025, tijden als 13:00 of 13.00 (Nederlandse tijd).
  Elke rij wordt gecontroleerd; bij één fout rij wordt niets geschreven (exitcode 3) en
  staat elke fout met rij en kolom op het scherm.
  --out, -o <bestand>     het agendabestand (standaard: naast de CSV, met .ics)
  --text <bestand>        het rooster als tekst (standaard: naast de CSV, met .txt)
  --site, --name          zoals bij ics (naam standaard: de bestandsnaam van de CSV)

Voorbeelden:
  jamsessie plan 2026 --themes "Open deuren,Vrijheid en veiligheid thuis"
  jamsessie plan 2026 --weekday dinsdag --nth laatste --time 15:30 --duration 45
  jamsessie ics 2026 --themes "Open deuren,Vrijheid en veiligheid thuis" --out jamsessies-2026.ics
  jamsessie import planning-2026.csv --name "Jamsessies 2026"

Tijden zijn Nederlandse tijd (Europe/Amsterdam), ook over de zomertijd heen. Een agendabestand
bevat nooit een vergaderlink: die krijgen deelnemers alleen op aanvraag.
`;
