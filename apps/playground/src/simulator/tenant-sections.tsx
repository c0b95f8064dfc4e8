/**
 * The dev panel's tenant-configuration sections (simulator mode): custom profile fields (one of
 * each of the 9 types, from the definitions recorded on a real Logto), branding, language and
 * policies. Each control calls the simulator's admin API, as the Console would through the
 * Management API, then `onChange` refetches what the kit cached (its settings are cached
 * forever otherwise). The sections read the simulator during render, like the account-center
 * section; the panel re-renders after every change.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { isMfaMandatory } from '@account-center/client';
import { BUILT_IN_LANGUAGES, recordedCustomProfileFields } from '@account-center/mock';
import type {
  AccountApiSimulator,
  CustomProfileFieldSeed,
  FieldLevel,
  MfaFactor,
  MfaPolicy,
  SignInExperience,
  SocialConnectorPlatform,
  UsernamePolicy,
} from '@account-center/mock';
import { BRANDINGS, setPreferences, usePreferences } from '../preferences';

/** Props of each section. */
export interface TenantSectionProps {
  simulator: AccountApiSimulator;
  /** After an admin change: refetch what the kit cached. */
  onChange: () => Promise<void>;
}

type Admin = AccountApiSimulator['admin'];
type SignInExperiencePatch = Parameters<Admin['updateSignInExperience']>[0];

/** The 9 custom-profile-field types, in the Console's order. */
export const CUSTOM_FIELD_TYPES = [
  'Text',
  'Number',
  'Date',
  'Checkbox',
  'Select',
  'Url',
  'Regex',
  'Fullname',
  'Address',
] as const;

type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

const RECORDED = recordedCustomProfileFields();

/** How a field is named in the panel: its label, else its (built-in) name. */
function fieldTitle(field: { name: string; label?: string | undefined }): string {
  return field.label ? field.label : field.name;
}

/** The custom profile fields: the catalogue and the account center's selection. */
export function CustomFieldsSection({ simulator, onChange }: TenantSectionProps) {
  const [type, setType] = useState<CustomFieldType>('Text');
  const { admin } = simulator;
  const catalog = admin.listCustomProfileFields();
  const selected = admin.getAccountCenter().profileFields ?? [];
  const selectedNames = new Set(selected.map((field) => field.name));
  // The next recorded field of this type that is not selected yet (Date has three, …).
  const next = RECORDED.find((field) => field.type === type && !selectedNames.has(field.name));

  const select = (fields: CustomProfileFieldSeed[], selection: { name: string }[]) => {
    for (const field of fields) {
      if (!catalog.some((row) => row.name === field.name)) admin.upsertCustomProfileField(field);
    }
    admin.updateAccountCenter({ profileFields: selection });
    void onChange();
  };
  // The account center shows its selection in this order (the catalogue's own order is the
  // sign-up page's).
  const move = (index: number, by: -1 | 1) => {
    const order = [...selected];
    [order[index], order[index + by]] = [order[index + by]!, order[index]!];
    admin.updateAccountCenter({ profileFields: order });
    void onChange();
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (next) select([next], [...selected, { name: next.name }]);
  };

  return (
    <section aria-labelledby="dev-custom-fields" className="pg-dev-section">
      {/* No “profile” in the name: specs find the page's “Profile” region by a substring. */}
      <h3 id="dev-custom-fields">Custom fields</h3>
      <form onSubmit={add} className="pg-dev-grid">
        <label>
          Field type
          <select value={type} onChange={(event) => setType(event.target.value as CustomFieldType)}>
            {CUSTOM_FIELD_TYPES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!next} aria-describedby="dev-custom-field-next">
          Add field
        </button>
        <p id="dev-custom-field-next" className="pg-hint pg-span">
          {next
            ? `Adds the recorded ${type} field “${fieldTitle(next)}” (${next.name}).`
            : `Every recorded ${type} field is selected.`}
        </p>
      </form>
      {selected.length > 0 ? (
        <ol className="pg-list" aria-label="Selected profile fields">
          {selected.map(({ name }, index) => {
            const row = catalog.find((candidate) => candidate.name === name);
            const title = row ? fieldTitle(row) : name;
            return (
              <li key={name} data-field-name={name}>
                <span>
                  {title}{' '}
                  <span className="pg-hint">
                    (<code>{name}</code>, {row?.type ?? 'unknown'})
                  </span>
                </span>
                <button
                  type="button"
                  aria-label={`Move ${title} up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  Up
                </button>
                <button
                  type="button"
                  aria-label={`Move ${title} down`}
                  disabled={index === selected.length - 1}
                  onClick={() => move(index, 1)}
                >
                  Down
                </button>
                <button
                  type="button"
                  aria-label={`Remove ${title}`}
                  onClick={() => {
                    admin.removeCustomProfileField(name);
                    void onChange();
                  }}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="pg-hint">
          No field selected: the profile section shows the built-in form (name, avatar).
        </p>
      )}
      <div className="pg-row">
        <button
          type="button"
          onClick={() =>
            select(
              RECORDED,
              RECORDED.map((field) => ({ name: field.name })),
            )
          }
        >
          Select all recorded fields
        </button>
        <button
          type="button"
          disabled={admin.getAccountCenter().profileFields === null}
          onClick={() => {
            admin.updateAccountCenter({ profileFields: null });
            void onChange();
          }}
        >
          Clear selection
        </button>
      </div>
      <p className="pg-hint">
        The 17 definitions recorded on Logto 1.42, one of each of the 9 types. Remove deletes the
        field from the catalogue too.
      </p>
    </section>
  );
}

/** Branding: whose look the kit wears, and the tenant's colours, dark mode and logo. */
export function BrandingSection({ simulator, onChange }: TenantSectionProps) {
  const { branding } = usePreferences();
  const experience = simulator.admin.getSignInExperience();
  return (
    <section aria-labelledby="dev-branding" className="pg-dev-section">
      <h3 id="dev-branding">Branding</h3>
      <fieldset className="pg-fieldset">
        <legend>Kit branding</legend>
        {BRANDINGS.map((option) => (
          <label key={option} className="pg-check">
            <input
              type="radio"
              name="dev-branding"
              value={option}
              checked={branding === option}
              onChange={() => setPreferences({ branding: option })}
            />
            {option === 'app' ? 'App (the --ac-* tokens)' : 'Tenant (sign-in experience)'}
          </label>
        ))}
      </fieldset>
      {/* Re-created when the tenant changes elsewhere (reset, another tab, a test). */}
      <TenantBrandingForm
        key={JSON.stringify([experience.color, experience.branding])}
        experience={experience}
        onApply={(patch) => {
          simulator.admin.updateSignInExperience(patch);
          void onChange();
        }}
      />
    </section>
  );
}

function TenantBrandingForm({
  experience,
  onApply,
}: {
  experience: SignInExperience;
  onApply: (patch: SignInExperiencePatch) => void;
}) {
  const [primaryColor, setPrimaryColor] = useState(experience.color.primaryColor);
  const [darkPrimaryColor, setDarkPrimaryColor] = useState(experience.color.darkPrimaryColor);
  const [isDarkModeEnabled, setDarkMode] = useState(experience.color.isDarkModeEnabled);
  const [logoUrl, setLogoUrl] = useState(experience.branding.logoUrl ?? '');
  const [darkLogoUrl, setDarkLogoUrl] = useState(experience.branding.darkLogoUrl ?? '');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    // Logto requires the three colour keys together; `branding` is replaced as a whole.
    const branding: SignInExperience['branding'] = { ...experience.branding };
    delete branding.logoUrl;
    delete branding.darkLogoUrl;
    if (logoUrl.trim()) branding.logoUrl = logoUrl.trim();
    if (darkLogoUrl.trim()) branding.darkLogoUrl = darkLogoUrl.trim();
    onApply({ color: { primaryColor, darkPrimaryColor, isDarkModeEnabled }, branding });
  };
  return (
    <form onSubmit={apply} className="pg-dev-grid" aria-label="Tenant branding">
      <label>
        Primary colour
        <input
          type="color"
          value={primaryColor}
          onChange={(event) => setPrimaryColor(event.target.value)}
        />
      </label>
      <label>
        Dark primary colour
        <input
          type="color"
          value={darkPrimaryColor}
          onChange={(event) => setDarkPrimaryColor(event.target.value)}
        />
      </label>
      <label className="pg-check pg-span">
        <input
          type="checkbox"
          checked={isDarkModeEnabled}
          onChange={(event) => setDarkMode(event.target.checked)}
        />
        Dark mode enabled
      </label>
      <label className="pg-span">
        Logo URL
        <input
          type="url"
          value={logoUrl}
          placeholder="https://…"
          onChange={(event) => setLogoUrl(event.target.value)}
        />
      </label>
      <label className="pg-span">
        Dark logo URL
        <input
          type="url"
          value={darkLogoUrl}
          placeholder="https://…"
          onChange={(event) => setDarkLogoUrl(event.target.value)}
        />
      </label>
      <button type="submit" className="pg-span">
        Apply tenant branding
      </button>
      <p className="pg-hint pg-span">
        The kit wears these with Tenant branding (and keeps to light when dark mode is off).
      </p>
    </form>
  );
}

/** Language: the sign-in experience's `languageInfo`. */
export function LanguageSection({ simulator, onChange }: TenantSectionProps) {
  const { languageInfo } = simulator.admin.getSignInExperience();
  const apply = (patch: Partial<SignInExperience['languageInfo']>) => {
    simulator.admin.updateSignInExperience({ languageInfo: { ...languageInfo, ...patch } });
    void onChange();
  };
  return (
    <section aria-labelledby="dev-language" className="pg-dev-section">
      <h3 id="dev-language">Language</h3>
      <label className="pg-check">
        <input
          type="checkbox"
          checked={languageInfo.autoDetect}
          onChange={(event) => apply({ autoDetect: event.target.checked })}
        />
        Detect the browser’s language
      </label>
      <div className="pg-dev-grid">
        <label>
          Fallback language
          <select
            value={languageInfo.fallbackLanguage}
            onChange={(event) => apply({ fallbackLanguage: event.target.value })}
          >
            {BUILT_IN_LANGUAGES.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="pg-hint">
        The kit reads these when the Locale above is Auto; any other choice pins the locale.
      </p>
    </section>
  );
}

const MFA_POLICIES: MfaPolicy[] = [
  'UserControlled',
  'Mandatory',
  'PromptOnlyAtSignIn',
  'PromptAtSignInAndSignUp',
  'NoPrompt',
  'PromptAtSignInAndSignUpMandatory',
  'PromptOnlyAtSignInMandatory',
];

const MFA_FACTORS: { factor: MfaFactor; label: string }[] = [
  { factor: 'Totp', label: 'Authenticator app (TOTP)' },
  { factor: 'WebAuthn', label: 'Passkey (WebAuthn)' },
  { factor: 'BackupCode', label: 'Backup codes' },
  { factor: 'EmailVerificationCode', label: 'Email code' },
  { factor: 'PhoneVerificationCode', label: 'SMS code' },
];

const PLATFORMS: SocialConnectorPlatform[] = ['Universal', 'Web', 'Native'];

const LEVELS: FieldLevel[] = ['Off', 'ReadOnly', 'Edit'];

/** Policies: username, MFA, trusted devices and the social connectors' platforms. */
export function PoliciesSection({ simulator, onChange }: TenantSectionProps) {
  const { admin } = simulator;
  const experience = admin.getSignInExperience();
  const { mfa } = experience;
  const tenant = simulator.getState();
  const socialConnectors = tenant.connectors.filter((connector) => connector.type === 'Social');
  const run = (update: () => void) => {
    update();
    void onChange();
  };
  const setMfa = (patch: Partial<SignInExperience['mfa']>) =>
    run(() => admin.updateSignInExperience({ mfa: { ...mfa, ...patch } }));
  const mandatory = isMfaMandatory(experience);

  return (
    <section aria-labelledby="dev-policies" className="pg-dev-section">
      <h3 id="dev-policies">Policies</h3>
      <UsernamePolicyForm
        key={JSON.stringify(experience.usernamePolicy)}
        policy={experience.usernamePolicy}
        onApply={(usernamePolicy) => run(() => admin.updateSignInExperience({ usernamePolicy }))}
      />
      <fieldset className="pg-fieldset">
        <legend>MFA</legend>
        <div className="pg-dev-grid">
          <label className="pg-span">
            MFA policy
            <select
              value={mfa.policy}
              onChange={(event) => setMfa({ policy: event.target.value as MfaPolicy })}
            >
              {MFA_POLICIES.map((policy) => (
                <option key={policy} value={policy}>
                  {policy}
                </option>
              ))}
            </select>
          </label>
          <label className="pg-check pg-span">
            <input
              type="checkbox"
              checked={experience.adaptiveMfa.enabled === true}
              onChange={(event) =>
                run(() =>
                  admin.updateSignInExperience({
                    adaptiveMfa: event.target.checked ? { enabled: true } : {},
                  }),
                )
              }
            />
            Adaptive MFA
          </label>
          <label className="pg-check pg-span">
            <input
              type="checkbox"
              checked={mfa.organizationRequiredMfaPolicy === 'Mandatory'}
              onChange={(event) =>
                setMfa({
                  organizationRequiredMfaPolicy: event.target.checked ? 'Mandatory' : 'NoPrompt',
                })
              }
            />
            Required by an organization
          </label>
        </div>
        <p className="pg-hint" data-mfa-mandatory={mandatory}>
          {mandatory
            ? 'Mandatory: the kit hides “Ask for a second step”.'
            : 'Not mandatory: users choose.'}{' '}
          The two <code>*Mandatory</code> prompt policies are mandatory with Adaptive MFA only.
        </p>
        <fieldset className="pg-fieldset">
          <legend>Second factors offered</legend>
          {MFA_FACTORS.map(({ factor, label }) => (
            <label key={factor} className="pg-check">
              <input
                type="checkbox"
                checked={mfa.factors.includes(factor)}
                onChange={(event) =>
                  setMfa({
                    factors: event.target.checked
                      ? [...mfa.factors, factor]
                      : mfa.factors.filter((candidate) => candidate !== factor),
                  })
                }
              />
              {label}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset className="pg-fieldset">
        <legend>Trusted devices</legend>
        <label className="pg-check">
          <input
            type="checkbox"
            checked={tenant.devFeatures}
            onChange={(event) => {
              const enabled = event.target.checked;
              run(() => {
                admin.setDevFeatures(enabled);
                // The field is dropped while dev features are off: offer it again on.
                const { fields } = admin.getAccountCenter();
                if (enabled && fields.trustedDevice === undefined)
                  admin.updateAccountCenter({ fields: { ...fields, trustedDevice: 'Edit' } });
              });
            }}
          />
          Dev features (trusted devices)
        </label>
        {tenant.devFeatures ? (
          <div className="pg-dev-grid">
            <label>
              trustedDevice
              <select
                value={tenant.accountCenter.fields.trustedDevice ?? 'Off'}
                onChange={(event) =>
                  run(() =>
                    admin.updateAccountCenter({
                      fields: {
                        ...admin.getAccountCenter().fields,
                        trustedDevice: event.target.value as FieldLevel,
                      },
                    }),
                  )
                }
              >
                {LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            </label>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="pg-fieldset">
        <legend>Social connector platforms</legend>
        <div className="pg-dev-grid">
          {socialConnectors.map((connector) => (
            <label key={connector.id}>
              {connector.name}
              <select
                value={tenant.management?.socialPlatforms[connector.id] ?? 'Universal'}
                onChange={(event) =>
                  run(() =>
                    admin.setSocialConnectorPlatform(
                      connector.id,
                      event.target.value as SocialConnectorPlatform,
                    ),
                  )
                }
              >
                {PLATFORMS.map((platform) => (
                  <option key={platform} value={platform}>
                    {platform === 'Native' ? 'Native (not offered in browsers)' : platform}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

function UsernamePolicyForm({
  policy,
  onApply,
}: {
  policy: UsernamePolicy;
  onApply: (policy: UsernamePolicy) => void;
}) {
  const [minLength, setMinLength] = useState(String(policy.minLength));
  const [maxLength, setMaxLength] = useState(String(policy.maxLength));
  const [caseSensitive, setCaseSensitive] = useState(policy.caseSensitive);
  const [allowedChars, setAllowedChars] = useState(policy.allowedChars);
  const [error, setError] = useState<string>();
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const min = Number(minLength);
    const max = Number(maxLength);
    // Logto's bounds (facts §7): 1..128, min ≤ max, at least one character class.
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max > 128 || min > max) {
      setError('Lengths must be whole numbers with 1 ≤ minimum ≤ maximum ≤ 128.');
      return;
    }
    if (!Object.values(allowedChars).some(Boolean)) {
      setError('Allow at least one kind of character.');
      return;
    }
    setError(undefined);
    onApply({ caseSensitive, minLength: min, maxLength: max, allowedChars });
  };
  const charLabels: Record<keyof UsernamePolicy['allowedChars'], string> = {
    lowercase: 'Lowercase letters',
    uppercase: 'Uppercase letters',
    numbers: 'Numbers',
    underscore: 'Underscore',
  };
  return (
    <form onSubmit={apply} aria-label="Username policy">
      <fieldset className="pg-fieldset">
        <legend>Username policy</legend>
        <div className="pg-dev-grid">
          <label>
            Minimum length
            <input
              type="number"
              min={1}
              max={128}
              value={minLength}
              onChange={(event) => setMinLength(event.target.value)}
            />
          </label>
          <label>
            Maximum length
            <input
              type="number"
              min={1}
              max={128}
              value={maxLength}
              onChange={(event) => setMaxLength(event.target.value)}
            />
          </label>
        </div>
        <fieldset className="pg-fieldset">
          <legend>Allowed characters</legend>
          {(Object.keys(charLabels) as (keyof UsernamePolicy['allowedChars'])[]).map((key) => (
            <label key={key} className="pg-check">
              <input
                type="checkbox"
                checked={allowedChars[key]}
                onChange={(event) =>
                  setAllowedChars({ ...allowedChars, [key]: event.target.checked })
                }
              />
              {charLabels[key]}
            </label>
          ))}
        </fieldset>
        <label className="pg-check">
          <input
            type="checkbox"
            checked={caseSensitive}
            onChange={(event) => setCaseSensitive(event.target.checked)}
          />
          Case sensitive
        </label>
        {error ? <p role="alert">{error}</p> : null}
        <button type="submit">Apply username policy</button>
      </fieldset>
    </form>
  );
}
