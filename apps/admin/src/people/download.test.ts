import { describe, expect, it } from 'vitest';
import { exportFileName } from './download';

describe('exportFileName', () => {
  it('names the file by a short id and the date, never by the person’s name', () => {
    expect(exportFileName('3b241101-e2bb-4255-8caf-4136c566a962', '2026-11-23')).toBe(
      'gegevens-3b241101-2026-11-23.json',
    );
  });
});
