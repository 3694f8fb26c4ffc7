// A confirmation step for destructive actions: a modal-like alert dialog that
// takes focus, confirms with its button, cancels with its button or Escape.
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmProps {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function Confirm({ message, confirmLabel, onConfirm, onCancel }: ConfirmProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div class="confirm-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }}>
      <div role="alertdialog" aria-modal="true" aria-labelledby="confirm-message" class="confirm">
        <p id="confirm-message">{message}</p>
        <div class="confirm-actions">
          <button type="button" ref={cancelRef} onClick={onCancel}>Cancel</button>
          <button type="button" class="danger" onClick={onConfirm}>{confirmLabel}</button>
        </div>
      </div>
    </div>
  );
}
