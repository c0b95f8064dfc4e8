/**
 * The parts `Email.*` and `Phone.*` are made of, built once here and parameterized by kind:
 * `Root` (the state: the account, the field's level, the change flow on the hooks'
 * `useEmailChange` / `usePhoneChange`, the removal), the header parts, `Value` (the current
 * address's row), `Actions`, `ChangeTrigger`, `ChangeForm` (address → code → saved), `Remove`
 * (with confirmation) and `ReadOnlyNote`. Each kind passes its address field, parser and
 * wording; `EmailChange` and `PhoneChange` are the usual composition.
 */
import { createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import type { ComponentProps, ComponentType, FormEvent, MouseEvent, RefObject } from 'react';
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
import { useI18n, useTranslate } from '../../i18n/i18n-provider.js';
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

interface IdentifierContextValue {
  type: IdentifierType;
  /** `email-change` or `phone-change`: the prefix of every part's `data-slot`. */
  slot: string;
  account: ReturnType<typeof useMyAccount>;
  current: string | null;
  /** The field's level: only Edit offers Add/Change/Remove. */
  editable: boolean;
  flow: IdentifierChange;
  kind: IdentifierKind<unknown>;
  /** The `email.*` or `phone.*` message, its `{email}` or `{phone}` filled with `value`. */
  words: (message: IdentifierMessage, value?: string) => string;
  /** The change form is open (and not done). */
  showForm: boolean;
  codeStep: boolean;
  draft: unknown;
  setDraft: (draft: unknown) => void;
  setInvalid: (invalid: boolean) => void;
  code: string;
  setCode: (code: string) => void;
  addressError: string | undefined;
  codeError: string | undefined;
  resendError: string | undefined;
  triggerRef: RefObject<HTMLButtonElement | null>;
  addressInput: RefObject<HTMLInputElement | null>;
  codeInput: RefObject<HTMLInputElement | null>;
  open: () => void;
  close: () => void;
  send: (event: FormEvent) => void;
  verify: (value: string) => void;
  resend: () => void;
  edit: () => void;
  confirmRemove: () => Promise<void>;
  /** Removing is refused: the data shows it is the last way to sign in. */
  blocked: boolean;
  reasonId: string;
  /** `Remove` is rendered: only then does `Value` say why it is disabled. */
  hasRemove: boolean;
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
    ...props
  }: IdentifierRootProps) {
    const { t, formatError } = useI18n();
    const announce = useAnnounce();
    const account = useMyAccount();
    const { fields } = useTenantConfig();
    const level = fields[type];
    const feature = useFeature(type);
    const flow = useFlow();
    const kind = useKind();
    const { format, initialDraft, draftFrom } = kind;
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
    const triggerRef = useRef<HTMLButtonElement>(null);
    const addressInput = useRef<HTMLInputElement>(null);
    const codeInput = useRef<HTMLInputElement>(null);

    const { state, error } = flow;
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
      ? (kind.invalidMessage?.(draft) ?? words('invalid'))
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
      if (wasShown.current && !showForm) triggerRef.current?.focus();
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

    const context: IdentifierContextValue = {
      type,
      slot: `${type}-change`,
      account,
      current,
      editable: level.value === 'Edit',
      flow,
      kind: kind as IdentifierKind<unknown>,
      words,
      showForm,
      codeStep,
      draft,
      setDraft: (next) => {
        setDraft(next as TDraft);
        setInvalid(false);
      },
      setInvalid,
      code,
      setCode,
      addressError,
      codeError,
      resendError,
      triggerRef,
      addressInput,
      codeInput,
      open: () => {
        flow.reset();
        setDraft(initialDraft());
        setInvalid(false);
        setCode('');
        setHadValue(!!current);
        setEditing(true);
      },
      close: () => {
        flow.reset();
        setEditing(false);
        onCancel?.();
      },
      send: (event) => {
        event.preventDefault();
        if (state === 'sending') return;
        const value = kind.parse(draft);
        setInvalid(!value);
        if (!value) {
          addressInput.current?.focus();
          return;
        }
        setAction('send');
        setCode('');
        void flow.sendCode(value);
      },
      verify: (value) => {
        if (state === 'verifying' || state === 'binding' || value.length < 6) return;
        setAction('verify');
        void flow.verifyCode(value);
      },
      resend: () => {
        setAction('send');
        setCode('');
        void flow.resend().then(() => codeInput.current?.focus());
      },
      edit: () => {
        flow.edit();
        setInvalid(false);
      },
      confirmRemove: async () => {
        const removed = format(current ?? '');
        try {
          await remove.mutateAsync();
        } catch (caught) {
          // A clearer line than the generic one; the server may know identifiers we can't see
          // (§3.2).
          if ((caught as { code?: unknown }).code === 'user.last_sign_in_method_required') {
            throw { code: `${type}.last_identifier`, message: words('lastIdentifier') };
          }
          throw caught;
        }
        announce(words('removed', removed));
      },
      blocked: account.data
        ? current !== null && isProvablyLastIdentifier(account.data, key)
        : false,
      reasonId,
      hasRemove,
      registerRemove,
    };

    return (
      <IdentifierContext.Provider value={context}>
        <Section
          data-slot={context.slot}
          data-state={showForm ? state : 'view'}
          className={cx('ac-identifier', className)}
          aria-busy={account.isPending || undefined}
          {...props}
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
    useTranslate,
  });

  /**
   * The current address's row (`<div>`): the value, then `children` (default `Actions` and
   * `ReadOnlyNote`); under it, while `Remove` is disabled as the last way to sign in, why. In
   * its place while the account loads: a placeholder; if it failed: the error with Retry.
   */
  function Value({ className, children, ...props }: ComponentProps<'div'>) {
    const context = usePart('Value');
    const { slot, account, current, kind, editable, showForm, blocked } = context;
    const t = useTranslate();
    if (account.isPending) {
      return (
        <div data-slot={`${slot}-loading`} className="ac-value-row">
          <span className="ac-sr-only">{t('common.loading')}</span>
          <Skeleton className="ac-entry-skeleton" />
        </div>
      );
    }
    if (account.isError) return <LoadFailed onRetry={() => void account.refetch()} />;
    return (
      <>
        <div data-slot={`${slot}-value`} className={cx('ac-value-row', className)} {...props}>
          <span className="ac-value" data-empty={current ? undefined : ''}>
            {current ? kind.format(current) : t('common.notSet')}
          </span>
          {children ?? (
            <>
              <Actions />
              <ReadOnlyNote />
            </>
          )}
        </div>
        {blocked && editable && !showForm && context.hasRemove && (
          <p id={context.reasonId} className="ac-field-description" data-slot={`${slot}-reason`}>
            {context.words('lastIdentifier')}
          </p>
        )}
      </>
    );
  }

  /** Whether the row's actions apply: the account is read, the field is Edit, the form closed. */
  const canAct = (context: IdentifierContextValue) =>
    !!context.account.data && context.editable && !context.showForm;

  /**
   * The row's buttons (`<span>`), by default `ChangeTrigger` and `Remove`; nothing while the
   * form is open or when the field is not Edit.
   */
  function Actions({ className, children, ...props }: ComponentProps<'span'>) {
    const context = usePart('Actions');
    if (!canAct(context)) return null;
    return (
      <span
        data-slot={`${context.slot}-actions`}
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
    );
  }

  /**
   * "Add …" or "Change …" (`<button>`): opens `ChangeForm`, and gets focus back when it closes.
   * Nothing while the form is open or when the field is not Edit.
   */
  function ChangeTrigger({ ref, onClick, children, ...props }: ComponentProps<'button'>) {
    const context = usePart('ChangeTrigger');
    const composed = useComposedRefs(context.triggerRef, ref);
    if (!canAct(context)) return null;
    return (
      <Button
        ref={composed}
        size="sm"
        onClick={(event: MouseEvent<HTMLButtonElement>) => {
          onClick?.(event);
          if (!event.defaultPrevented) context.open();
        }}
        {...props}
      >
        {children ?? context.words(context.current ? 'change' : 'add')}
      </Button>
    );
  }

  /**
   * The change flow (`<form>`, the address step's or the code step's): the new address, then the
   * code sent to it with Resend and Edit, then saved (announced; focus back on `ChangeTrigger`).
   * Nothing while closed.
   */
  function ChangeForm({ className, ...props }: IdentifierChangeFormProps) {
    const context = usePart('ChangeForm');
    const { t, formatError } = useI18n();
    const { slot, flow, kind, showForm, codeStep, code } = context;
    const { state, error } = flow;
    const { AddressField } = kind;
    if (!showForm) return null;
    if (!codeStep) {
      return (
        <form
          data-slot={`${slot}-address`}
          className={cx('ac-stack ac-inline-form', className)}
          noValidate
          onSubmit={context.send}
          {...props}
        >
          <AddressField
            draft={context.draft}
            onDraftChange={context.setDraft}
            error={context.addressError}
            inputRef={context.addressInput}
            disabled={state === 'sending'}
          />
          <div className="ac-form-actions">
            <Button onClick={context.close}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary" pending={state === 'sending'}>
              {context.words('sendCode')}
            </Button>
          </div>
        </form>
      );
    }
    return (
      <form
        data-slot={`${slot}-code`}
        className={cx('ac-stack ac-inline-form', className)}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          context.verify(code);
        }}
        {...props}
      >
        <div className="ac-value-row">
          <p className="ac-value">{context.words('codeSentTo')}</p>
          <Button size="sm" variant="ghost" onClick={context.edit}>
            {type === 'email' ? t('email.editAddress') : t('phone.editNumber')}
          </Button>
        </div>
        {state === 'error' ? (
          <Alert variant="danger">
            <AlertDescription>
              {context.words('bindFailed')} {error ? formatError(error) : null}
            </AlertDescription>
          </Alert>
        ) : (
          <>
            <Field>
              <FieldLabel>{t('verification.codeLabel')}</FieldLabel>
              <CodeInput
                ref={context.codeInput}
                value={code}
                onValueChange={context.setCode}
                onComplete={context.verify}
                readOnly={state === 'verifying' || state === 'binding'}
              />
              <FieldDescription>
                {t('verification.codeDescription', { destination: kind.format(flow.value) })}
              </FieldDescription>
              <FieldError>{context.codeError}</FieldError>
            </Field>
            <div className="ac-resend" data-slot={`${slot}-resend`}>
              <Button
                size="sm"
                variant="ghost"
                disabled={flow.resendIn > 0}
                onClick={context.resend}
              >
                {flow.resendIn > 0
                  ? t('verification.resendIn', { count: flow.resendIn })
                  : t('verification.resend')}
              </Button>
              {context.resendError && (
                <p role="alert" className="ac-field-error">
                  {context.resendError}
                </p>
              )}
            </div>
          </>
        )}
        <div className="ac-form-actions">
          <Button onClick={context.close}>{t('common.cancel')}</Button>
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
    );
  }

  /**
   * Remove (`<button>`, then a confirmation naming the address). Disabled, with the reason under
   * `Value`, when the data shows it is the last way to sign in. Nothing without an address, while
   * the form is open or when the field is not Edit.
   */
  function Remove({ children, ...props }: ComponentProps<'button'>) {
    const context = usePart('Remove');
    const t = useTranslate();
    useRegisterPart(context.registerRemove);
    if (!canAct(context) || !context.current) return null;
    const { blocked, reasonId } = context;
    return (
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
        title={context.words('removeTitle')}
        description={context.words('removeDescription')}
        confirmLabel={t('common.remove')}
        onConfirm={context.confirmRemove}
      />
    );
  }

  /** "Managed by your administrator." (`<span>`) when the field is ReadOnly; nothing otherwise. */
  function ReadOnlyNote({ className, children, ...props }: ComponentProps<'span'>) {
    const context = usePart('ReadOnlyNote');
    const t = useTranslate();
    if (!context.account.data || context.editable) return null;
    return (
      <span
        data-slot={`${context.slot}-read-only-note`}
        className={cx('ac-field-description', className)}
        {...props}
      >
        {children ?? t('common.managedByAdmin')}
      </span>
    );
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
