import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import {
  isCodeRejected,
  useMyAccount,
  useVerification,
  useVerificationPrompt,
} from '@account-center/react';
import type {
  UseVerificationResult,
  VerificationPrompt,
  VerificationMethodOption,
  VerificationRequest,
} from '@account-center/react';
import { useVerificationI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { CodeInput } from '../../primitives/code-input.js';
import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '../../primitives/dialog.js';
import { Field, FieldDescription, FieldError, FieldLabel } from '../../primitives/field.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { PasswordInput } from '../../primitives/password-input.js';
import { useDisplayPhone } from '../phone/phone-display.js';

type MethodType = VerificationMethodOption['type'];
/** What the dialog shows: a method's form, the method list, or the "nothing to verify with" text. */
type View = MethodType | 'choose' | 'none';

/** Password first when the user has one (no side effect); with only codes, let the user choose. */
function initialView(methods: VerificationMethodOption[]): View {
  if (methods.length === 0) return 'none';
  if (methods.length === 1) return methods[0]!.type;
  return methods.some((method) => method.type === 'password') ? 'password' : 'choose';
}

export interface VerificationDialogProps {
  className?: string;
}

/**
 * The step-up prompt: a dialog over the current screen whenever an action needs the user to
 * confirm their identity (password, or a code to their email or phone). The waiting action
 * resumes by itself on success; closing the dialog cancels it quietly. It is the default occupant
 * of the provider's prompt slot: any number may be mounted (near the root and inside standalone
 * components) and only the first shows; a provider's `verificationPrompt` takes the slot instead.
 * @example <AccountCenterProvider …><VerificationDialog /><ProfileForm /></AccountCenterProvider>
 */
export function VerificationDialog({ className }: VerificationDialogProps) {
  const prompt = useVerificationPrompt();
  return prompt.active ? <ActiveVerificationDialog className={className} prompt={prompt} /> : null;
}

/**
 * @internal The dialog for the prompt that holds the slot; the lazy `VerificationDialog` loads
 * it and passes its own prompt, so the slot is registered once.
 */
export function ActiveVerificationDialog({
  className,
  prompt: { request, reject },
}: VerificationDialogProps & { prompt: VerificationPrompt }) {
  const { t } = useVerificationI18n();
  const announce = useAnnounce();
  const verification = useVerification();
  const [shown, setShown] = useState<{ request: VerificationRequest | null; view: View }>({
    request: null,
    view: 'none',
  });
  // A new request starts at its initial view (state adjusted during render, not in an effect).
  if (shown.request !== request) {
    setShown({ request, view: request ? initialView(request.methods) : shown.view });
  }
  const view =
    shown.request === request ? shown.view : request ? initialView(request.methods) : 'none';
  const methods = request?.methods ?? [];

  // Choosing an email/phone code sends it right away (the hook skips a resend inside the cooldown).
  const latest = useRef(verification);
  useEffect(() => {
    latest.current = verification;
  });
  useEffect(() => {
    if (request && (view === 'email' || view === 'phone')) void latest.current.sendCode(view);
  }, [request, view]);

  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !request && verification.status === 'verified') {
      announce(t('verification.verified'));
    }
    wasOpen.current = !!request;
  }, [request, verification.status, announce, t]);

  const choose = (next: View) => setShown({ request, view: next });

  return (
    <Dialog open={!!request} onOpenChange={(open) => !open && reject()}>
      <DialogContent
        data-slot="verification-dialog"
        data-state={view}
        className={cx('ac-verification-dialog', className)}
      >
        <DialogHeader>
          <DialogTitle>{t('verification.title')}</DialogTitle>
          <DialogDescription>
            {request?.reason === 'expired'
              ? t('verification.expired')
              : t('verification.description')}
          </DialogDescription>
        </DialogHeader>
        {view === 'none' && <NoMethods onClose={reject} />}
        {view === 'choose' && <MethodList methods={methods} onChoose={choose} onCancel={reject} />}
        {view === 'password' && (
          <PasswordStep
            verification={verification}
            others={methods.length > 1}
            onOther={() => choose('choose')}
            onCancel={reject}
          />
        )}
        {(view === 'email' || view === 'phone') && (
          <CodeStep
            key={view}
            type={view}
            method={methods.find((method) => method.type === view)}
            verification={verification}
            others={methods.length > 1}
            onOther={() => choose('choose')}
            onCancel={reject}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

function NoMethods({ onClose }: { onClose: () => void }) {
  const { t } = useVerificationI18n();
  return (
    <>
      <DialogBody data-slot="verification-none">
        <Alert variant="warning">
          <AlertDescription>{t('verification.noMethods')}</AlertDescription>
        </Alert>
      </DialogBody>
      <DialogFooter>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogFooter>
    </>
  );
}

function MethodLabel({ method }: { method: VerificationMethodOption }) {
  const { t } = useVerificationI18n();
  const phone = useDisplayPhone(method.type === 'phone' ? method.value : undefined);
  if (method.type === 'password') return <>{t('verification.usePassword')}</>;
  if (method.type === 'email') return <>{t('verification.useEmail', { email: method.value })}</>;
  return <>{t('verification.usePhone', { phone })}</>;
}

function MethodList({
  methods,
  onChoose,
  onCancel,
}: {
  methods: VerificationMethodOption[];
  onChoose: (view: View) => void;
  onCancel: () => void;
}) {
  const { t } = useVerificationI18n();
  const labelId = useId();
  return (
    <>
      <DialogBody data-slot="verification-methods">
        <p className="ac-label" id={labelId}>
          {t('verification.chooseMethod')}
        </p>
        <ul className="ac-method-list" aria-labelledby={labelId}>
          {methods.map((method) => (
            <li key={method.type}>
              <Button
                data-slot="verification-method"
                className="ac-method"
                onClick={() => onChoose(method.type)}
              >
                <MethodLabel method={method} />
              </Button>
            </li>
          ))}
        </ul>
      </DialogBody>
      <DialogFooter>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </DialogFooter>
    </>
  );
}

interface StepProps {
  verification: UseVerificationResult;
  others: boolean;
  onOther: () => void;
  onCancel: () => void;
}

function PasswordStep({ verification, others, onOther, onCancel }: StepProps) {
  const { t, formatError } = useVerificationI18n();
  const account = useMyAccount();
  const [password, setPassword] = useState('');
  const [emptyError, setEmptyError] = useState(false);
  // The hook keeps the reason of a failed attempt in `error` (cleared by the next attempt).
  const [attempted, setAttempted] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const pending = verification.state === 'verifying';
  const error = emptyError
    ? t('password.empty')
    : attempted && verification.error
      ? formatError(verification.error)
      : undefined;
  const username =
    account.data?.username ?? account.data?.primaryEmail ?? account.data?.primaryPhone ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (!password) {
      setEmptyError(true);
      input.current?.focus();
      return;
    }
    setEmptyError(false);
    setAttempted(true);
    const ok = await verification.verifyWithPassword(password);
    if (!ok) {
      input.current?.focus();
      input.current?.select();
    }
  };

  return (
    <form
      data-slot="verification-password"
      className="ac-dialog-body"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      {/* For password managers: which account this password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <Field>
        <FieldLabel>{t('verification.passwordLabel')}</FieldLabel>
        <PasswordInput
          ref={input}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <FieldError>{error}</FieldError>
      </Field>
      {others && (
        <Button variant="ghost" size="sm" className="ac-link-button" onClick={onOther}>
          {t('verification.useAnotherMethod')}
        </Button>
      )}
      <DialogFooter>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={pending}>
          {t('verification.verify')}
        </Button>
      </DialogFooter>
    </form>
  );
}

function CodeStep({
  type,
  method,
  verification,
  others,
  onOther,
  onCancel,
}: StepProps & { type: 'email' | 'phone'; method: VerificationMethodOption | undefined }) {
  const { t, formatError } = useVerificationI18n();
  const announce = useAnnounce();
  const phone = useDisplayPhone(
    type === 'phone' && method?.type === 'phone' ? method.value : undefined,
  );
  const destination = method?.type === 'email' ? method.value : phone;
  const [code, setCode] = useState('');
  // Which of this step's actions the hook's `error` answers (none yet: an error left over from
  // another method is not shown here).
  const [action, setAction] = useState<'send' | 'verify' | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { state, codeTarget, resendIn, error } = verification;
  const sent = codeTarget?.type === type;
  const pending = state === 'verifying';
  const codeError = action === 'verify' && error ? formatError(error) : undefined;
  const sendError = action === 'send' && error ? formatError(error) : undefined;
  // A refused code (wrong, expired, over-tried) is cleared once per answer (adjusted during
  // render); a network error, 5xx or 429 keeps it, so Verify can simply be pressed again.
  const rejected = codeError && isCodeRejected(error) ? error : null;
  const [clearedFor, setClearedFor] = useState(rejected);
  if (rejected && rejected !== clearedFor) {
    setClearedFor(rejected);
    setCode('');
  }

  // Focus the code field once the code is out, and again after a wrong, expired or over-tried
  // code (the field is cleared, so focus is back at its start).
  useEffect(() => {
    if (sent || rejected) input.current?.focus();
  }, [sent, rejected]);

  const verify = async (value: string) => {
    if (pending || value.length < 6) return;
    setAction('verify');
    await verification.verifyCode(value);
  };

  const resend = async () => {
    setAction('send');
    setCode('');
    if (await verification.sendCode(type)) {
      announce(t('verification.codeSent', { destination }));
    }
    input.current?.focus();
  };

  if (!sent) {
    return (
      <>
        <DialogBody data-slot="verification-code" data-state={state}>
          {state === 'sending' || !error ? (
            <p role="status" className="ac-field-description">
              {t('verification.sending', { destination })}
            </p>
          ) : (
            <Alert variant="danger">
              <AlertDescription>{formatError(error)}</AlertDescription>
            </Alert>
          )}
          {others && (
            <Button variant="ghost" size="sm" className="ac-link-button" onClick={onOther}>
              {t('verification.useAnotherMethod')}
            </Button>
          )}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          {state !== 'sending' && error && (
            <Button variant="primary" onClick={() => void resend()}>
              {t('verification.resend')}
            </Button>
          )}
        </DialogFooter>
      </>
    );
  }

  return (
    <form
      data-slot="verification-code"
      data-state={state}
      className="ac-dialog-body"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void verify(code);
      }}
    >
      <Field>
        <FieldLabel>{t('verification.codeLabel')}</FieldLabel>
        <CodeInput
          ref={input}
          value={code}
          onValueChange={setCode}
          onComplete={(value) => void verify(value)}
          readOnly={pending}
        />
        <FieldDescription>{t('verification.codeDescription', { destination })}</FieldDescription>
        <FieldError>{codeError}</FieldError>
      </Field>
      <div className="ac-resend" data-slot="verification-resend">
        <Button
          variant="ghost"
          size="sm"
          disabled={resendIn > 0 || state === 'sending'}
          pending={state === 'sending'}
          onClick={() => void resend()}
        >
          {resendIn > 0
            ? t('verification.resendIn', { count: resendIn })
            : t('verification.resend')}
        </Button>
        {sendError && (
          <p role="alert" className="ac-field-error">
            {sendError}
          </p>
        )}
      </div>
      {others && (
        <Button variant="ghost" size="sm" className="ac-link-button" onClick={onOther}>
          {t('verification.useAnotherMethod')}
        </Button>
      )}
      <DialogFooter>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={pending} disabled={code.length < 6}>
          {t('verification.verify')}
        </Button>
      </DialogFooter>
    </form>
  );
}
