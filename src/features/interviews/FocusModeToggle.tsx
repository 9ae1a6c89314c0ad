import { FOCUS_SHORTCUT_LABEL } from './notesEditing';

interface Props {
  on: boolean;
  onToggle(): void;
}

/** Focus mode on and off; Escape leaves it too (useFocusMode). */
export function FocusModeToggle({ on, onToggle }: Props) {
  return (
    <div className="focus-mode-bar">
      <button
        type="button"
        aria-pressed={on}
        aria-keyshortcuts={FOCUS_SHORTCUT_LABEL}
        onClick={onToggle}
      >
        Focus mode <kbd aria-hidden="true">{FOCUS_SHORTCUT_LABEL}</kbd>
      </button>
      {on && <span className="field-hint">Escape or {FOCUS_SHORTCUT_LABEL} leaves it.</span>}
    </div>
  );
}
