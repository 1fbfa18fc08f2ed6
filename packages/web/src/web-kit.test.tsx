import { render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWebKit } from './web-kit';

const kit = createWebKit({
  siteName: 'Beheer',
  errorTitle: 'Dat ging mis',
  retry: 'Nog eens',
  loading: 'Even geduld…',
  formSummary: 'Kijk nog eens naar:',
  optional: 'mag leeg',
  reloadLatest: 'Laad opnieuw',
  unknownError: 'Onbekend.',
  networkError: 'Geen verbinding.',
  conflict: 'Iemand was je voor.',
});

describe('createWebKit', () => {
  it('gives the pieces the app’s own words', () => {
    render(
      <>
        <kit.ErrorState message="x" onRetry={() => undefined} />
        <kit.LoadingState />
        <kit.FormErrorSummary messages={['a', 'b']} onReload={() => undefined} />
        <kit.Field id="f" label="Notitie" optional>
          <input />
        </kit.Field>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Dat ging mis' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nog eens' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Even geduld…');
    expect(screen.getByText('Kijk nog eens naar:')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Laad opnieuw' })).toBeTruthy();
    expect(screen.getByText('(mag leeg)', { exact: false })).toBeTruthy();
  });

  it('titles the page and reads errors with the app’s sentences', () => {
    renderHook(() => kit.useDocumentTitle('Planning'));
    expect(document.title).toBe('Planning · Beheer');
    expect(kit.readApiError(new TypeError('offline')).message).toBe('Geen verbinding.');
    const stale = Object.assign(new Error('verouderd'), { data: { code: 'CONFLICT' } });
    expect(kit.readApiError(stale).message).toBe('Iemand was je voor.');
  });
});
