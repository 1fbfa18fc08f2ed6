import type { AppRouter } from '@jamsessie/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** Every procedure's output, by path: `Outputs['admin']['series']['get']`. */
export type Outputs = inferRouterOutputs<AppRouter>;
/** Every procedure's input, by path. */
export type Inputs = inferRouterInputs<AppRouter>;

type Admin = Outputs['admin'];

/** A series with its session counts, as the plan list shows it. */
export type SeriesListItem = Admin['series']['list'][number];
/** One series with its sessions (coordinators only: carries the meeting link). */
export type SeriesDetail = Admin['series']['get'];
/** The preview of a year of a series. */
export type PlanPreview = Admin['series']['planYear'];
/** One page of the coordinators' session list. */
export type SessionPage = Admin['sessions']['list'];
/** One row of the coordinators' session list. */
export type SessionRow = SessionPage['items'][number];
/** A session with its series, link, run and reports. */
export type SessionDetail = Admin['sessions']['get'];
/** The themes of the catalogue. */
export type ThemeView = Outputs['catalogue']['themes'][number];
/** The keywords of the catalogue. */
export type KeywordView = Outputs['catalogue']['keywords'][number];
/** The movements of the catalogue. */
export type MovementView = Outputs['catalogue']['movements'][number];
