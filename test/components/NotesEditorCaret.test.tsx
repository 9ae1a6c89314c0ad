// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NotesEditor } from '../../src/features/interviews/NotesEditor';

const noop = () => undefined;

/** Lands a teammate's text in the harness below, as the live query would. */
let land: (text: string) => void = () => undefined;

/** The editor as the interview page holds it. */
function Harness({ initial }: { initial: string }) {
  const [notes, setNotes] = useState(initial);
  useEffect(() => {
    land = setNotes;
  }, []);
  return (
    <NotesEditor
      notes={notes}
      onChange={setNotes}
      textareaRef={createRef<HTMLTextAreaElement>()}
      interview={{ startedAt: null, status: 'planned' }}
      onStartCall={() => Promise.resolve(false)}
      onEndCall={() => Promise.resolve()}
      saveStatus="idle"
      saveError={null}
      onRetrySave={noop}
      pinned={[]}
      onQuote={noop}
      onCodeLastQuote={noop}
      announce={noop}
      hintId="hint"
    />
  );
}

function setup(initial: string, caret: number) {
  render(<Harness initial={initial} />);
  const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' });
  field.focus();
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(new Event('select'));
  return { field, land: (text: string) => land(text) };
}

describe('the notes caret when a teammate’s text arrives', () => {
  it('stays after the word being typed when text lands before it', async () => {
    const { field, land } = setup('Bea: pricing\nnext steps', 'Bea: pricing'.length);
    act(() => land('Ann: onboarding\nBea: pricing\nnext steps'));
    expect(field.value).toBe('Ann: onboarding\nBea: pricing\nnext steps');
    expect(field.selectionStart).toBe(field.value.indexOf('\nnext steps'));
    await userEvent.keyboard(' is high');
    expect(field.value).toBe('Ann: onboarding\nBea: pricing is high\nnext steps');
  });

  it('stays in place when text lands after it, and keeps a selection', async () => {
    const { field, land } = setup('Ann: onboarding', 4);
    field.setSelectionRange(0, 3);
    field.dispatchEvent(new Event('select'));
    act(() => land('Ann: onboarding\nBea: pricing'));
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 3]);
    await userEvent.keyboard('Anna');
    expect(field.value).toBe('Anna: onboarding\nBea: pricing');
  });
});
