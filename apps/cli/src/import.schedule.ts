import { toLocalParts } from '@jamsessie/domain/shared';
import { formatSessionTime } from '@jamsessie/domain/format';
import { dateFlagKindLabels, dateFlags } from '@jamsessie/domain/series';
import type { ImportedPlanning } from './import.rows.js';

/**
 * The imported sessions as a Dutch schedule to paste in a newsletter or mail: in order of
 * time, each with its date and times in Amsterdam time, title, theme and where, and a warning
 * when it falls on a public holiday or in carnival (the coordinator decides).
 *
 * @example scheduleText(planning, 'Jamsessies voorjaar 2025')
 * // 'Jamsessies voorjaar 2025\n3 sessies (Nederlandse tijd)\n\n 1. maandag 3 maart 2025, 13.00–14.00 uur\n    Jamsessie: Open deuren\n …'
 */
export function scheduleText(planning: ImportedPlanning, name: string): string {
  const labels = new Map(planning.themes.map((theme) => [theme.id, theme.label]));
  const sessions = [...planning.sessions].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt),
  );
  const count = `${sessions.length} ${sessions.length === 1 ? 'sessie' : 'sessies'}`;
  const lines = [name, `${count} (Nederlandse tijd)`, ''];
  const width = String(sessions.length).length + 1;
  sessions.forEach((session, index) => {
    const number = `${index + 1}.`.padStart(width + 1);
    const indent = ' '.repeat(number.length + 1);
    lines.push(`${number} ${formatSessionTime(session.startsAt, session.endsAt)}`);
    lines.push(`${indent}${session.title}`);
    const details = [
      ...session.themeIds.flatMap((id) => {
        const label = labels.get(id);
        return label ? [`thema: ${label}`] : [];
      }),
      session.online ? 'online' : null,
      session.location,
    ].filter((detail): detail is string => detail !== null && detail !== '');
    if (details.length > 0) lines.push(`${indent}${details.join(' · ')}`);
    for (const flag of dateFlags(toLocalParts(session.startsAt).date)) {
      lines.push(`${indent}! ${flag.name} (${dateFlagKindLabels[flag.kind].toLowerCase()})`);
    }
  });
  return `${lines.join('\n')}\n`;
}
