/**
 * English catalogue: the default locale, bundled, and the source of the `Messages` type.
 *
 * Add a key here first, in the area it belongs to; the type check then fails in every other
 * locale until it is translated there too. Placeholders are `{name}`; a plural message is an
 * object keyed by CLDR plural category with `other` required (never name a group key `other`).
 * `errors` mirrors Logto's error codes (contract §7) so `formatError` can look codes up by path;
 * `passwordIssues` mirrors the `password_rejected.*` issue codes (contract §9) and reads as rules,
 * because the same text is the live policy checklist.
 *
 * English is bundled, so it is split by area to let an app bundle only what it renders:
 * `enCore` (common words, the server's errors, the page's own messages) is what every component
 * needs and what the provider holds; each other area (`enProfile`, `enIdentifiers`,
 * `enPassword`, `enVerification`, `enDeleteAccount`, `enSecurity`, and `enProfileFields` in
 * `en.profile-fields.ts`) is imported only by the components that show it, through
 * `useAreaI18n` (see `area-i18n.ts`). `en` is all of them.
 */
import { enProfileFields } from './en.profile-fields.js';

/** What every component needs: common words, the server's errors, the page's own messages. */
export const enCore = {
  common: {
    save: 'Save',
    saveChanges: 'Save changes',
    cancel: 'Cancel',
    close: 'Close',
    remove: 'Remove',
    confirm: 'Confirm',
    retry: 'Try again',
    /** After a `Retry-After`; `{time}` is a relative time such as “in 2 minutes”. */
    retryAfter: 'You can try again {time}.',
    dismiss: 'Dismiss',
    loading: 'Loading…',
    notSet: 'Not set',
    on: 'On',
    off: 'Off',
    copy: 'Copy',
    copyValue: 'Copy {label}',
    copied: 'Copied to clipboard',
    copyFailed: 'Couldn’t copy. Select the text and copy it yourself.',
    showPassword: 'Show password',
    managedByAdmin: 'Managed by your administrator.',
    loadFailed: 'We couldn’t load this section.',
    nav: {
      label: 'Account sections',
      profile: 'Profile',
      security: 'Security',
      sessions: 'Devices',
    },
  },
  errors: {
    unknown: 'Something went wrong. Please try again.',
    network: 'We couldn’t reach the server. Check your connection and try again.',
    timeout: 'The server took too long to respond. Please try again.',
    aborted: 'The request was cancelled.',
    invalid_response: 'The server sent an unexpected response. Please try again later.',
    verification_cancelled: 'Verification was cancelled.',
    webauthn_cancelled: 'The passkey request was cancelled.',
    http_error: 'The server ran into a problem. Please try again later.',
    too_many_requests: 'Too many requests right now. Please wait a moment and try again.',
    not_modified: 'Nothing has changed since the last update.',
    no_access_token: 'You’re not signed in. Sign in and try again.',
    auth: {
      authorization_header_missing: 'You’re not signed in. Sign in and try again.',
      authorization_token_type_not_supported: 'Your sign-in couldn’t be read. Sign in again.',
      unauthorized: 'Your session has ended or doesn’t allow this. Sign in again.',
      forbidden: 'You don’t have permission to do this.',
      third_party_application_forbidden: 'This app isn’t allowed to change your account.',
    },
    account_center: {
      not_enabled: 'Account management is turned off for this service.',
      field_not_editable: 'This detail is managed by your administrator and can’t be changed here.',
      field_not_enabled: 'This detail isn’t available for your account.',
    },
    verification_record: {
      not_found: 'Your confirmation couldn’t be found. Please confirm it’s you again.',
      permission_denied: 'Your confirmation has expired. Please confirm it’s you again.',
      social_verification: {
        invalid_target:
          'That sign-in doesn’t match the account you started with. Please try again.',
        token_response_not_found:
          'The connected account didn’t return the details we need. Please reconnect it.',
      },
    },
    verification_code: {
      not_found: 'Request a verification code first.',
      email_mismatch: 'This code was sent to a different email address. Request a new code.',
      phone_mismatch: 'This code was sent to a different phone number. Request a new code.',
      code_mismatch: 'That code isn’t right. Check it and try again.',
      expired: 'That code has expired. Request a new one.',
      exceed_max_try: 'Too many wrong tries for this code. Request a new one.',
    },
    request: {
      message_rate_limited:
        'Too many codes were sent to this address. Please wait a few minutes and try again.',
    },
    session: {
      invalid_credentials: 'That password isn’t right. Please try again.',
      verification_blocked_too_many_attempts:
        'Too many attempts. For your security, please wait a while before trying again.',
      invalid_connector_id: 'This sign-in method isn’t available right now.',
      insufficient_info: 'Some information is missing. Please start again.',
      connector_validation_session_not_found: 'The connection timed out. Please start again.',
      verification_failed: 'We couldn’t verify that. Please start again.',
      email_blocklist: {
        email_not_allowed: 'This email address can’t be used. Choose a different one.',
        email_subaddressing_not_allowed: 'Email addresses with a “+” part aren’t allowed here.',
        invalid_email: 'Enter a valid email address, like name@example.com.',
      },
      mfa: {
        mfa_factor_not_enabled: 'This two-step method isn’t available.',
        invalid_totp_code: 'That code isn’t right. Check your authenticator app and try again.',
        backup_code_can_not_be_alone:
          'Set up another two-step method first. Backup codes can’t be your only one.',
        pending_info_not_found: 'The setup timed out. Please start again.',
        webauthn_verification_failed: 'We couldn’t verify the passkey. Please try again.',
      },
    },
    user: {
      email_already_in_use: 'This email address is already used by another account.',
      phone_already_in_use: 'This phone number is already used by another account.',
      username_already_in_use: 'That username is taken. Try another one.',
      username_too_short: 'That username is too short.',
      username_too_long: 'That username is too long.',
      username_uppercase_not_allowed: 'Usernames can’t contain uppercase letters.',
      username_lowercase_not_allowed: 'Usernames can’t contain lowercase letters.',
      username_numbers_not_allowed: 'Usernames can’t contain numbers.',
      username_underscore_not_allowed: 'Usernames can’t contain underscores.',
      invalid_phone: 'Enter a valid phone number, including the country code.',
      last_sign_in_method_required: 'You need to keep at least one way to sign in.',
      identity_already_in_use: 'This account is already connected to another user.',
      identity_not_exist: 'This account hasn’t been connected yet.',
      identity_not_exists_in_current_user: 'This account isn’t connected to you.',
      same_password: 'Your new password must be different from your current one.',
      suspended: 'This account has been suspended.',
      totp_already_in_use: 'An authenticator app is already set up.',
      totp_secret_invalid: 'The setup key isn’t valid. Please start again.',
      backup_code_already_in_use: 'You already have backup codes.',
      wrong_backup_code_format: 'Those backup codes aren’t in the right format.',
    },
    password: {
      rejected: 'That password doesn’t meet the requirements.',
    },
    guard: {
      invalid_input: 'Some of the details aren’t valid. Check them and try again.',
      invalid_pagination: 'The list couldn’t be loaded. Please try again.',
      file_size_exceeded: 'That file is too large.',
      mime_type_not_allowed: 'That file type isn’t supported.',
    },
    storage: {
      not_configured: 'Uploading files isn’t set up for this service.',
      upload_error: 'The upload failed. Please try again.',
    },
    connector: {
      not_found: 'This service isn’t set up to send that yet.',
      unexpected_type: 'This sign-in method isn’t supported here.',
    },
    oidc: {
      session_not_found: 'That session has already ended.',
      invalid_session_account_id: 'That session belongs to a different account.',
      invalid_grant: 'That app access has already been removed.',
      failed_to_cleanup_session_authorization:
        'We couldn’t finish signing out that device. Please try again.',
    },
    secrets: {
      third_party_token_set: {
        token_not_found: 'The connection details couldn’t be found. Reconnect the account.',
        access_token_expired: 'The connection has expired. Reconnect the account.',
      },
    },
    entity: {
      not_found: 'That item no longer exists.',
    },
  },
  layout: {
    /** Deep entry (`task`) to something the tenant turned off; `{feature}` is its title. */
    taskOff: '“{feature}” isn’t available for your account: your administrator has turned it off.',
    nothingToShow: 'There’s nothing to manage here.',
    sectionFailed: 'This part of the page couldn’t be shown.',
  },
};

/** The profile form (photo, names, username, the OIDC claims). */
export const enProfile = {
  profile: {
    title: 'Profile',
    description: 'How you appear to others and the details you sign in with.',
    name: 'Name',
    username: 'Username',
    usernameDescription: 'Letters, numbers and underscores. It can’t start with a number.',
    usernamePolicy: '{min}–{max} characters, using {chars}. It can’t start with a number.',
    usernameChars: {
      lowercase: 'lowercase letters',
      uppercase: 'uppercase letters',
      numbers: 'numbers',
      underscore: 'underscores',
    },
    removeUsername: 'Remove username',
    removeUsernameDescription: 'You won’t be able to sign in with the username {username} anymore.',
    avatar: 'Profile photo',
    uploadAvatar: 'Upload photo',
    changeAvatar: 'Change photo',
    removeAvatar: 'Remove photo',
    avatarUrl: 'Image URL',
    avatarUrlDescription: 'A link to a square image that starts with https://.',
    avatarHint: 'JPG, PNG, WebP or GIF, up to {size}.',
    avatarDropHint: 'Or drop an image here.',
    avatarTooLarge: 'That image is larger than {size}. Choose a smaller one.',
    avatarWrongType: 'That file type isn’t supported. Choose a JPG, PNG, WebP or GIF image.',
    cropTitle: 'Crop your photo',
    cropDescription: 'Drag to position your photo and use the slider to zoom.',
    zoom: 'Zoom',
    givenName: 'First name',
    middleName: 'Middle name',
    familyName: 'Last name',
    nickname: 'Nickname',
    website: 'Website',
    birthdate: 'Date of birth',
    gender: 'Gender',
    locale: 'Language',
    address: 'Address',
    saved: 'Your profile has been updated.',
    preferredUsername: 'Preferred username',
    profileUrl: 'Profile page',
    zoneinfo: 'Time zone',
    formattedAddress: 'Full address',
    streetAddress: 'Street address',
    locality: 'City',
    region: 'State or province',
    postalCode: 'Postal code',
    country: 'Country',
    details: 'Personal details',
    avatarPreview: 'Your profile photo',
    avatarUploaded: 'Photo uploaded. Save your changes to use it.',
    useAvatarUrl: 'Use an image link',
    urlInvalid: 'Enter a link that starts with http:// or https://.',
    usernameInvalid: 'Use letters, numbers and underscores, and don’t start with a number.',
    tooLong: 'This is too long: use at most {count} characters.',
    cropPreview: 'Preview of your cropped photo',
  },
};

/** The primary email and phone. */
export const enIdentifiers = {
  email: {
    title: 'Email address',
    description: 'Used to sign in and to receive account notices.',
    add: 'Add email address',
    change: 'Change email address',
    remove: 'Remove email address',
    label: 'Email address',
    placeholder: 'you@example.com',
    sendCode: 'Send code',
    codeSentTo: 'We sent a 6-digit code to {email}.',
    invalid: 'Enter a valid email address, like name@example.com.',
    removeTitle: 'Remove {email}?',
    removeDescription:
      'You won’t be able to sign in with this email address or receive notices at it.',
    added: '{email} has been added to your account.',
    changed: 'Your email address is now {email}.',
    removed: '{email} has been removed from your account.',
    lastIdentifier: 'Add another way to sign in before removing your only email address.',
    editAddress: 'Edit email address',
    bindFailed: 'We verified the code but couldn’t save the email address.',
  },
  phone: {
    title: 'Phone number',
    description: 'Used to sign in and to receive verification codes by text message.',
    add: 'Add phone number',
    change: 'Change phone number',
    remove: 'Remove phone number',
    label: 'Phone number',
    country: 'Country or region',
    placeholder: 'Phone number',
    sendCode: 'Send code',
    carrierRates: 'Your carrier’s messaging rates may apply.',
    codeSentTo: 'We sent a 6-digit code to {phone}.',
    invalid: 'Enter a valid phone number, including the country code.',
    tooShort: 'Enter a valid phone number: this one is too short for {country}.',
    tooLong: 'Enter a valid phone number: this one is too long for {country}.',
    removeTitle: 'Remove {phone}?',
    removeDescription:
      'You won’t be able to sign in with this phone number or receive codes at it.',
    added: '{phone} has been added to your account.',
    changed: 'Your phone number is now {phone}.',
    removed: '{phone} has been removed from your account.',
    lastIdentifier: 'Add another way to sign in before removing your only phone number.',
    editNumber: 'Edit phone number',
    bindFailed: 'We verified the code but couldn’t save the phone number.',
  },
};

/** The password form and the policy checklist (also `formatError`’s `password_rejected` issues). */
export const enPassword = {
  password: {
    title: 'Password',
    description: 'Use a strong password that you don’t use anywhere else.',
    set: 'Set password',
    change: 'Change password',
    isSet: 'Password set',
    notSet: 'No password set',
    new: 'New password',
    confirm: 'Confirm new password',
    requirements: 'Your password must:',
    ruleMet: 'Met: {rule}',
    ruleUnmet: 'Not met yet: {rule}',
    mismatch: 'The passwords don’t match.',
    empty: 'Enter a password.',
    signOutOthers: 'Sign out of all other devices',
    signOutOthersDescription:
      'Recommended. Anyone who knew your old password is signed out everywhere except here.',
    saved: 'Your password has been changed.',
    savedAndSignedOut:
      'Your password has been changed and your other devices have been signed out.',
    setSaved: 'Your password has been set.',
    ruleChecked: 'Checked when you save: {rule}',
    signOutOthersFailed:
      'Your password has been changed, but we couldn’t sign out all of your other devices. Sign them out from the devices list.',
    saveFailed: 'We couldn’t save your password. What you typed is kept, so you can try again.',
  },
  passwordIssues: {
    unknown: 'Meet your organisation’s password rules',
    too_short: {
      one: 'Be at least {count} character long',
      other: 'Be at least {count} characters long',
    },
    too_long: {
      one: 'Be at most {count} character long',
      other: 'Be at most {count} characters long',
    },
    character_types: {
      one: 'Use at least {count} of these: lowercase letters, uppercase letters, numbers, symbols',
      other:
        'Use at least {count} of these: lowercase letters, uppercase letters, numbers, symbols',
    },
    unsupported_characters: 'Use only letters, numbers, spaces and common symbols',
    pwned: 'Not appear in a known data breach',
    restricted: {
      repetition: 'Not rely on repeated characters, like “aaaa”',
      sequence: 'Not rely on sequences, like “1234” or “abcd”',
      user_info: 'Not contain your name, username, email address or phone number',
      words: 'Not rely on common or restricted words',
    },
  },
};

/** The identity check (step-up) and the code step of the email and phone. */
export const enVerification = {
  verification: {
    title: 'Confirm it’s you',
    description: 'For your security, confirm your identity before making this change.',
    chooseMethod: 'Choose how to confirm it’s you',
    usePassword: 'Enter your password',
    useEmail: 'Get a code at {email}',
    usePhone: 'Get a code at {phone}',
    useAnotherMethod: 'Use another method',
    noMethods:
      'Your account has no password, email address or phone number to confirm it’s you. Set a password first, then try again.',
    codeLabel: 'Verification code',
    codeDescription: 'Enter the 6-digit code we sent to {destination}.',
    verify: 'Verify',
    resend: 'Resend code',
    resendIn: {
      one: 'Resend code in {count} second',
      other: 'Resend code in {count} seconds',
    },
    codeSent: 'We sent a new code to {destination}.',
    expired: 'Your confirmation has expired. Please confirm it’s you again.',
    verified: 'Identity confirmed.',
    passwordLabel: 'Password',
    sending: 'Sending a code to {destination}…',
  },
};

/** Deleting the account. */
export const enDeleteAccount = {
  deleteAccount: {
    title: 'Delete account',
    description: 'Permanently delete your account and all of its data.',
    action: 'Delete account',
    externalLink: 'Go to account deletion',
    confirmTitle: 'Delete your account?',
    confirmDescription:
      'This permanently deletes your account and everything in it. This can’t be undone.',
    confirmPhraseLabel: 'Type “{phrase}” to confirm',
    confirmPhrase: 'delete my account',
    phraseMismatch: 'Type the phrase exactly as shown.',
    deleted: 'Your account has been deleted.',
  },
};

/** Passkeys, authenticator app, backup codes, social, two-step, sessions and apps. */
export const enSecurity = {
  passkey: {
    title: 'Passkeys',
    description: 'Sign in with your fingerprint, face or screen lock instead of a password.',
    add: 'Add a passkey',
    addAnother: 'Add another passkey',
    none: 'No passkeys yet.',
    unnamed: 'Unnamed passkey',
    name: 'Passkey name',
    nameDescription: 'A name helps you recognise this passkey later, like “Work laptop”.',
    nameRequired: 'Enter a name for this passkey.',
    rename: 'Rename',
    renameTitle: 'Rename passkey',
    created: 'Added {date}',
    lastUsed: 'Last used {date}',
    neverUsed: 'Never used',
    added: 'Passkey added.',
    renamed: 'Passkey renamed.',
    removeTitle: 'Remove {name}?',
    removeDescription: 'You won’t be able to sign in with this passkey anymore.',
    removed: '{name} has been removed.',
    notSupported: 'This browser or device doesn’t support passkeys.',
    alreadyRegistered: 'This device already has a passkey for your account.',
    failed: 'We couldn’t add the passkey. Please try again.',
    listLabel: 'Your passkeys',
    deviceName: '{browser} on {os}',
    renameLabel: 'Rename {name}',
    removeLabel: 'Remove {name}',
    nameTitle: 'Name your new passkey',
    continueDescription:
      'Your identity is confirmed. Continue to create the passkey on this device.',
    create: 'Create passkey',
    unavailableHere:
      'Passkeys aren’t available on this site right now. Contact the site’s support if this keeps happening.',
    listUnavailable: 'Your saved passkeys can’t be shown here, but you can add a new one.',
  },

  totp: {
    title: 'Authenticator app',
    description: 'Use a code from an app like Google Authenticator or 1Password when you sign in.',
    add: 'Set up authenticator app',
    replace: 'Replace authenticator app',
    remove: 'Remove authenticator app',
    scanTitle: 'Scan the QR code',
    scanDescription: 'Open your authenticator app and scan this code to add your account.',
    qrLabel: 'QR code for your authenticator app',
    showKey: 'Can’t scan? Enter the key instead',
    showQr: 'Scan a QR code instead',
    keyTitle: 'Enter the setup key',
    keyDescription: 'In your authenticator app, add an account and enter this key.',
    secretKey: 'Setup key',
    setupUri: 'Setup link',
    codeLabel: '6-digit code from the app',
    codeDescription: 'Enter the code your authenticator app shows for this account.',
    added: 'Authenticator app set up.',
    replaced: 'Authenticator app replaced.',
    removeTitle: 'Remove the authenticator app?',
    removeDescription:
      'Your account will be less secure, and you won’t get codes from this app anymore.',
    removed: 'Authenticator app removed.',
    lastFactor: 'Two-step verification is required, so you need to keep at least one method.',
    configured: 'Added {date}',
    notConfigured: 'Not set up',
    appearsAs: 'Your app will list it as {issuer} ({account}).',
    codeRequired: 'Enter the 6-digit code from your app.',
    turnOn: 'Turn on',
  },

  backupCodes: {
    title: 'Backup codes',
    description: 'One-time codes you can use to sign in if you lose access to your other methods.',
    generate: 'Generate backup codes',
    regenerate: 'Generate new codes',
    remaining: {
      one: '{count} code left',
      other: '{count} codes left',
    },
    lowWarning: {
      one: 'Only {count} backup code left. Generate new codes soon.',
      other: 'Only {count} backup codes left. Generate new codes soon.',
    },
    saveHint: 'Save these codes somewhere safe. Each code works once.',
    listLabel: 'Your backup codes',
    used: 'Used',
    copyAll: 'Copy codes',
    downloadCodes: 'Download codes',
    printCodes: 'Print codes',
    fileHeading: 'Backup codes for {app} ({account})',
    confirmSaved: 'I’ve saved these codes',
    regenerateTitle: 'Generate new backup codes?',
    regenerateDescription:
      'Your current codes will stop working as soon as the new ones are saved.',
    added: 'Backup codes are ready.',
    regenerated: 'New backup codes are ready. Your old codes no longer work.',
    otherFactorFirst:
      'Backup codes can’t be created yet: set up an authenticator app or a passkey first, then come back here.',
    needsOtherFactor: 'Set up another two-step method first. Backup codes can’t be your only one.',
    none: 'No backup codes yet.',
    show: 'Show codes',
    hide: 'Hide codes',
    unused: 'Not used',
    activate: 'Turn on these codes',
    confirmRequired: 'Confirm that you’ve saved the codes first.',
    fileIntro:
      'Each code works once. Use one to sign in if you can’t use your other two-step methods.',
    fileGenerated: 'Generated {date}',
    newCodes: 'Your new backup codes',
    offerTitle: 'Get backup codes',
    offerDescription:
      'You’ve added a two-step method. Save backup codes too, so you can still sign in if you lose it.',
    notNow: 'Not now',
    allUsed: 'You’ve used all your backup codes. Generate new ones.',
    notActive: 'These codes don’t work yet. They start working when you turn them on.',
    retrying: 'Turning on these codes didn’t work. Trying again…',
    bindFailedNoCodes:
      'Your old codes no longer work and the new ones aren’t on yet. Try again so you still have backup codes.',
    fileNotActive:
      'Saved before they were turned on: these codes work only if turning them on finished. Check your account to be sure.',
    interruptedTitle: 'Your new backup codes may not work',
    interruptedShown:
      'The backup codes created {date} were never turned on, so they won’t work. If you saved them, generate a new set.',
    interruptedBinding:
      'Turning on the backup codes created {date} didn’t finish, so they may not work. Generate a new set to be sure.',
  },

  social: {
    title: 'Connected accounts',
    description: 'Sign in with accounts you already have.',
    connect: 'Connect',
    connectProvider: 'Connect {provider}',
    notConnected: 'Not connected',
    connected: '{provider} connected.',
    removeTitle: 'Disconnect {provider}?',
    removeDescription: 'You won’t be able to sign in with your {provider} account anymore.',
    disconnect: 'Disconnect',
    removed: '{provider} disconnected.',
    failed: 'We couldn’t connect your {provider} account.',
    lastIdentifier: 'Add another way to sign in before disconnecting your only account.',
    connectedBadge: 'Connected',
    connectedGeneric: 'Your account is connected.',
    failedGeneric: 'We couldn’t connect your account.',
    finishing: 'Connecting your account…',
    redirecting: 'Taking you to {provider}…',
    providerCancelled: 'Connecting was cancelled at the provider. Nothing was changed.',
    providerFailed: 'The provider couldn’t confirm your account. Please try again.',
    stateMismatch:
      'This connection attempt couldn’t be matched to your session. Start again from your account page.',
    linkExpired:
      'This connection attempt took too long and expired. Nothing was changed. Start again from your account page.',
    unsafeProviderPage:
      'The provider’s sign-in page has an unsafe address, so it wasn’t opened. Nothing was changed.',
    backToAccount: 'Back to your account',
    empty: 'No accounts are connected.',
    listLabel: 'Sign-in accounts',
    disconnectProvider: 'Disconnect {provider}',
    switch: 'Switch account',
    switchProvider: 'Switch account for {provider}',
  },

  mfa: {
    title: 'Two-step verification',
    description: 'Ask for a second step, like a code from your phone, when you sign in.',
    enabled: 'Two-step verification is on.',
    disabled: 'Two-step verification is off.',
    required: 'Your organisation requires two-step verification.',
    noFactorWarning: 'Two-step verification is on, but you haven’t set up a method yet.',
    turnOffTitle: 'Turn off two-step verification?',
    turnOffDescription:
      'Signing in will only need your password, which makes your account less secure.',
    turnOff: 'Turn off',
    askOnSignIn: 'Ask for a second step when I sign in',
    askOnSignInDescription:
      'After your password, we’ll ask for a code or a passkey from one of your two-step methods.',
    passkeyPrompt: 'Suggest a passkey when I sign in',
    passkeyPromptDescription:
      'We’ll offer to create a passkey, so you can sign in without typing a password.',
    passkeyPromptOn: 'We’ll suggest a passkey when you sign in.',
    passkeyPromptOff: 'We won’t suggest a passkey when you sign in.',
  },

  sessions: {
    title: 'Devices',
    description: 'Where you’re signed in right now.',
    thisDevice: 'This device',
    unknownDevice: 'Unknown device',
    deviceOn: '{browser} on {os}',
    ipAddress: 'IP address {ip}',
    signedIn: 'Signed in {date}',
    expires: 'Expires {date}',
    signOut: 'Sign out',
    signOutTitle: 'Sign out of {device}?',
    signOutDescription: 'The next time someone uses this device, they’ll need to sign in again.',
    signOutOthers: 'Sign out of all other devices',
    signOutOthersTitle: 'Sign out of all other devices?',
    signOutOthersDescription: 'Every device except this one will need to sign in again.',
    signedOut: 'Signed out of {device}.',
    signedOutOthers: 'Signed out of all other devices.',
    empty: 'You aren’t signed in anywhere else.',
    listLabel: 'Signed-in devices',
    signOutDevice: 'Sign out of {device}',
    verifyToView: 'Verify to view your sessions',
    verifyDescription: 'For your security, confirm it’s you before we show where you’re signed in.',
    locationAndIp: '{location} · {ip}',
    revokeApps: 'Also remove access for apps signed in on this device',
    revokeAppsOthers: 'Also remove access for apps signed in on those devices',
    signOutOthersFailed: {
      one: 'We couldn’t sign out of {count} device. Please try again.',
      other: 'We couldn’t sign out of {count} devices. Please try again.',
    },
  },

  apps: {
    title: 'Connected apps',
    description: 'Third-party apps you’ve allowed to access your account.',
    authorized: 'Allowed {date}',
    revoke: 'Remove access',
    revokeTitle: 'Remove access for {app}?',
    revokeDescription:
      '{app} won’t be able to get new access to your account. Access it already has may keep working until it expires.',
    revoked: 'Access removed for {app}.',
    partialFailure: 'We couldn’t remove all access for {app}. Please try again.',
    empty: 'No apps have access to your account.',
    dynamicClient: 'Self-registered app',
    listLabel: 'Apps with access',
    revokeApp: 'Remove access for {app}',
    verifyToView: 'Verify to view your connected apps',
    verifyDescription:
      'For your security, confirm it’s you before we show which apps can access your account.',
    expires: 'Expires {date}',
  },

  codeFactors: {
    email: 'Email verification code',
    phone: 'SMS verification code',
    sentTo: 'Codes are sent to {value}.',
    addEmail: 'Add an email address to use this method.',
    addPhone: 'Add a phone number to use this method.',
  },

  trustedDevices: {
    title: 'Trusted devices',
    description: 'Devices where you chose not to be asked for a second step again.',
    listLabel: 'Trusted devices',
    lastUsed: 'Last used {date}',
    removeDevice: 'Remove {device}',
    removeTitle: 'Stop trusting {device}?',
    removeDescription: 'The next sign-in on this device will ask for a second step again.',
    removed: '{device} is no longer trusted.',
    empty:
      'No trusted devices yet. When you choose to skip the second step on a device, it appears here.',
    remove: 'Remove',
  },
};

/** The whole English catalogue (the source of the `Messages` type). */
export const en = /* @__PURE__ */ Object.assign(
  {},
  enCore,
  enProfile,
  enIdentifiers,
  enPassword,
  enVerification,
  enDeleteAccount,
  enSecurity,
  enProfileFields,
) as typeof enCore &
  typeof enProfile &
  typeof enIdentifiers &
  typeof enPassword &
  typeof enVerification &
  typeof enDeleteAccount &
  typeof enSecurity &
  typeof enProfileFields;
