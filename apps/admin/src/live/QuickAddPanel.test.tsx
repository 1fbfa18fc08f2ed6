import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QuickAddPanel, QuickAddText, unsavedText } from './QuickAddPanel';

function Panel({
  onAdd,
  items = [],
}: {
  onAdd: () => void;
  items?: { id: string; tag: string; text: string }[];
}) {
  return (
    <QuickAddPanel
      id="p"
      title="Reacties"
      emptyText="Nog niets."
      testId="list"
      items={items}
      onAdd={onAdd}
    >
      <QuickAddText
        id="p-text"
        label="Reactie"
        hint="Enter voegt toe"
        error={undefined}
        value="Mooi"
        fieldRef={null}
        onChange={() => undefined}
        onAdd={onAdd}
      />
      <button type="submit">Toevoegen</button>
    </QuickAddPanel>
  );
}

describe('QuickAddPanel', () => {
  it('shows what was added under its heading, or says there is nothing yet', () => {
    const { rerender } = render(<Panel onAdd={vi.fn()} />);
    expect(screen.getByRole('region', { name: 'Reacties' }).textContent).toContain('Nog niets.');
    rerender(<Panel onAdd={vi.fn()} items={[{ id: '1', tag: 'Privé', text: 'Heel waardevol' }]} />);
    expect(screen.getByTestId('list').textContent).toBe('Privé Heel waardevol');
  });

  it('adds on Enter and on the button, not on Shift+Enter', () => {
    const onAdd = vi.fn();
    render(<Panel onAdd={onAdd} />);
    const field = screen.getByLabelText('Reactie');
    fireEvent.keyDown(field, { key: 'Enter', shiftKey: true });
    expect(onAdd).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(onAdd).toHaveBeenCalledTimes(2);
  });
});

describe('unsavedText', () => {
  it('puts the unsaved text back before whatever was typed since', () => {
    expect(unsavedText('Tip één', '  ')).toBe('Tip één');
    expect(unsavedText('Tip één', 'Tip tw ')).toBe('Tip één\nTip tw');
  });
});
