import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { protocolReducer } from '@jamsessie/domain';
import { describe, expect, it, vi } from 'vitest';
import { after, ids, runningState } from '../test/protocol-fixtures';
import { LiveBoard, type LiveBoardProps } from './LiveBoard';

function renderBoard(overrides: Partial<LiveBoardProps> = {}) {
  const props: LiveBoardProps = {
    state: runningState(1),
    now: after(61),
    busy: false,
    error: null,
    noteError: null,
    onAction: vi.fn(),
    onFinish: vi.fn(),
    onAddNote: vi.fn(() => Promise.resolve(true)),
    onDraft: vi.fn(),
    onAddReaction: vi.fn(() => Promise.resolve(true)),
    onElastic: vi.fn(),
    ...overrides,
  };
  render(<LiveBoard {...props} />);
  return props;
}

describe('LiveBoard', () => {
  it('shows dilemma, step, countdown, the camera cue and what comes next in step 2', () => {
    renderBoard();
    expect(screen.getByTestId('dilemma').textContent).toBe('Bewoners buiten het hek');
    expect(screen.getByTestId('step').textContent).toBe('Stap 2 — bespreken zonder inbrenger');
    // Step 2 started at +1 s and lasts 15 minutes: at +61 s, 14:00 is left.
    expect(screen.getByTestId('countdown').textContent).toBe('14:00');
    expect(screen.getByTestId('cue').textContent).toBe('Fenna zet de camera uit en luistert mee.');
    expect(screen.getByTestId('camera').textContent).toBe('Iedereen in beeld behalve de inbrenger');
    expect(screen.getByText('Fenna: camera uit, luistert mee')).toBeTruthy();
    expect(screen.getByTestId('next').textContent).toContain('Stap 3 — reflecteren');
    const current = screen.getByRole('listitem', { current: 'step' });
    expect(current.textContent).toContain('Stap 2');
  });

  it('shows the overrun when the box is over', () => {
    renderBoard({ now: after(1 + 15 * 60 + 75) });
    expect(screen.getByTestId('countdown').textContent).toBe('+1:15');
    expect(screen.getByText(/Over de tijd/)).toBeTruthy();
  });

  it('keeps a visible legend of the keys', () => {
    renderBoard();
    const legend = screen.getByRole('region', { name: 'Sneltoetsen' });
    expect(within(legend).getByText('volgende stap')).toBeTruthy();
    expect(within(legend).getAllByText('→').length).toBeGreaterThan(0);
    expect(within(legend).getByText('Spatie')).toBeTruthy();
  });

  it('maps keys on the page to actions, but not while typing a note', async () => {
    const user = userEvent.setup();
    const props = renderBoard();
    await user.keyboard('{ArrowRight}');
    await user.keyboard('+');
    await user.keyboard('p');
    await user.keyboard('s');
    expect(vi.mocked(props.onAction).mock.calls.map((c) => c[0])).toEqual([
      'next',
      'extend',
      'pause',
      'skip',
    ]);
    await user.click(screen.getByLabelText('Notitie'));
    await user.keyboard('nog een tip');
    expect(props.onAction).toHaveBeenCalledTimes(4);
  });

  it('saves a tip for the current dilemma and step', async () => {
    const user = userEvent.setup();
    const props = renderBoard();
    await user.selectOptions(screen.getByLabelText('Soort'), 'Idee');
    await user.type(screen.getByLabelText('Notitie'), 'Een teamfiets');
    await user.click(screen.getByRole('button', { name: 'Notitie toevoegen' }));
    expect(props.onAddNote).toHaveBeenCalledWith({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      dilemmaId: ids.a,
      step: 2,
      kind: 'idea',
      text: 'Een teamfiets',
    });
    // The field is empty and keeps the focus for the next note.
    const field = screen.getByLabelText<HTMLTextAreaElement>('Notitie');
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
  });

  it('adds with Enter and Ctrl+Enter, starts a new line with Shift+Enter, focus stays', async () => {
    const user = userEvent.setup();
    const props = renderBoard();
    const field = screen.getByLabelText<HTMLTextAreaElement>('Notitie');
    await user.click(field);
    await user.keyboard('Eerste regel{Shift>}{Enter}{/Shift}tweede{Enter}');
    await user.keyboard('Nog een tip{Control>}{Enter}{/Control}');
    const added = vi.mocked(props.onAddNote).mock.calls.map((c) => c[0].text);
    expect(added).toEqual(['Eerste regel\ntweede', 'Nog een tip']);
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
    // Each note gets its own id: the second is not taken for the first.
    const [first, second] = vi.mocked(props.onAddNote).mock.calls.map((c) => c[0].id);
    expect(first).not.toBe(second);
    expect(props.onAction).not.toHaveBeenCalled();
  });

  it('hands every change of the text on as a draft of the current step', async () => {
    const user = userEvent.setup();
    const props = renderBoard();
    await user.type(screen.getByLabelText('Notitie'), 'Open');
    const last = vi.mocked(props.onDraft).mock.calls.at(-1)?.[0];
    expect(last).toMatchObject({ dilemmaId: ids.a, step: 2, kind: 'tip', text: 'Open' });
    expect(vi.mocked(props.onDraft).mock.calls).toHaveLength(4);
  });

  it('shows the text kept on the server again, with its kind', () => {
    const state = protocolReducer(runningState(1), {
      type: 'saveNoteDraft',
      id: ids.note,
      dilemmaId: ids.a,
      step: 2,
      kind: 'idea',
      text: 'Een teamfiets die',
    });
    renderBoard({ state });
    expect(screen.getByLabelText<HTMLTextAreaElement>('Notitie').value).toBe('Een teamfiets die');
    expect(screen.getByLabelText<HTMLSelectElement>('Soort').value).toBe('idea');
  });

  it('gives the text back when adding fails', async () => {
    const user = userEvent.setup();
    const props = renderBoard({ onAddNote: vi.fn(() => Promise.resolve(false)) });
    const field = screen.getByLabelText<HTMLTextAreaElement>('Notitie');
    await user.type(field, 'Een teamfiets{Enter}');
    expect(props.onAddNote).toHaveBeenCalledTimes(1);
    expect(field.value).toBe('Een teamfiets');
  });

  it('refuses an empty note next to the field', async () => {
    const user = userEvent.setup();
    const props = renderBoard();
    await user.click(screen.getByRole('button', { name: 'Notitie toevoegen' }));
    const field = screen.getByLabelText('Notitie');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(described).toContain('Schrijf eerst');
    expect(described).toContain('Ctrl+Enter');
    expect(props.onAddNote).not.toHaveBeenCalled();
  });

  it('takes closing-round reactions with a consent choice, private unless chosen', async () => {
    const user = userEvent.setup();
    let state = runningState(0);
    state = protocolReducer(state, { type: 'skip', at: after(1) });
    state = protocolReducer(state, { type: 'skip', at: after(2) });
    const props = renderBoard({ state, now: after(3) });
    expect(screen.queryByLabelText('Notitie')).toBeNull();
    const field = screen.getByLabelText<HTMLTextAreaElement>('Reactie');
    await user.type(field, 'Heel waardevol!{Enter}');
    await user.selectOptions(screen.getByLabelText('Toestemming van wie het zei'), 'te citeren');
    await user.type(field, 'Ik neem dit mee.{Control>}{Enter}{/Control}');
    expect(vi.mocked(props.onAddReaction).mock.calls.map((c) => [c[0].text, c[0].consent])).toEqual(
      [
        ['Heel waardevol!', 'private'],
        ['Ik neem dit mee.', 'quotable'],
      ],
    );
    expect(document.activeElement).toBe(field);
  });

  it('shows the whole question with its follow-up questions, a long one folded until asked', async () => {
    const user = userEvent.setup();
    const text = `${'Een bewoner wil elke avond alleen naar de bakker op de hoek. '.repeat(5)}Hoe doen we dat?`;
    const followUpQuestions = ['Wie spreekt de familie?', 'Wat zegt de bakker?', 'En de buren?'];
    renderBoard({ questions: new Map([[ids.a, { text, followUpQuestions }]]) });
    const question = screen.getByTestId('question');
    // Nothing is cut off: the whole text is there, folded to its first lines by CSS only.
    expect(question.querySelector('.question__text')?.textContent).toBe(text);
    const toggle = screen.getByRole('button', { name: 'Hele vraag tonen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Wat zegt de bakker?')).toBeNull();
    await user.click(toggle);
    expect(
      screen.getByRole('button', { name: 'Vraag inklappen' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(
      within(question)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(followUpQuestions);
  });

  it('shows a short question whole, without a button', () => {
    const text =
      'Hoe ga je om met weerstand van mantelzorgers bij open deuren en een hek dat openstaat?';
    renderBoard({
      questions: new Map([[ids.a, { text, followUpQuestions: ['Wie haalt op?'] }]]),
    });
    expect(screen.getByTestId('question').textContent).toContain(text);
    expect(screen.getByText('Wie haalt op?')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hele vraag tonen' })).toBeNull();
  });

  it('asks for the take-away in step 3 and shows the camera back on', () => {
    renderBoard({ state: runningState(2), now: after(3) });
    expect(screen.getByTestId('cue').textContent).toMatch(/zet de camera weer aan/);
    expect(screen.getByText('Fenna: camera aan')).toBeTruthy();
    expect(screen.getByLabelText('Wat de inbrenger meeneemt')).toBeTruthy();
    expect(screen.queryByLabelText('Soort')).toBeNull();
  });

  it('says how far behind the run is and proposes a choice when even minimums do not fit', async () => {
    const user = userEvent.setup();
    // Step 2 of the first dilemma, 40 minutes after the start: 10 minutes left before the
    // closing round, 11 minutes of minimum boxes ahead (30 planned).
    const props = renderBoard({ state: runningState(1), now: after(40 * 60) });
    expect(screen.getByTestId('schedule').textContent).toBe('20 min achter');
    await user.click(screen.getByRole('button', { name: 'Laatste vraag overslaan' }));
    expect(props.onElastic).toHaveBeenCalledWith({ type: 'dropLastDilemma' });
    await user.click(screen.getByRole('button', { name: /min uitlopen$/ }));
    expect(props.onElastic).toHaveBeenLastCalledWith({ type: 'acceptOverrun', minutes: 1 });
  });

  it('is on schedule right after the start, without a proposal', () => {
    renderBoard({ state: runningState(0), now: after(10) });
    expect(screen.getByTestId('schedule').textContent).toBe('Op schema');
    expect(screen.queryByRole('button', { name: /uitlopen/ })).toBeNull();
  });
});
