/** Joins class names, skipping falsy ones; the caller's `className` is always passed last so it wins. */
export function cx(...classNames: Array<string | false | null | undefined>): string {
  return classNames.filter(Boolean).join(' ');
}
