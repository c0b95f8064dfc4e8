/**
 * The shared body of `EmailChange` and `PhoneChange`: the current value with Add/Change/Remove,
 * the inline change flow (address → code → bound) on the hooks' `useEmailChange` /
 * `usePhoneChange`, and the removal confirmation. Internal: each component passes its address
 * field, parser and wording.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentType, FormEvent, ReactNode, RefObject } from 'react';
import {
  isCodeRejected,
  useTenantConfig,
  useFeature,
  useMyAccount,
  useRemovePrimaryEmail,
  useRemovePrimaryPhone,
} from '@account-center/react';
import type { AccountApiError } from '@account-center/client';
import type { IdentifierChange } from '@account-center/react';
import { useIdentifierI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { isProvablyLastIdentifier } from '../../lib/last-identifier.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import {
  Section,
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from '../../primitives/card.js';
import { CodeInput } from '../../primitives/code-input.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { Field, FieldDescription, FieldError, FieldLabel } from '../../primitives/field.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { VerificationDialog } from '../verification/lazy-verification-dialog.js';

export type IdentifierType = 'email' | 'phone';

/** Props the address step's field receives. */
export interface AddressFieldProps<TDraft> {
  draft: TDraft;
  onDraftChange: (draft: TDraft) => void;
  error: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
  disabled: boolean;
}

export interface IdentifierSectionProps<TDraft> {
  type: IdentifierType;
  flow: IdentifierChange;
  className?: string | undefined;
  /** The address step's field(s). */
  AddressField: ComponentType<AddressFieldProps<TDraft>>;
  /** The draft when the form opens. */
  initialDraft: () => TDraft;
  /** The value to send, or `undefined` when the draft is not a valid address. */
  parse: (draft: TDraft) => string | undefined;
  /** A more specific message than the generic one when `parse` refuses the draft. */
  invalidMessage?: (draft: TDraft) => string | undefined;
  /** A stored or sent value for display. */
  format: (value: string) => string;
  /** Extra text under the address field (e.g. carrier rates). */
  addressNote?: ReactNode;
  /** Open the change form on mount (deep entry), once the account is read and the field is Edit. */
  defaultOpen?: boolean | undefined;
  /** The address to prefill when `defaultOpen` opens the form. */
  defaultValue?: string | undefined;
  /** The draft for a prefilled `defaultValue`. */
  draftFrom?: ((value: string) => TDraft) | undefined;
  /** The new address was verified and saved. */
  onSuccess?: (() => void) | undefined;
  /** The user closed the change form without finishing it. */
  onCancel?: (() => void) | undefined;
}

/** Messages that `email.*` and `phone.*` both have, worded for their own identifier. */
type IdentifierMessage =
  | 'title'
  | 'description'
  | 'add'
  | 'change'
  | 'sendCode'
  | 'codeSentTo'
  | 'invalid'
  | 'removeTitle'
  | 'removeDescription'
  | 'added'
  | 'changed'
  | 'removed'
  | 'lastIdentifier'
  | 'bindFailed';

export function IdentifierSection<TDraft>({
  type,
  flow,
  className,
  AddressField,
  initialDraft,
  parse,
  invalidMessage,
  format,
  addressNote,
  defaultOpen = false,
  defaultValue,
  draftFrom,
  onSuccess,
  onCancel,
}: IdentifierSectionProps<TDraft>) {
  const { t, formatError } = useIdentifierI18n();
  const announce = useAnnounce();
  const account = useMyAccount();
  const { fields } = useTenantConfig();
  const level = fields[type];
  const feature = useFeature(type);
  const key = type === 'email' ? 'primaryEmail' : 'primaryPhone';
  const current = account.data?.[key] ?? null;
  const removeEmail = useRemovePrimaryEmail();
  const removePhone = useRemovePrimaryPhone();
  const remove = type === 'email' ? removeEmail : removePhone;

  const reasonId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<TDraft>(initialDraft);
  const [invalid, setInvalid] = useState(false);
  const [code, setCode] = useState('');
  const [action, setAction] = useState<'send' | 'verify'>('send');
  const [hadValue, setHadValue] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const addressInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  const { state, error } = flow;
  /** The `email.*` or `phone.*` message, its `{email}` or `{phone}` filled with `value`. */
  const words = (message: IdentifierMessage, value = format(flow.value || current || '')) =>
    t(`${type}.${message}`, { [type]: value });
  const showForm = editing && state !== 'done';
  const codeStep = showForm && state !== 'idle' && state !== 'sending';
  const codeError =
    state === 'code-sent' && action === 'verify' && error ? formatError(error) : undefined;
  // A refused code (wrong, expired, over-tried) is useless: cleared once per answer (adjusted
  // during render). Network errors, 5xx and 429 keep it, for a retry with the same code.
  const rejected = codeError && isCodeRejected(error) ? error : null;
  const [clearedFor, setClearedFor] = useState<AccountApiError | null>(null);
  if (rejected && rejected !== clearedFor) {
    setClearedFor(rejected);
    setCode('');
  }
  const resendError =
    state === 'code-sent' && action === 'send' && error ? formatError(error) : undefined;
  const addressError = invalid
    ? (invalidMessage?.(draft) ?? words('invalid'))
    : state === 'idle' && error
      ? formatError(error)
      : undefined;

  // Done: say so politely and give focus back to the row's action.
  const announced = useRef(false);
  const doneMessage = words(hadValue ? 'changed' : 'added');
  useEffect(() => {
    if (state === 'done' && editing && !announced.current) {
      announced.current = true;
      announce(doneMessage);
      onSuccess?.();
    }
    if (state !== 'done') announced.current = false;
  }, [state, editing, doneMessage, announce, onSuccess]);

  // Deep entry (`defaultOpen`): the form opens once, as Add/Change would, when it can be used.
  const opened = useRef(false);
  const canOpen = defaultOpen && level.value === 'Edit' && !!account.data;
  useEffect(() => {
    if (!canOpen || opened.current) return;
    opened.current = true;
    setDraft(defaultValue !== undefined && draftFrom ? draftFrom(defaultValue) : initialDraft());
    setHadValue(!!account.data?.[key]);
    setEditing(true);
  }, [canOpen, defaultValue, draftFrom, initialDraft, account.data, key]);

  // Closing the form (cancel or done) gives focus back to the row's action.
  const wasShown = useRef(false);
  useEffect(() => {
    if (wasShown.current && !showForm) trigger.current?.focus();
    wasShown.current = showForm;
  }, [showForm]);

  // Focus follows the step: the address field on open/edit, the code field once sent.
  useEffect(() => {
    if (!showForm) return;
    if (codeStep) codeInput.current?.focus();
    else addressInput.current?.focus();
  }, [showForm, codeStep]);

  // A wrong/expired code: the field was cleared, focus goes back to its start.
  useEffect(() => {
    if (rejected) codeInput.current?.focus();
  }, [rejected]);

  // Off renders nothing, and so does a level still unknown once the account is read; a failed
  // read shows its error and retry (without the account the level may be unknowable, §2).
  if (feature.status === 'hidden') return null;
  if (level.source === 'unknown' && !account.isPending && !account.isError) return null;

  const open = () => {
    flow.reset();
    setDraft(initialDraft());
    setInvalid(false);
    setCode('');
    setHadValue(!!current);
    setEditing(true);
  };
  const close = () => {
    flow.reset();
    setEditing(false);
    onCancel?.();
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (state === 'sending') return;
    const value = parse(draft);
    setInvalid(!value);
    if (!value) {
      addressInput.current?.focus();
      return;
    }
    setAction('send');
    setCode('');
    void flow.sendCode(value);
  };
  const verify = (value: string) => {
    if (state === 'verifying' || state === 'binding' || value.length < 6) return;
    setAction('verify');
    void flow.verifyCode(value);
  };
  const resend = () => {
    setAction('send');
    setCode('');
    void flow.resend().then(() => codeInput.current?.focus());
  };
  const edit = () => {
    flow.edit();
    setInvalid(false);
  };
  const confirmRemove = async () => {
    const removed = format(current ?? '');
    try {
      await remove.mutateAsync();
    } catch (caught) {
      // A clearer line than the generic one; the server may know identifiers we can't see (§3.2).
      if ((caught as { code?: unknown }).code === 'user.last_sign_in_method_required') {
        throw { code: `${type}.last_identifier`, message: words('lastIdentifier') };
      }
      throw caught;
    }
    announce(words('removed', removed));
  };

  const slot = `${type}-change`;
  const blocked = account.data
    ? current !== null && isProvablyLastIdentifier(account.data, key)
    : false;

  return (
    <Section
      data-slot={slot}
      data-state={showForm ? state : 'view'}
      className={cx('ac-identifier', className)}
      aria-busy={account.isPending || undefined}
    >
      <SectionHeader>
        <SectionTitle>{words('title')}</SectionTitle>
        <SectionDescription>{words('description')}</SectionDescription>
      </SectionHeader>
      <SectionContent className="ac-stack">
        {account.isPending ? (
          <div data-slot={`${slot}-loading`} className="ac-value-row">
            <span className="ac-sr-only">{t('common.loading')}</span>
            <Skeleton className="ac-entry-skeleton" />
          </div>
        ) : account.isError ? (
          <LoadFailed onRetry={() => void account.refetch()} />
        ) : (
          <>
            <div data-slot={`${slot}-value`} className="ac-value-row">
              <span className="ac-value" data-empty={current ? undefined : ''}>
                {current ? format(current) : t('common.notSet')}
              </span>
              {level.value === 'Edit' ? (
                !showForm && (
                  <span className="ac-entry-actions">
                    <Button ref={trigger} size="sm" onClick={open}>
                      {current ? words('change') : words('add')}
                    </Button>
                    {current && (
                      <ConfirmDialog
                        trigger={
                          <Button
                            size="sm"
                            variant="ghost"
                            disabled={blocked}
                            aria-describedby={blocked ? reasonId : undefined}
                          >
                            {t('common.remove')}
                          </Button>
                        }
                        title={words('removeTitle')}
                        description={words('removeDescription')}
                        confirmLabel={t('common.remove')}
                        onConfirm={confirmRemove}
                      />
                    )}
                  </span>
                )
              ) : (
                <span className="ac-field-description">{t('common.managedByAdmin')}</span>
              )}
            </div>
            {blocked && level.value === 'Edit' && !showForm && (
              <p id={reasonId} className="ac-field-description" data-slot={`${slot}-reason`}>
                {words('lastIdentifier')}
              </p>
            )}
          </>
        )}

        {showForm && !codeStep && (
          <form
            data-slot={`${slot}-address`}
            className="ac-stack ac-inline-form"
            noValidate
            onSubmit={send}
          >
            <AddressField
              draft={draft}
              onDraftChange={(next) => {
                setDraft(next);
                setInvalid(false);
              }}
              error={addressError}
              inputRef={addressInput}
              disabled={state === 'sending'}
            />
            {addressNote}
            <div className="ac-form-actions">
              <Button onClick={close}>{t('common.cancel')}</Button>
              <Button type="submit" variant="primary" pending={state === 'sending'}>
                {words('sendCode')}
              </Button>
            </div>
          </form>
        )}

        {codeStep && (
          <form
            data-slot={`${slot}-code`}
            className="ac-stack ac-inline-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              verify(code);
            }}
          >
            <div className="ac-value-row">
              <p className="ac-value">{words('codeSentTo')}</p>
              <Button size="sm" variant="ghost" onClick={edit}>
                {type === 'email' ? t('email.editAddress') : t('phone.editNumber')}
              </Button>
            </div>
            {state === 'error' ? (
              <Alert variant="danger">
                <AlertDescription>
                  {words('bindFailed')} {error ? formatError(error) : null}
                </AlertDescription>
              </Alert>
            ) : (
              <>
                <Field>
                  <FieldLabel>{t('verification.codeLabel')}</FieldLabel>
                  <CodeInput
                    ref={codeInput}
                    value={code}
                    onValueChange={setCode}
                    onComplete={verify}
                    readOnly={state === 'verifying' || state === 'binding'}
                  />
                  <FieldDescription>
                    {t('verification.codeDescription', { destination: format(flow.value) })}
                  </FieldDescription>
                  <FieldError>{codeError}</FieldError>
                </Field>
                <div className="ac-resend" data-slot={`${slot}-resend`}>
                  <Button size="sm" variant="ghost" disabled={flow.resendIn > 0} onClick={resend}>
                    {flow.resendIn > 0
                      ? t('verification.resendIn', { count: flow.resendIn })
                      : t('verification.resend')}
                  </Button>
                  {resendError && (
                    <p role="alert" className="ac-field-error">
                      {resendError}
                    </p>
                  )}
                </div>
              </>
            )}
            <div className="ac-form-actions">
              <Button onClick={close}>{t('common.cancel')}</Button>
              {state === 'error' ? (
                <Button variant="primary" onClick={() => void flow.retry()}>
                  {t('common.retry')}
                </Button>
              ) : (
                <Button
                  type="submit"
                  variant="primary"
                  pending={state === 'verifying' || state === 'binding'}
                  disabled={code.length < 6}
                >
                  {t('verification.verify')}
                </Button>
              )}
            </div>
          </form>
        )}
      </SectionContent>
      <VerificationDialog />
    </Section>
  );
}
