import { useEffect, useRef, useState, type RefObject } from 'react';

const BISA_FOKUS = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * Which step panel of a screen is open, and where the keyboard goes once it closes or an action is
 * done: back to the button that opened it (the disclosure pattern). When that button is gone after
 * the reload (a letter just cancelled has no "Batalkan catatan", a branch just accepted no "Terima"),
 * to the first control left in `wadah`, else to the screen's heading; never to the page body, where
 * a keyboard user would have to start again from the menu.
 */
export function usePanel<P extends string>(wadah?: RefObject<HTMLElement | null>) {
  const [panel, setPanel] = useState<P | null>(null);
  const pembuka = useRef<HTMLElement | null>(null);
  const kembali = useRef(false);
  // Where this hook put the focus last: a stop on the way (the old form's field, until the reload
  // replaces that form), not a move the person made.
  const dituju = useRef<HTMLElement | null>(null);

  // After every render while a return is pending: the reload that removes the opener is a render too.
  useEffect(() => {
    if (!kembali.current) return;
    const aktif = document.activeElement;
    if (aktif && aktif !== document.body && aktif.isConnected) {
      // The person has moved on by themselves; a later step's end goes to the heading, not to this opener.
      if (aktif !== pembuka.current && aktif !== dituju.current) {
        kembali.current = false;
        pembuka.current = null;
      }
      return;
    }
    const tujuan = pembuka.current?.isConnected
      ? pembuka.current
      : (wadah?.current?.querySelector<HTMLElement>(BISA_FOKUS) ?? document.querySelector<HTMLElement>('main h1'));
    tujuan?.focus();
    dituju.current = tujuan ?? null;
  });

  /** Remember the control that starts an action, so the focus can come back to it. */
  const ingat = () => {
    // The page body is no place to come back to (a button disabled while saving has handed the focus to it).
    const aktif = document.activeElement;
    pembuka.current = aktif instanceof HTMLElement && aktif !== document.body ? aktif : null;
    kembali.current = false;
  };
  return {
    panel,
    buka(p: P) {
      ingat();
      setPanel((x) => (x === p ? null : p));
    },
    /** Closes the open panel (done or cancelled) and returns the focus. */
    tutup() {
      kembali.current = true;
      setPanel(null);
    },
    /** For an action without a panel (a "Terima" button): call on the click; `tutup` at its end returns the focus. */
    ingat,
  };
}
