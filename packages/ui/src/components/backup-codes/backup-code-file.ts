/** The downloadable backup-code file: its name and its text (bar 30). */

/** Lower-case, letters/digits/`.`/`_`/`-` only, no leading or trailing separators, ≤ 48 chars. */
function slug(value: string): string {
  return (
    value
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 48)
      .replace(/[-.]+$/g, '') || 'account'
  );
}

/**
 * `<app>-backup-codes-<account>.txt`, safe on every file system.
 * @example backupCodesFileName('Acme', 'ada@example.com'); // 'acme-backup-codes-ada-example.com.txt'
 */
export function backupCodesFileName(app: string, account: string | undefined): string {
  return `${slug(app)}-backup-codes${account ? `-${slug(account)}` : ''}.txt`;
}

/**
 * The file's text: a heading naming the app and the account, the date, a warning when the codes
 * were not turned on yet when saved, how to use them, the codes.
 */
export function backupCodesFileText(input: {
  heading: string;
  generated: string;
  warning?: string | undefined;
  intro: string;
  codes: readonly string[];
}): string {
  return [
    input.heading,
    input.generated,
    ...(input.warning ? [input.warning] : []),
    input.intro,
    '',
    ...input.codes,
    '',
  ].join('\n');
}

/** Starts a download of `text` as a `.txt` file (a Blob URL, revoked right after). */
export function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Prints only `element` (our print stylesheet hides the rest of the page while
 * `data-ac-printing` is set on `<html>`), then restores the page.
 */
export function printElement(element: HTMLElement): void {
  const root = document.documentElement;
  const restore = () => {
    root.removeAttribute('data-ac-printing');
    element.removeAttribute('data-printing');
    window.removeEventListener('afterprint', restore);
  };
  root.setAttribute('data-ac-printing', '');
  element.setAttribute('data-printing', '');
  window.addEventListener('afterprint', restore);
  window.print();
}
