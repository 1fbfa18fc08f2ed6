import { formatDateShort } from '@jamsessie/domain';

/**
 * The calendar-leaf date at the left of an agenda card ('ma / 7 / apr'). Decorative: the
 * full date is in the card's text, so it is hidden from screen readers.
 */
export function DateBadge({ instant }: { instant: string }) {
  const [weekday = '', day = '', month = ''] = formatDateShort(instant).split(' ');
  return (
    <div className="date-badge" aria-hidden="true">
      <span className="date-badge__weekday">{weekday}</span>
      <span className="date-badge__day">{day}</span>
      <span className="date-badge__month">{month.replace('.', '')}</span>
    </div>
  );
}
