import { useState, type FormEvent } from 'react';
import { Field } from '../../ui/Field';
import { rememberedName } from './useComments';

interface Props {
  /** The textarea's label: "Comment", "Reply". */
  label: string;
  submitLabel: string;
  /** The member's own name in a shared workspace; null asks for one. */
  signedName: string | null;
  onPost(body: string, name: string): Promise<void>;
  onCancel?: () => void;
}

/**
 * Writes one comment. What was typed stays in the box until the save resolves, and stays there
 * with the reason beside it when it fails: never lose a user's words.
 */
export function CommentForm({ label, submitLabel, signedName, onPost, onCancel }: Props) {
  const [body, setBody] = useState('');
  const [name, setName] = useState(rememberedName);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') {
      setError(`${label} is empty: write something first.`);
      return;
    }
    if (signedName === null && name.trim() === '') {
      setError('Your name is required, so the team knows who commented.');
      return;
    }
    setSaving(true);
    try {
      await onPost(body, name);
      setBody('');
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)} noValidate>
      {signedName === null && (
        <Field label="Your name">
          <input
            type="text"
            value={name}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
      )}
      <Field label={label} error={error ?? undefined}>
        <textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
      </Field>
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
