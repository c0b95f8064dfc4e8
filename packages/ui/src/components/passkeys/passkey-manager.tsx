import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentProps, FormEvent, ReactNode } from 'react';
import {
  useAccountCenterSettings,
  useFeature,
  useRemoveMfaFactor,
  useRenamePasskey,
  useMfaFactors,
  usePasskeyRegistration,
} from '@account-center/react';
import type { PasskeyRegistration } from '@account-center/react';
import { isMissingRoute } from '@account-center/client';
import type { MfaVerification } from '@account-center/client';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/security-i18n.js';
import type { I18n } from '../../i18n/create-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import {
  Section,
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from '../../primitives/card.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { Field, FieldDescription, FieldError, FieldLabel } from '../../primitives/field.js';
import { Input } from '../../primitives/input.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { BackupCodesOffer } from '../backup-codes/backup-codes.js';
import {
  useIsLastMandatoryFactor,
  useShouldOfferBackupCodes,
} from '../backup-codes/mfa-helpers.js';
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

/** The user-facing message for a registration error (a dismissed prompt never gets here). */
function registrationMessage(i18n: I18n, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'webauthn_already_registered') return i18n.t('passkey.alreadyRegistered');
  if (code === 'webauthn_security_error') return i18n.t('passkey.unavailableHere');
  if (code === 'webauthn_failed') return i18n.t('passkey.failed');
  return i18n.formatError(error);
}

export interface PasskeyManagerProps extends ComponentProps<'section'> {
  /** Offer backup codes right after the user's first second factor is added (default `true`). */
  offerBackupCodes?: boolean;
  /** Names the backup-code download if it is offered; default the Logto endpoint's host. */
  appName?: string;
  /** A passkey was added (after naming). */
  onSuccess?: () => void;
  /**
   * Start adding on mount (deep entry: "Add a passkey" from a banner): step-up, then a Create
   * button with focus (the OS prompt needs the user's click, bar 25). Starts once adding is possible.
   */
  defaultOpen?: boolean;
  /**
   * The user cancelled adding: the identity check, the OS prompt or the Create step (e.g. to
   * navigate back after a deep entry).
   */
  onCancel?: () => void;
}

/**
 * The passkeys section: the list (name, added, last used), add (step-up → OS prompt → name),
 * rename inline and remove with confirmation. The registration options and the WebAuthn code
 * load when the section opens, so the OS prompt opens straight from the click (bar 25). Follows
 * the server's gates: adding needs `passkey` (else `mfa`) Edit, the list needs `mfa` readable.
 */
export function PasskeyManager({
  offerBackupCodes = true,
  appName,
  onSuccess,
  defaultOpen = false,
  onCancel,
  className,
  ...props
}: PasskeyManagerProps) {
  const i18n = useSecurityI18n();
  const { t } = i18n;
  const announce = useAnnounce();
  const settings = useAccountCenterSettings();
  const feature = useFeature('passkey');
  const factors = useMfaFactors();
  const isLastFactor = useIsLastMandatoryFactor();
  const shouldOffer = useShouldOfferBackupCodes();
  const [confirmed, setConfirmed] = useState(false);
  const [offer, setOffer] = useState(false);
  const offerOnDone = useRef(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // Set once a passkey is added: focus goes back to Add once that is rendered again.
  const returnFocus = useRef(false);
  const unsupportedId = useId();
  const registration = usePasskeyRegistration({
    prepare: false,
    onSuccess: () => {
      announce(t('passkey.added'));
      setOffer(offerOnDone.current);
      registration.reset();
      returnFocus.current = true;
      onSuccess?.();
    },
    // A cancelled step-up or a dismissed OS prompt (errors stay on screen, and are not this).
    onCancel: () => onCancel?.(),
  });

  const level = settings.fields.passkey.value;
  const offered = settings.offeredMfaFactors.includes('WebAuthn');
  const canAdd = level === 'Edit' && offered;
  const { state, error, supported, prepare } = registration;

  // Options and the browser code load as soon as the section can add (bar 25).
  useEffect(() => {
    if (canAdd && supported && state === 'idle' && !error) void prepare();
  }, [canAdd, supported, state, error, prepare]);

  useEffect(() => {
    if (!returnFocus.current || !addButton.current) return;
    returnFocus.current = false;
    addButton.current.focus();
  });

  // Deep entry (`defaultOpen`): step up once, then offer Create; its click opens the OS prompt.
  const started = useRef(false);
  const canStart = defaultOpen && canAdd && supported && !settings.isLoading;
  const { verify } = registration;
  useEffect(() => {
    if (!canStart || started.current) return;
    started.current = true;
    offerOnDone.current = offerBackupCodes && shouldOffer;
    // Resolves at once when already verified.
    void verify().then(setConfirmed);
  }, [canStart, offerBackupCodes, shouldOffer, verify]);
  const createButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmed) createButton.current?.focus();
  }, [confirmed]);

  if (feature.status === 'hidden') return null;

  const loading = settings.isLoading || factors.isPending;
  const passkeys = (factors.data ?? []).filter(
    (factor): factor is Passkey => factor.type === 'WebAuthn',
  );

  const add = () => {
    offerOnDone.current = offerBackupCodes && shouldOffer;
    if (registration.verified) {
      // Straight from the click: no await before the OS prompt (iOS user activation).
      setConfirmed(false);
      registration.register();
      return;
    }
    // Step up first (bar 2); the prompt then opens from the Create click that follows.
    void registration.verify().then(setConfirmed);
  };

  const prepareFailed = state === 'idle' && !!error;
  let addArea: ReactNode = null;
  // An older Logto without the registration route: adding is not offered (nothing to retry).
  if (canAdd && !loading && !isMissingRoute(error)) {
    if (state === 'naming' || state === 'binding') {
      addArea = <PasskeyNameForm registration={registration} />;
    } else {
      const message = error ? registrationMessage(i18n, error) : undefined;
      addArea = (
        <div data-slot="passkey-add" className="ac-passkey-add">
          {message && (
            <Alert variant="danger">
              <AlertDescription>{message}</AlertDescription>
              {state === 'idle' && (
                <Button size="sm" onClick={() => void registration.prepare()}>
                  {t('common.retry')}
                </Button>
              )}
            </Alert>
          )}
          {!supported && (
            <p id={unsupportedId} className="ac-field-description">
              {t('passkey.notSupported')}
            </p>
          )}
          {confirmed && supported ? (
            <div className="ac-mfa-panel">
              <p className="ac-field-description">{t('passkey.continueDescription')}</p>
              <div className="ac-card-footer ac-mfa-panel-footer">
                <Button
                  onClick={() => {
                    setConfirmed(false);
                    onCancel?.();
                  }}
                >
                  {t('common.cancel')}
                </Button>
                <Button
                  ref={createButton}
                  variant="primary"
                  pending={state !== 'ready'}
                  onClick={() => {
                    setConfirmed(false);
                    registration.register();
                  }}
                >
                  {t('passkey.create')}
                </Button>
              </div>
            </div>
          ) : (
            <div className="ac-mfa-actions">
              <Button
                ref={addButton}
                variant="primary"
                // Options failed to load: the alert above offers Retry instead.
                disabled={!supported || prepareFailed}
                aria-describedby={supported ? undefined : unsupportedId}
                pending={supported && !prepareFailed && state !== 'ready'}
                onClick={add}
              >
                {passkeys.length > 0 ? t('passkey.addAnother') : t('passkey.add')}
              </Button>
            </div>
          )}
        </div>
      );
    }
  }

  let list: ReactNode;
  if (loading) {
    list = (
      <>
        <p className="ac-sr-only">{t('common.loading')}</p>
        <Skeleton className="ac-mfa-skeleton" />
      </>
    );
  } else if (factors.isError) {
    list = <LoadFailed onRetry={() => void factors.refetch()} />;
  } else if (factors.data === null) {
    // `mfa` Off with `passkey` Edit: the server refuses the list but accepts a new passkey (§6.8).
    list = <p className="ac-field-description">{t('passkey.listUnavailable')}</p>;
  } else if (passkeys.length === 0) {
    list = <p className="ac-mfa-status">{t('passkey.none')}</p>;
  } else {
    list = (
      <ul data-slot="passkey-list" aria-label={t('passkey.listLabel')} className="ac-mfa-list">
        {passkeys.map((passkey) => (
          <PasskeyItem
            key={passkey.id}
            passkey={passkey}
            editable={level === 'Edit'}
            lastFactor={isLastFactor(passkey)}
            // Fresh options: the old ones still exclude the removed credential.
            onSuccess={(action) => action === 'remove' && state === 'ready' && registration.reset()}
          />
        ))}
      </ul>
    );
  }

  return (
    <Section
      data-slot="passkey-manager"
      data-state={loading ? 'loading' : state}
      aria-busy={loading || undefined}
      className={cx('ac-mfa-section', className)}
      {...props}
    >
      <SectionHeader>
        <SectionTitle>{t('passkey.title')}</SectionTitle>
        <SectionDescription>{t('passkey.description')}</SectionDescription>
      </SectionHeader>
      <SectionContent className="ac-mfa-content">
        {list}
        {level === 'ReadOnly' && (
          <p className="ac-field-description">{t('common.managedByAdmin')}</p>
        )}
        {offer && (
          <BackupCodesOffer
            {...(appName ? { appName } : {})}
            onSuccess={() => setOffer(false)}
            onCancel={() => setOffer(false)}
          />
        )}
        {addArea}
      </SectionContent>
    </Section>
  );
}

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

export interface PasskeyItemProps extends ComponentProps<'li'> {
  passkey: PasskeyFactor;
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
  className,
  ...props
}: PasskeyItemProps) {
  const { t, formatError, formatDate } = useSecurityI18n();
  const announce = useAnnounce();
  const rename = useRenamePasskey();
  const remove = useRemoveMfaFactor();
  const name = passkeyDisplayName(t, passkey);
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
            <p className="ac-mfa-row-title">
              {/* A chosen name: isolated so its direction cannot reorder the row (U+202E). */}
              <bdi>{name}</bdi>
            </p>
            <p className="ac-mfa-meta">
              <span>{t('passkey.created', { date: formatDate(passkey.createdAt) })}</span>
              <span>
                {passkey.lastUsedAt
                  ? t('passkey.lastUsed', { date: formatDate(passkey.lastUsedAt) })
                  : t('passkey.neverUsed')}
              </span>
            </p>
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
