import type { AppRouter } from '@jamsessie/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

/** One page of the public agenda. */
export type AgendaListOutput = Outputs['agenda']['list'];
/** The input of `agenda.list`. */
export type AgendaListInput = Exclude<Inputs['agenda']['list'], void | undefined>;
/** One row of the agenda: a public session with its series' slug and title. */
export type AgendaEntry = AgendaListOutput['items'][number];
/** A session page's data: the public session, its series summary and its published report. */
export type SessionOutput = Outputs['agenda']['session'];
/** A week edition with its days and programme. */
export type WeekEditionOutput = Outputs['week']['edition'];
/** One day of an edition with its programme. */
export type WeekDayProgramme = WeekEditionOutput['days'][number];
/** One public programme item. */
export type ProgrammeItemView = WeekDayProgramme['items'][number];
/** The list of editions. */
export type WeekEditionSummary = Outputs['week']['editions'][number];
/** A page of report summaries. */
export type ReportListOutput = Outputs['reports']['list'];
/** The input of `reports.list`. */
export type ReportListInput = Exclude<Inputs['reports']['list'], void | undefined>;
/** A page of the tips bank. */
export type TipListOutput = Outputs['tips']['list'];
/** A report page's data. */
export type ReportOutput = Outputs['reports']['bySlug'];
/** Themes of the catalogue. */
export type ThemeView = Outputs['catalogue']['themes'][number];
/** Keywords of the catalogue. */
export type KeywordView = Outputs['catalogue']['keywords'][number];
/** A series as the public sees it (no link, no eligibility rules). */
export type SeriesView = Outputs['catalogue']['series'][number];
/** Movements of the catalogue. */
export type MovementView = Outputs['catalogue']['movements'][number];
/** Participants grouped by movement. */
export type ParticipantsOutput = Outputs['catalogue']['participants'];
/** The participant's own page: their dilemmas and subscriptions. */
export type MyOverview = Outputs['participant']['mine']['overview'];
/** One of the participant's dilemmas. */
export type MyDilemma = MyOverview['dilemmas'][number];
/** One text of the participant's that a report uses or wants to use (Citaten en reacties). */
export type MyConsentItem = Outputs['participant']['mine']['consentItems'][number];
/** What a consent link asks about: the exact text and its report. */
export type ConsentLinkView = Outputs['participant']['consentLink'];
