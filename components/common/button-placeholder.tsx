/**
 * The box of a button that only works with scripts, before they run: same size, invisible,
 * hidden from screen readers and the keyboard. Holding the place keeps the layout still
 * (CLS 0) when the real button appears.
 */
export function ButtonPlaceholder({ className, label, icon = false }: { className: string; label: string; icon?: boolean }) {
  return (
    <span aria-hidden="true" className={`${className} invisible`} data-placeholder="">
      {icon && <span className="inline-block size-5 shrink-0" />}
      {label}
    </span>
  );
}
