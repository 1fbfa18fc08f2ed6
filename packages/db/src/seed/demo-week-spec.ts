import type { ProgrammeItem, ProgrammeRole, WeekDay } from '@jamsessie/domain';

/** One programme item as written in the demo files: Amsterdam wall-clock times, slugs. */
export type ItemSpec = {
  /** Unique within the day; part of the item's demo id. */
  key: string;
  kind: ProgrammeItem['kind'];
  title: string;
  description: string;
  /** 'HH:mm' Amsterdam. */
  start: string;
  end: string;
  online: boolean;
  location: string | null;
  /** Slug of the host organisation (local programmes). */
  organisation?: string;
  proposalStatus?: ProgrammeItem['proposalStatus'];
  /** [person name (invented), role, organisation slug or null] */
  roles: [string, ProgrammeRole['role'], string | null][];
};

/** One day of a week edition as written in the demo files. */
export type DaySpec = {
  date: string;
  sector: WeekDay['sector'];
  title: string;
  summary: string;
  items: ItemSpec[];
};

/** The secretary of the care movement hosts every late-night show (invented name). */
export const HOST = 'Marloes Vermeer';

/** The RV Late Nightshow that closes a day: online, 20:00–21:00 Amsterdam time. */
export const lateNight = (description: string): Omit<ItemSpec, 'key' | 'roles'> => ({
  kind: 'late_night_show',
  title: 'RV Late Nightshow',
  description,
  start: '20:00',
  end: '21:00',
  online: true,
  location: null,
});
