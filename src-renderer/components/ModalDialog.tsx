import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  /** Called on Esc and on the close button; omit it for a dialog that needs a decision. */
  onClose?: () => void;
  children: ReactNode;
  className?: string;
  /** "alertdialog" for a dialog that interrupts work and asks for a decision. */
  role?: 'dialog' | 'alertdialog';
  /** Id of the element that describes the dialog's purpose. */
  describedBy?: string;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: focus moves in and is kept inside (Tab wraps), Esc closes it, and focus
 * returns to where it was. Built by hand because jsdom has no <dialog>.showModal().
 */
export function ModalDialog({
  title,
  onClose,
  children,
  className,
  role = 'dialog',
  describedBy,
}: ModalDialogProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    if (!dialog) return;
    (
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>(FOCUSABLE) ??
      dialog
    ).focus();
    // Focus that wanders out (a late focus() elsewhere) is brought back: the dialog is modal.
    function keepFocusInside(event: FocusEvent): void {
      if (dialog && event.target instanceof Node && !dialog.contains(event.target)) dialog.focus();
    }
    document.addEventListener('focusin', keepFocusInside);
    return () => {
      document.removeEventListener('focusin', keepFocusInside);
      previous?.focus();
    };
  }, []);

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Escape' && onCloseRef.current) {
      event.preventDefault();
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={`modal-dialog ${className ?? ''}`}
        onKeyDown={onKeyDown}
      >
        <header className="modal-dialog__header">
          <h2 id={titleId}>{title}</h2>
          {onClose && (
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              ×
            </button>
          )}
        </header>
        <div className="modal-dialog__body">{children}</div>
      </div>
    </div>
  );
}
