import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate, useLocation } from './history';
import { Link } from './Link';
import { renderingAt } from './render-location';

function Where() {
  const { pathname, search } = useLocation();
  return <output>{`${pathname}|${search}`}</output>;
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('navigate and useLocation', () => {
  it('re-renders on navigation and on back', async () => {
    render(<Where />);
    act(() => navigate('/verslagen?q=zorg'));
    expect(screen.getByRole('status').textContent).toBe('/verslagen|?q=zorg');
    act(() => navigate('/agenda', { replace: true }));
    expect(window.location.pathname).toBe('/agenda');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(screen.getByRole('status').textContent).toBe('/|');
  });

  it('reads the given location when rendered on the server', () => {
    const html = renderingAt(
      { origin: 'https://x.example', pathname: '/week', search: '?j=2029' },
      () => renderToString(<Where />),
    );
    expect(html).toContain('/week|?j=2029');
  });
});

describe('Link', () => {
  it('navigates inside the app on a plain click', async () => {
    render(
      <>
        <Link href="/deelnemers">Deelnemers</Link>
        <Where />
      </>,
    );
    await userEvent.setup().click(screen.getByRole('link', { name: 'Deelnemers' }));
    expect(screen.getByRole('status').textContent).toBe('/deelnemers|');
  });

  it('leaves a link with a target to the browser', async () => {
    render(
      <Link href="/downloads/x.pdf" target="_blank">
        PDF
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'PDF' });
    let prevented = true;
    link.addEventListener('click', (event) => {
      prevented = event.defaultPrevented;
      event.preventDefault(); // jsdom cannot open a tab
    });
    await userEvent.setup().click(link);
    expect(prevented).toBe(false);
    expect(window.location.pathname).toBe('/');
  });
});
