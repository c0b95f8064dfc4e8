// The parts by name, not `Phone.X`: an app that uses only this component does not keep the
// `Phone` object.
import { PhoneChangeForm, PhoneContent, PhoneHeader, PhoneRoot, PhoneValue } from './phone.js';
import type { PhoneRootProps } from './phone.js';

/** `PhoneChange`'s props: `Phone.Root`'s. */
export type PhoneChangeProps = PhoneRootProps;

/**
 * The primary phone: shown internationally formatted, added, changed (identity check → code by
 * SMS → verify → saved) and removed (with confirmation). Entry is a country select plus the
 * national number (a pasted `+…`/`00…` number picks its country); it is sent as E.164 digits
 * without "+" (§12), after a local length check. The server has the last word
 * (`user.invalid_phone` shows under the field). The usual composition of the `Phone` parts;
 * compose them yourself to rearrange it.
 * @example <PhoneChange />
 */
export function PhoneChange(props: PhoneChangeProps) {
  return (
    <PhoneRoot {...props}>
      <PhoneHeader />
      <PhoneContent>
        <PhoneValue />
        <PhoneChangeForm />
      </PhoneContent>
    </PhoneRoot>
  );
}
