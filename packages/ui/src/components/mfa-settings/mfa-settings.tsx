import {
  MfaSettingsAskOnSignIn,
  MfaSettingsCodeFactors,
  MfaSettingsContent,
  MfaSettingsDescription,
  MfaSettingsHeader,
  MfaSettingsPasskeyPrompt,
  MfaSettingsRequired,
  MfaSettingsRoot,
  MfaSettingsTitle,
} from './mfa-settings-parts.js';
import type { MfaSettingsRootProps } from './mfa-settings-parts.js';

export { MfaSettingsToggle, PasskeyPromptToggle } from './mfa-toggles.js';
export type { MfaSettingsToggleProps, PasskeyPromptToggleProps } from './mfa-toggles.js';

/** `<MfaSettings/>`'s props: `MfaSettings.Root`'s. */
export type MfaSettingsProps = MfaSettingsRootProps;

/**
 * Sign-in preferences for two-step verification: whether to ask for a second step, and
 * whether to suggest a passkey. Built from `MfaSettingsToggle` and `PasskeyPromptToggle`
 * (use them directly for your own layout). Not rendered when neither applies. The usual
 * composition of its parts (`MfaSettings.Root`, `.Header`, `.Title`, `.Description`,
 * `.Content`, `.Required`, `.AskOnSignIn`, `.PasskeyPrompt`, `.CodeFactors`); compose them
 * yourself to rearrange it.
 * @example <MfaSettings />
 */
export const MfaSettings = /* @__PURE__ */ Object.assign(
  function MfaSettings(props: MfaSettingsProps) {
    return (
      <MfaSettingsRoot {...props}>
        <MfaSettingsHeader />
        <MfaSettingsContent>
          <MfaSettingsRequired />
          <MfaSettingsAskOnSignIn />
          <MfaSettingsPasskeyPrompt />
          <MfaSettingsCodeFactors />
        </MfaSettingsContent>
      </MfaSettingsRoot>
    );
  },
  {
    Root: MfaSettingsRoot,
    Header: MfaSettingsHeader,
    Title: MfaSettingsTitle,
    Description: MfaSettingsDescription,
    Content: MfaSettingsContent,
    Required: MfaSettingsRequired,
    AskOnSignIn: MfaSettingsAskOnSignIn,
    PasskeyPrompt: MfaSettingsPasskeyPrompt,
    CodeFactors: MfaSettingsCodeFactors,
  },
);
