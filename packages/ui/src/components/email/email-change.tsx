// The parts by name, not `Email.X`: an app that uses only this component does not keep the
// `Email` object.
import { EmailChangeForm, EmailContent, EmailHeader, EmailRoot, EmailValue } from './email.js';
import type { EmailRootProps } from './email.js';

/** `EmailChange`'s props: `Email.Root`'s. */
export type EmailChangeProps = EmailRootProps;

/**
 * The primary email: shown, added, changed (identity check → code to the new address → verify →
 * saved) and removed (with confirmation), inline in its section. Honors the `email` field level:
 * Off renders nothing, ReadOnly shows the address with a "managed by your administrator" hint.
 * The usual composition of the `Email` parts; compose them yourself to rearrange it.
 * @example <EmailChange defaultOpen defaultValue="me@example.com" onCancel={() => history.back()} />
 */
export function EmailChange(props: EmailChangeProps) {
  return (
    <EmailRoot {...props}>
      <EmailHeader />
      <EmailContent>
        <EmailValue />
        <EmailChangeForm />
      </EmailContent>
    </EmailRoot>
  );
}
