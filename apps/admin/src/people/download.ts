import { slugify } from '@jamsessie/domain';

/**
 * The file name of a person's data export: no name in it (the file may be mailed on),
 * only the date and a short id.
 *
 * @example exportFileName('3b241101-e2bb-4255-8caf-4136c566a962', '2026-11-23') // 'gegevens-3b241101-2026-11-23.json'
 */
export function exportFileName(personId: string, date: string): string {
  return `gegevens-${slugify(personId.slice(0, 8))}-${date}.json`;
}

/**
 * Offers data as a JSON file download in the browser (nothing leaves the browser again).
 *
 * @example downloadJson(data, 'gegevens.json');
 */
export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
