import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { CODE_KIND_LABELS, CODE_KINDS, type Code, type CodeKind } from '../../domain/schemas/code';
import { newCodeName, searchCodes } from './codeSearch';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface Props {
  codes: readonly Code[];
  /** Codes already on the quote; they are not offered again. */
  assignedIds: readonly string[];
  onPick(code: Code): Promise<void> | void;
  /** Creates the code in the codebook and returns it; the picker then assigns it. */
  onCreate(name: string, kind: CodeKind): Promise<Code>;
  onClose?(): void;
  autoFocus?: boolean;
}

type Option = { type: 'code'; code: Code } | { type: 'create'; name: string };

/**
 * An ARIA 1.2 combobox over the codebook: type to filter, arrows to move, Enter to assign. A name
 * no code has yet is offered as "Create code “…”", with the kind chosen beside the list.
 */
export function CodePicker({ codes, assignedIds, onPick, onCreate, onClose, autoFocus }: Props) {
  const inputId = useId();
  const listId = useId();
  const kindId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [kind, setKind] = useState<CodeKind>('pain_point');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const matches = searchCodes(codes, query, assignedIds);
  const creatable = newCodeName(codes, query);
  const options: Option[] = [
    ...matches.map((code): Option => ({ type: 'code', code })),
    ...(creatable ? [{ type: 'create', name: creatable } as const] : []),
  ];
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
    // optionId only depends on listId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex]);

  const choose = async (option: Option | undefined) => {
    if (!option || busy) return;
    setBusy(true);
    setError(null);
    try {
      const code = option.type === 'code' ? option.code : await onCreate(option.name, kind);
      await onPick(code);
      setQuery('');
      setActive(0);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // An Enter meant for the notes (typed before focus arrived here) must not code anything.
      if (query.trim() === '') return;
      void choose(options[activeIndex]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // Escape must not also close a surrounding dialog.
      event.stopPropagation();
      if (query !== '') {
        setQuery('');
        setActive(0);
      } else {
        onClose?.();
      }
    }
  };

  return (
    <div className="picker">
      <label htmlFor={inputId}>Find or create a code</label>
      <input
        ref={inputRef}
        id={inputId}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Codes" className="picker-list">
        {options.map((option, index) => (
          <li
            key={option.type === 'code' ? option.code.id : 'create'}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={
              (index === activeIndex ? 'picker-option active' : 'picker-option') +
              (option.type === 'create' ? ' picker-create' : '')
            }
            // Keeps focus in the input, so typing can go on after a click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void choose(option)}
          >
            {option.type === 'code' ? (
              <>
                <span
                  className="picker-swatch"
                  style={{ background: option.code.colour }}
                  aria-hidden="true"
                />
                <span className="picker-name">{option.code.name}</span>
                <span className="picker-kind">{CODE_KIND_LABELS[option.code.kind]}</span>
              </>
            ) : (
              <span className="picker-name">Create code “{option.name}”</span>
            )}
          </li>
        ))}
      </ul>
      {options.length === 0 && (
        <p className="picker-empty">
          {query.trim() === '' ? 'No more codes to add.' : 'That code is already on this quote.'}
        </p>
      )}
      {creatable && (
        <div className="picker-kind-field">
          <label htmlFor={kindId}>Kind of the new code</label>
          <select
            id={kindId}
            value={kind}
            onChange={(event) => {
              const picked = CODE_KINDS.find((k) => k === event.target.value);
              if (picked) setKind(picked);
            }}
          >
            <Options options={labelledOptions(CODE_KINDS, CODE_KIND_LABELS)} />
          </select>
        </div>
      )}
      <ErrorAlert message={error} />
      {onClose && (
        <button type="button" className="picker-done" onClick={onClose}>
          Done
        </button>
      )}
    </div>
  );
}
