/**
 * Inserts text at a textarea's selection the way typing would. execCommand('insertText') is
 * deprecated but still the only way to keep the browser's own undo (Ctrl+Z) working and to fire
 * a real input event; where it is unavailable (jsdom) the caller gets the new value to set.
 */
export function insertAtSelection(
  textarea: HTMLTextAreaElement,
  text: string,
): { handled: true } | { handled: false; value: string; caret: number } {
  textarea.focus();
  const { selectionStart, selectionEnd, value } = textarea;
  const doc = textarea.ownerDocument;
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text)) {
    if (textarea.value !== value) return { handled: true };
  }
  return {
    handled: false,
    value: value.slice(0, selectionStart) + text + value.slice(selectionEnd),
    caret: selectionStart + text.length,
  };
}
