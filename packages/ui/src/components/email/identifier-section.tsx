/**
 * The parts `Email.*` and `Phone.*` are made of, built once here and parameterized by kind:
 * `Root` (the state: the account, the field's level, the change flow on the hooks'
 * `useEmailChange` / `usePhoneChange`, the removal), the header parts, `Value` (the current
 * address's row), `Actions`, `ChangeTrigger`, `ChangeForm` (address → code → saved), `Remove`
 * (with confirmation) and `ReadOnlyNote`. Each kind passes its address field, parser and
 * wording; `EmailChange` and `PhoneChange` are the usual composition.
 */
import { createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import type { ComponentProps, ComponentType, FormEvent, JSX, RefObject } from 'react';
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
import { useComposedRefs } from '../../lib/compose-refs.js';
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { isProvablyLastIdentifier } from '../../lib/last-identifier.js';
import { usePartRegistry, useRegisterPart } from '../../lib/use-part.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { Section } from '../../primitives/card.js';
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

/** What a kind supplies to its parts (from a hook: the phone's depends on the locale). */
export interface IdentifierKind<TDraft> {
  /** The address step's field(s). */
  AddressField: ComponentType<AddressFieldProps<TDraft>>;
  /** The draft when the form opens. */
  initialDraft: () => TDraft;
  /** The draft for a prefilled `defaultValue`. */
  draftFrom: (value: string) => TDraft;
  /** The value to send, or `undefined` when the draft is not a valid address. */
  parse: (draft: TDraft) => string | undefined;
  /** A more specific message than the generic one when `parse` refuses the draft. */
  invalidMessage?: (draft: TDraft) => string | undefined;
  /** A stored or sent value for display. */
  format: (value: string) => string;
}

/** `Email.Root`'s and `Phone.Root`'s props: a `<section>`'s and the drop-in's. */
export interface IdentifierRootProps extends ComponentProps<'section'> {
  /** Open the change form on mount, once the account is read and the field is Edit. */
  defaultOpen?: boolean | undefined;
  /** The address to prefill when `defaultOpen` opens the form. */
  defaultValue?: string | undefined;
  /** The new address was verified and saved. */
  onSuccess?: (() => void) | undefined;
  /** The user closed the change form without finishing it. */
  onCancel?: (() => void) | undefined;
}

/** `ChangeForm`'s props: a `<form>`'s; the part handles its submit and draws its fields. */
export type IdentifierChangeFormProps = Omit<ComponentProps<'form'>, 'children' | 'onSubmit'>;

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

/**
 * What the parts share: each part is its kind's check plus one of these renderers, which close
 * over `Root`'s state (so the parts stay thin and the kit small).
 */
interface IdentifierContextValue {
  type: IdentifierType;
  value: (props: ComponentProps<'div'>) => JSX.Element;
  actions: (props: ComponentProps<'span'>) => JSX.Element | null;
  trigger: (props: ComponentProps<'button'>) => JSX.Element | null;
  form: (props: IdentifierChangeFormProps) => JSX.Element | null;
  remove: (props: ComponentProps<'button'>) => JSX.Element | null;
  note: (props: ComponentProps<'span'>) => JSX.Element | null;
  /** `ChangeTrigger`'s button: focus comes back to it when the form closes. */
  triggerRef: RefObject<HTMLButtonElement | null>;
  /** `Remove` is rendered: only then does `Value` say why it is disabled. */
  registerRemove: () => () => void;
}

const IdentifierContext = createContext<IdentifierContextValue | null>(null);

/**
 * The parts of one identifier section (`type`: `email` or `phone`), each throwing
 * "`<Email.X> must be used inside <Email.Root>.`" outside its kind's `Root`.
 */
export function identifierSectionParts<TDraft>({
  type,
  useFlow,
  useKind,
}: {
  type: IdentifierType;
  /** The hooks' change flow: `useEmailChange` or `usePhoneChange`. */
  useFlow: () => IdentifierChange;
  useKind: () => IdentifierKind<TDraft>;
}) {
  const name = type === 'email' ? 'Email' : 'Phone';
  const key = type === 'email' ? 'primaryEmail' : 'primaryPhone';
  const slot = `${type}-change`;

  function usePart(part: string): IdentifierContextValue {
    const context = useContext(IdentifierContext);
    if (context?.type !== type) {
      throw new Error(`<${name}.${part}> must be used inside <${name}.Root>.`);
    }
    return context;
  }

  /**
   * The section (`<section>`, named by `Header`) and the state its parts share. Honors the field
   * level: Off renders nothing, and so does a level still unknown once the account is read.
   * Mounts the step-up prompt after its children.
   */
  function Root({
    defaultOpen = false,
    defaultValue,
    onSuccess,
    onCancel,
    className,
    children,
    ...rootProps
  }: IdentifierRootProps) {
    const { t, formatError } = useIdentifierI18n();
    const announce = useAnnounce();
    const account = useMyAccount();
    const { fields } = useTenantConfig();
    const level = fields[type];
    const feature = useFeature(type);
    const flow = useFlow();
    const { AddressField, initialDraft, draftFrom, parse, invalidMessage, format } = useKind();
    const current = account.data?.[key] ?? null;
    const removeEmail = useRemovePrimaryEmail();
    const removePhone = useRemovePrimaryPhone();
    const remove = type === 'email' ? removeEmail : removePhone;

    const reasonId = useId();
    const [hasRemove, registerRemove] = usePartRegistry();
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
      setDraft(defaultValue !== undefined ? draftFrom(defaultValue) : initialDraft());
      setHadValue(!!account.data?.[key]);
      setEditing(true);
    }, [canOpen, defaultValue, draftFrom, initialDraft, account.data]);

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

    const editable = level.value === 'Edit';
    // The row's actions apply: the account is read, the field is Edit, the form closed.
    const canAct = !!account.data && editable && !showForm;
    const blocked = account.data
      ? current !== null && isProvablyLastIdentifier(account.data, key)
      : false;

    const context: IdentifierContextValue = {
      type,
      triggerRef: trigger,
      registerRemove,
      value: ({ className, children, ...props }) =>
        account.isPending ? (
          <div data-slot={`${slot}-loading`} className="ac-value-row">
            <span className="ac-sr-only">{t('common.loading')}</span>
            <Skeleton className="ac-entry-skeleton" />
          </div>
        ) : account.isError ? (
          <LoadFailed onRetry={() => void account.refetch()} />
        ) : (
          <>
            <div data-slot={`${slot}-value`} className={cx('ac-value-row', className)} {...props}>
              <span className="ac-value" data-empty={current ? undefined : ''}>
                {current ? format(current) : t('common.notSet')}
              </span>
              {children ?? (
                <>
                  <Actions />
                  <ReadOnlyNote />
                </>
              )}
            </div>
            {blocked && canAct && hasRemove && (
              <p id={reasonId} className="ac-field-description" data-slot={`${slot}-reason`}>
                {words('lastIdentifier')}
              </p>
            )}
          </>
        ),
      actions: ({ className, children, ...props }) =>
        canAct ? (
          <span
            data-slot={`${slot}-actions`}
            className={cx('ac-entry-actions', className)}
            {...props}
          >
            {children ?? (
              <>
                <ChangeTrigger />
                <Remove />
              </>
            )}
          </span>
        ) : null,
      trigger: ({ onClick, children, ...props }) =>
        canAct ? (
          <Button
            size="sm"
            onClick={(event) => {
              onClick?.(event);
              if (!event.defaultPrevented) open();
            }}
            {...props}
          >
            {children ?? words(current ? 'change' : 'add')}
          </Button>
        ) : null,
      remove: ({ children, ...props }) =>
        canAct && current ? (
          <ConfirmDialog
            trigger={
              <Button
                size="sm"
                variant="ghost"
                disabled={blocked}
                aria-describedby={blocked ? reasonId : undefined}
                {...props}
              >
                {children ?? t('common.remove')}
              </Button>
            }
            title={words('removeTitle')}
            description={words('removeDescription')}
            confirmLabel={t('common.remove')}
            onConfirm={confirmRemove}
          />
        ) : null,
      note: ({ className, children, ...props }) =>
        account.data && !editable ? (
          <span
            data-slot={`${slot}-read-only-note`}
            className={cx('ac-field-description', className)}
            {...props}
          >
            {children ?? t('common.managedByAdmin')}
          </span>
        ) : null,
      form: ({ className, ...props }) =>
        !showForm ? null : codeStep ? (
          <form
            data-slot={`${slot}-code`}
            className={cx('ac-stack ac-inline-form', className)}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              verify(code);
            }}
            {...props}
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
        ) : (
          <form
            data-slot={`${slot}-address`}
            className={cx('ac-stack ac-inline-form', className)}
            noValidate
            onSubmit={send}
            {...props}
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
            <div className="ac-form-actions">
              <Button onClick={close}>{t('common.cancel')}</Button>
              <Button type="submit" variant="primary" pending={state === 'sending'}>
                {words('sendCode')}
              </Button>
            </div>
          </form>
        ),
    };

    return (
      <IdentifierContext.Provider value={context}>
        <Section
          data-slot={slot}
          data-state={showForm ? state : 'view'}
          className={cx('ac-identifier', className)}
          aria-busy={account.isPending || undefined}
          {...rootProps}
        >
          {children}
          <VerificationDialog />
        </Section>
      </IdentifierContext.Provider>
    );
  }

  const header = featureSectionParts({
    usePart,
    title: `${type}.title`,
    description: `${type}.description`,
    contentClassName: 'ac-stack',
    useI18n: useIdentifierI18n,
  });

  /**
   * The current address's row (`<div>`): the value, then `children` (default `Actions` and
   * `ReadOnlyNote`); under it, while `Remove` is disabled as the last way to sign in, why. In
   * its place while the account loads: a placeholder; if it failed: the error with Retry.
   */
  function Value(props: ComponentProps<'div'>) {
    return usePart('Value').value(props);
  }

  /**
   * The row's buttons (`<span>`), by default `ChangeTrigger` and `Remove`; nothing while the
   * form is open or when the field is not Edit.
   */
  function Actions(props: ComponentProps<'span'>) {
    return usePart('Actions').actions(props);
  }

  /**
   * "Add …" or "Change …" (`<button>`): opens `ChangeForm`, and gets focus back when it closes.
   * Nothing while the form is open or when the field is not Edit.
   */
  function ChangeTrigger({ ref, ...props }: ComponentProps<'button'>) {
    const context = usePart('ChangeTrigger');
    return context.trigger({ ...props, ref: useComposedRefs(context.triggerRef, ref) });
  }

  /**
   * The change flow (`<form>`, the address step's or the code step's): the new address, then the
   * code sent to it with Resend and Edit, then saved (announced; focus back on `ChangeTrigger`).
   * Nothing while closed.
   */
  function ChangeForm(props: IdentifierChangeFormProps) {
    return usePart('ChangeForm').form(props);
  }

  /**
   * Remove (`<button>`, then a confirmation naming the address). Disabled, with the reason under
   * `Value`, when the data shows it is the last way to sign in. Nothing without an address, while
   * the form is open or when the field is not Edit.
   */
  function Remove(props: ComponentProps<'button'>) {
    const context = usePart('Remove');
    useRegisterPart(context.registerRemove);
    return context.remove(props);
  }

  /** "Managed by your administrator." (`<span>`) when the field is ReadOnly; nothing otherwise. */
  function ReadOnlyNote(props: ComponentProps<'span'>) {
    return usePart('ReadOnlyNote').note(props);
  }

  return {
    Root,
    Header: header.Header,
    Title: header.Title,
    Description: header.Description,
    Content: header.Content,
    Value,
    Actions,
    ChangeTrigger,
    ChangeForm,
    Remove,
    ReadOnlyNote,
  };
}
