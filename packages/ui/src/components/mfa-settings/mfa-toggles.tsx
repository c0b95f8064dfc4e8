import { useState } from 'react';
import type { ComponentProps } from 'react';
import {
  useTenantConfig,
  useUpdateLogtoConfigs,
  useUpdateMfaSettings,
  useLogtoConfigs,
  useMfaFactors,
  useMfaSettings,
  useMyAccount,
} from '@account-center/react';
import { secondFactors } from '@account-center/client/helpers';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { Field, FieldDescription, FieldLabel } from '../../primitives/field.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { Switch } from '../../primitives/switch.js';

/** What the two switches may show, from settings discovery and the reads. */
export function useMfaSettingsModel() {
  const settings = useTenantConfig();
  const mfaSettings = useMfaSettings();
  const configs = useLogtoConfigs();
  const factors = useMfaFactors();
  const account = useMyAccount();
  const mfaFact = settings.mfa.value;
  const mfaLevel = settings.fields.mfa.value;
  const passkeyLevel = settings.fields.passkey.value;

  // Hidden under a mandatory policy (`isMfaMandatory`: the server ignores the flag then) and
  // when the tenant offers no factor at all (Logto's own rule).
  const mandatory = mfaFact?.mandatory === true;
  const noFactorOffered = !!mfaFact && mfaFact.factors.length === 0;
  const showMfa = mfaLevel !== 'Off' && mfaSettings.data !== null && !mandatory && !noFactorOffered;
  // Shown when passkey sign-in is enabled or unknown, and `passkey ?? mfa` is readable.
  const showPasskey =
    passkeyLevel !== 'Off' && configs.data !== null && mfaFact?.passkeySignIn !== false;

  const hasFactor =
    secondFactors({ factors: factors.data, offered: mfaFact?.factors, account: account.data })
      .length > 0;

  return {
    settings,
    mfaSettings,
    configs,
    mandatory,
    showMfa,
    showPasskey,
    // Unknown level: offer the switch; a `field_not_editable` answer then makes it ReadOnly.
    mfaEditable: mfaLevel !== 'ReadOnly',
    passkeyEditable: passkeyLevel !== 'ReadOnly',
    // Only warn once the factor list has answered.
    noFactor: factors.isSuccess && !hasFactor,
  };
}

function ReadOnlyValue({ on }: { on: boolean }) {
  const { t } = useSecurityI18n();
  return (
    <span data-slot="mfa-settings-value" className="ac-entry-meta">
      {on ? t('common.on') : t('common.off')}
    </span>
  );
}

/** A toggle's placeholder while its setting loads. */
function ToggleLoading({ slot, className }: { slot: string; className: string | undefined }) {
  const { t } = useSecurityI18n();
  return (
    <div data-slot={slot} data-state="loading" aria-busy="true" className={className}>
      <span className="ac-sr-only">{t('common.loading')}</span>
      <Skeleton className="ac-entry-skeleton" />
    </div>
  );
}

export type MfaSettingsToggleProps = ComponentProps<'div'>;

/**
 * "Ask for a second step when I sign in" (`skipMfaOnSignIn` inverted). Turning it off asks
 * first; the switch shows the server's state and only moves after the save succeeds. Warns
 * when it is on but no method is set up. Not rendered when `mfa` is Off or the tenant's policy
 * makes two-step verification mandatory.
 */
export function MfaSettingsToggle({ className, ...props }: MfaSettingsToggleProps) {
  const { t, formatError } = useSecurityI18n();
  const announce = useAnnounce();
  const model = useMfaSettingsModel();
  const update = useUpdateMfaSettings();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const { mfaSettings } = model;

  if (!model.showMfa) return null;
  if (mfaSettings.isPending)
    return <ToggleLoading slot="mfa-settings-toggle" className={className} />;
  if (mfaSettings.isError) return <LoadFailed onRetry={() => void mfaSettings.refetch()} />;
  const on = !mfaSettings.data!.skipMfaOnSignIn;

  const save = async (next: boolean) => {
    setError(undefined);
    await update.mutateAsync({ skipMfaOnSignIn: !next });
    announce(next ? t('mfa.enabled') : t('mfa.disabled'));
  };

  return (
    <div
      data-slot="mfa-settings-toggle"
      data-state={on ? 'on' : 'off'}
      className={cx('ac-stack', className)}
      {...props}
    >
      <Field className="ac-setting">
        <div className="ac-entry-main">
          <FieldLabel>{t('mfa.askOnSignIn')}</FieldLabel>
          <FieldDescription>{t('mfa.askOnSignInDescription')}</FieldDescription>
        </div>
        {model.mfaEditable ? (
          <Switch
            checked={on}
            pending={update.isPending}
            onCheckedChange={(next) => {
              if (!next) {
                setConfirming(true);
                return;
              }
              save(true).catch((caught: unknown) => {
                if (!isSilentError(caught)) setError(caught);
              });
            }}
          />
        ) : (
          <ReadOnlyValue on={on} />
        )}
      </Field>
      {!model.mfaEditable && <p className="ac-entry-meta">{t('common.managedByAdmin')}</p>}
      {on && model.noFactor && (
        <Alert variant="warning" data-slot="mfa-settings-warning">
          <AlertDescription>{t('mfa.noFactorWarning')}</AlertDescription>
        </Alert>
      )}
      {error !== undefined && (
        <Alert variant="danger">
          <AlertDescription>{formatError(error)}</AlertDescription>
        </Alert>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('mfa.turnOffTitle')}
        description={t('mfa.turnOffDescription')}
        confirmLabel={t('mfa.turnOff')}
        onConfirm={() => save(false)}
      />
    </div>
  );
}

export type PasskeyPromptToggleProps = ComponentProps<'div'>;

/**
 * "Suggest a passkey when I sign in" (`passkeySignIn.skipped` inverted, in the logto configs).
 * Shown when passkey sign-in is enabled (or not known) and `passkey ?? mfa` is readable.
 */
export function PasskeyPromptToggle({ className, ...props }: PasskeyPromptToggleProps) {
  const { t, formatError } = useSecurityI18n();
  const announce = useAnnounce();
  const model = useMfaSettingsModel();
  const update = useUpdateLogtoConfigs();
  const [error, setError] = useState<unknown>();
  const { configs } = model;

  if (!model.showPasskey) return null;
  if (configs.isPending)
    return <ToggleLoading slot="passkey-prompt-toggle" className={className} />;
  if (configs.isError) return <LoadFailed onRetry={() => void configs.refetch()} />;
  const on = !configs.data!.passkeySignIn.skipped;

  return (
    <div
      data-slot="passkey-prompt-toggle"
      data-state={on ? 'on' : 'off'}
      className={cx('ac-stack', className)}
      {...props}
    >
      <Field className="ac-setting">
        <div className="ac-entry-main">
          <FieldLabel>{t('mfa.passkeyPrompt')}</FieldLabel>
          <FieldDescription>{t('mfa.passkeyPromptDescription')}</FieldDescription>
        </div>
        {model.passkeyEditable ? (
          <Switch
            checked={on}
            pending={update.isPending}
            onCheckedChange={(next) => {
              setError(undefined);
              update.mutateAsync({ passkeySignIn: { skipped: !next } }).then(
                () => announce(next ? t('mfa.passkeyPromptOn') : t('mfa.passkeyPromptOff')),
                (caught: unknown) => {
                  if (!isSilentError(caught)) setError(caught);
                },
              );
            }}
          />
        ) : (
          <ReadOnlyValue on={on} />
        )}
      </Field>
      {!model.passkeyEditable && <p className="ac-entry-meta">{t('common.managedByAdmin')}</p>}
      {error !== undefined && (
        <Alert variant="danger">
          <AlertDescription>{formatError(error)}</AlertDescription>
        </Alert>
      )}
    </div>
  );
}
