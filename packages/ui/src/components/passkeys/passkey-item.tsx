/** One passkey row (`PasskeyItem`), the naming step (`PasskeyNameForm`) and the names they show. */
import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentProps, FormEvent, ReactNode } from 'react';
import { useRemoveMfaFactor, useRenamePasskey } from '@account-center/react';
import type { PasskeyRegistration } from '@account-center/react';
import type { MfaVerification } from '@account-center/client';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import type { I18n } from '../../i18n/create-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { Field, FieldDescription, FieldError, FieldLabel } from '../../primitives/field.js';
import { Input } from '../../primitives/input.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { parseUserAgent } from '../../lib/user-agent.js';

/** A passkey as `useMfaFactors()` lists it. */
export type PasskeyFactor = Extract<MfaVerification, { type: 'WebAuthn' }>;
type Passkey = PasskeyFactor;

/** "Chrome on macOS" from a user agent, or `undefined` when it names neither. */
export function describeUserAgent(
  t: I18n['t'],
  agent: string | null | undefined,
): string | undefined {
  const { browser, os } = parseUserAgent(agent);
  if (browser && os) return t('passkey.deviceName', { browser, os });
  return browser ?? os;
}

/** The passkey's name, else where it was created ("Chrome on macOS"), else "Unnamed passkey". */
export function passkeyDisplayName(t: I18n['t'], passkey: Passkey): string {
  return passkey.name?.trim() || describeUserAgent(t, passkey.agent) || t('passkey.unnamed');
}

/** `PasskeyNameForm`'s props: a `<form>`'s, and the registration to bind. */
export interface PasskeyNameFormProps extends Omit<ComponentProps<'form'>, 'onSubmit'> {
  /** `usePasskeyRegistration()`'s result, in its `naming` (or `binding`) state. */
  registration: Pick<PasskeyRegistration, 'state' | 'error' | 'bind'>;
}

/** After the OS prompt: name the new passkey (prefilled "Chrome on macOS"), then bind it. */
export function PasskeyNameForm({ registration, className, ...props }: PasskeyNameFormProps) {
  const i18n = useSecurityI18n();
  const { t } = i18n;
  const [name, setName] = useState(
    () => describeUserAgent(t, typeof navigator === 'undefined' ? '' : navigator.userAgent) ?? '',
  );
  const [nameError, setNameError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const binding = registration.state === 'binding';
  return (
    <form
      noValidate
      data-slot="passkey-name-form"
      data-state={registration.state}
      className={cx('ac-mfa-panel', className)}
      {...props}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (!name.trim()) {
          setNameError(t('passkey.nameRequired'));
          input.current?.focus();
          return;
        }
        void registration.bind(name);
      }}
    >
      <p className="ac-mfa-panel-title">{t('passkey.nameTitle')}</p>
      <Field>
        <FieldLabel>{t('passkey.name')}</FieldLabel>
        <Input
          ref={input}
          value={name}
          maxLength={64}
          autoComplete="off"
          onChange={(event) => {
            setName(event.target.value);
            setNameError(undefined);
          }}
        />
        <FieldDescription>{t('passkey.nameDescription')}</FieldDescription>
        <FieldError>{nameError}</FieldError>
      </Field>
      {registration.error && (
        <Alert variant="danger">
          <AlertDescription>{i18n.formatError(registration.error)}</AlertDescription>
        </Alert>
      )}
      <div className="ac-card-footer ac-mfa-panel-footer">
        <Button type="submit" variant="primary" pending={binding}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

/** What a custom row body receives from `PasskeyItem` (and `Passkeys.Item`). */
export interface PasskeyItemDetails {
  /** The passkey as listed. */
  passkey: PasskeyFactor;
  /** The name shown: the chosen one, else "Chrome on macOS", else "Unnamed passkey". */
  name: string;
  /** "Added …", localized. */
  created: string;
  /** "Last used …" or "Never used", localized. */
  lastUsed: string;
}

/** `PasskeyItem`'s props: an `<li>`'s, the passkey, and what the row may do. */
export interface PasskeyItemProps extends Omit<ComponentProps<'li'>, 'children'> {
  /** The passkey this row shows. */
  passkey: PasskeyFactor;
  /**
   * The row's body in place of its name and dates; a function receives them formatted. Rename,
   * Remove and the inline rename form stay the kit's.
   */
  children?: ReactNode | ((details: PasskeyItemDetails) => ReactNode);
  /** Rename and Remove (default `true`); `false` for a read-only list. */
  editable?: boolean;
  /** The only second factor under a mandatory MFA policy: Remove is disabled, with the reason. */
  lastFactor?: boolean;
  /** A write on this passkey succeeded: `'rename'` or `'remove'`. */
  onSuccess?: (action: 'rename' | 'remove') => void;
}

/** One row (`<li>`): name, added, last used; Rename (inline) and Remove (confirmation) when editable. */
export function PasskeyItem({
  passkey,
  editable = true,
  lastFactor = false,
  onSuccess,
  children,
  className,
  ...props
}: PasskeyItemProps) {
  const { t, formatError, formatDate } = useSecurityI18n();
  const announce = useAnnounce();
  const rename = useRenamePasskey();
  const remove = useRemoveMfaFactor();
  const name = passkeyDisplayName(t, passkey);
  const created = t('passkey.created', { date: formatDate(passkey.createdAt) });
  const lastUsed = passkey.lastUsedAt
    ? t('passkey.lastUsed', { date: formatDate(passkey.lastUsedAt) })
    : t('passkey.neverUsed');
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(passkey.name ?? '');
  const [fieldError, setFieldError] = useState<string>();
  const [saveError, setSaveError] = useState<unknown>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const renameInput = useRef<HTMLInputElement>(null);
  // The inline form moves focus to its field when it opens (bar 38).
  useEffect(() => {
    if (editing) renameInput.current?.select();
  }, [editing]);
  const reasonId = useId();

  const close = () => {
    setEditing(false);
    setFieldError(undefined);
    setSaveError(null);
    // The row re-renders its buttons; put focus back on Rename once it is there.
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  const save = async () => {
    const trimmed = value.trim();
    if (!trimmed) {
      setFieldError(t('passkey.nameRequired'));
      return;
    }
    if (trimmed === passkey.name) return close();
    setSaveError(null);
    try {
      await rename.mutateAsync({ id: passkey.id, name: trimmed });
      announce(t('passkey.renamed'));
      close();
      onSuccess?.('rename');
    } catch (caught) {
      if (!isSilentError(caught)) setSaveError(caught);
    }
  };

  return (
    <li
      data-slot="passkey-item"
      data-state={editing ? 'editing' : 'idle'}
      className={cx('ac-mfa-row', className)}
      {...props}
    >
      {editing ? (
        <form
          noValidate
          data-slot="passkey-rename-form"
          className="ac-mfa-row-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void save();
          }}
        >
          <Field>
            <FieldLabel>{t('passkey.renameTitle')}</FieldLabel>
            <Input
              ref={renameInput}
              value={value}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && !rename.isPending) {
                  event.preventDefault();
                  close();
                }
              }}
              maxLength={64}
              autoComplete="off"
              onChange={(event) => {
                setValue(event.target.value);
                setFieldError(undefined);
              }}
            />
            <FieldError>{fieldError}</FieldError>
          </Field>
          {saveError !== null && (
            <Alert variant="danger">
              <AlertDescription>{formatError(saveError)}</AlertDescription>
            </Alert>
          )}
          <div className="ac-mfa-actions">
            <Button size="sm" onClick={close} disabled={rename.isPending}>
              {t('common.cancel')}
            </Button>
            <Button size="sm" type="submit" variant="primary" pending={rename.isPending}>
              {t('common.save')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <div className="ac-mfa-row-main">
            {children === undefined ? (
              <>
                <p className="ac-mfa-row-title">
                  {/* A chosen name: isolated so its direction cannot reorder the row (U+202E). */}
                  <bdi>{name}</bdi>
                </p>
                <p className="ac-mfa-meta">
                  <span>{created}</span>
                  <span>{lastUsed}</span>
                </p>
              </>
            ) : typeof children === 'function' ? (
              children({ passkey, name, created, lastUsed })
            ) : (
              children
            )}
            {editable && lastFactor && (
              <p id={reasonId} className="ac-field-description">
                {t('totp.lastFactor')}
              </p>
            )}
          </div>
          {editable && (
            <div className="ac-mfa-actions">
              <Button
                ref={renameButton}
                size="sm"
                variant="ghost"
                aria-label={t('passkey.renameLabel', { name })}
                onClick={() => {
                  setValue(passkey.name?.trim() || name);
                  setEditing(true);
                }}
              >
                {t('passkey.rename')}
              </Button>
              <ConfirmDialog
                trigger={
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t('passkey.removeLabel', { name })}
                    disabled={lastFactor}
                    aria-describedby={lastFactor ? reasonId : undefined}
                  >
                    {t('common.remove')}
                  </Button>
                }
                title={t('passkey.removeTitle', { name })}
                description={t('passkey.removeDescription')}
                confirmLabel={t('common.remove')}
                onConfirm={async () => {
                  await remove.mutateAsync(passkey);
                  announce(t('passkey.removed', { name }));
                  onSuccess?.('remove');
                }}
              />
            </div>
          )}
        </>
      )}
    </li>
  );
}
