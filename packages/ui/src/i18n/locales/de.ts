/** German catalogue (Deutsch). Loaded lazily; German plurals give `one` and `other`. */
import type { Messages } from '../types.js';

export const de = {
  common: {
    save: 'Speichern',
    saveChanges: 'Änderungen speichern',
    cancel: 'Abbrechen',
    close: 'Schließen',
    remove: 'Entfernen',
    confirm: 'Bestätigen',
    retry: 'Erneut versuchen',
    retryAfter: 'Sie können es {time} erneut versuchen.',
    dismiss: 'Schließen',
    loading: 'Wird geladen…',
    notSet: 'Nicht festgelegt',
    on: 'An',
    off: 'Aus',
    copy: 'Kopieren',
    copyValue: '{label} kopieren',
    copied: 'In die Zwischenablage kopiert',
    copyFailed: 'Kopieren fehlgeschlagen. Markieren Sie den Text und kopieren Sie ihn selbst.',
    showPassword: 'Passwort anzeigen',
    managedByAdmin: 'Wird von Ihrem Administrator verwaltet.',
    loadFailed: 'Dieser Bereich konnte nicht geladen werden.',
    nav: {
      label: 'Kontobereiche',
      profile: 'Profil',
      security: 'Sicherheit',
      sessions: 'Geräte',
    },
  },

  profile: {
    title: 'Profil',
    description: 'Wie andere Sie sehen und mit welchen Daten Sie sich anmelden.',
    name: 'Name',
    username: 'Benutzername',
    usernameDescription:
      'Buchstaben, Ziffern und Unterstriche. Darf nicht mit einer Ziffer beginnen.',
    usernamePolicy: '{min}–{max} Zeichen aus {chars}. Darf nicht mit einer Ziffer beginnen.',
    usernameChars: {
      lowercase: 'Kleinbuchstaben',
      uppercase: 'Großbuchstaben',
      numbers: 'Ziffern',
      underscore: 'Unterstrichen',
    },
    removeUsername: 'Benutzernamen entfernen',
    removeUsernameDescription:
      'Sie können sich dann nicht mehr mit dem Benutzernamen {username} anmelden.',
    avatar: 'Profilbild',
    uploadAvatar: 'Bild hochladen',
    changeAvatar: 'Bild ändern',
    removeAvatar: 'Bild entfernen',
    avatarUrl: 'Bild-URL',
    avatarUrlDescription: 'Link zu einem quadratischen Bild, der mit https:// beginnt.',
    avatarHint: 'JPG, PNG, WebP oder GIF, bis {size}.',
    avatarDropHint: 'Oder ziehen Sie ein Bild hierher.',
    avatarTooLarge: 'Das Bild ist größer als {size}. Wählen Sie ein kleineres.',
    avatarWrongType:
      'Dieser Dateityp wird nicht unterstützt. Wählen Sie ein JPG-, PNG-, WebP- oder GIF-Bild.',
    cropTitle: 'Bild zuschneiden',
    cropDescription: 'Ziehen Sie das Bild in Position und zoomen Sie mit dem Schieberegler.',
    zoom: 'Zoom',
    givenName: 'Vorname',
    middleName: 'Zweiter Vorname',
    familyName: 'Nachname',
    nickname: 'Spitzname',
    website: 'Website',
    birthdate: 'Geburtsdatum',
    gender: 'Geschlecht',
    locale: 'Sprache',
    address: 'Adresse',
    saved: 'Ihr Profil wurde aktualisiert.',
    preferredUsername: 'Bevorzugter Benutzername',
    profileUrl: 'Profilseite',
    zoneinfo: 'Zeitzone',
    formattedAddress: 'Vollständige Adresse',
    streetAddress: 'Straße und Hausnummer',
    locality: 'Ort',
    region: 'Bundesland oder Region',
    postalCode: 'Postleitzahl',
    country: 'Land',
    details: 'Persönliche Daten',
    avatarPreview: 'Ihr Profilbild',
    avatarUploaded: 'Bild hochgeladen. Speichern Sie die Änderungen, um es zu verwenden.',
    useAvatarUrl: 'Bildlink verwenden',
    urlInvalid: 'Geben Sie einen Link ein, der mit http:// oder https:// beginnt.',
    usernameInvalid:
      'Verwenden Sie Buchstaben, Ziffern und Unterstriche, und beginnen Sie nicht mit einer Ziffer.',
    tooLong: 'Das ist zu lang: höchstens {count} Zeichen.',
    cropPreview: 'Vorschau des zugeschnittenen Bildes',
  },

  email: {
    title: 'E-Mail-Adresse',
    description: 'Zum Anmelden und für Benachrichtigungen zu Ihrem Konto.',
    add: 'E-Mail-Adresse hinzufügen',
    change: 'E-Mail-Adresse ändern',
    remove: 'E-Mail-Adresse entfernen',
    label: 'E-Mail-Adresse',
    placeholder: 'name@beispiel.de',
    sendCode: 'Code senden',
    codeSentTo: 'Wir haben einen 6-stelligen Code an {email} gesendet.',
    invalid: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
    removeTitle: '{email} entfernen?',
    removeDescription:
      'Sie können sich dann nicht mehr mit dieser E-Mail-Adresse anmelden oder Benachrichtigungen darüber erhalten.',
    added: '{email} wurde Ihrem Konto hinzugefügt.',
    changed: 'Ihre E-Mail-Adresse lautet jetzt {email}.',
    removed: '{email} wurde aus Ihrem Konto entfernt.',
    lastIdentifier:
      'Fügen Sie eine weitere Anmeldemöglichkeit hinzu, bevor Sie Ihre einzige E-Mail-Adresse entfernen.',
    editAddress: 'E-Mail-Adresse bearbeiten',
    bindFailed:
      'Der Code wurde bestätigt, aber die E-Mail-Adresse konnte nicht gespeichert werden.',
  },

  phone: {
    title: 'Telefonnummer',
    description: 'Zum Anmelden und für Bestätigungscodes per SMS.',
    add: 'Telefonnummer hinzufügen',
    change: 'Telefonnummer ändern',
    remove: 'Telefonnummer entfernen',
    label: 'Telefonnummer',
    country: 'Land oder Region',
    placeholder: 'Telefonnummer',
    sendCode: 'Code senden',
    carrierRates: 'Es können Gebühren Ihres Mobilfunkanbieters anfallen.',
    codeSentTo: 'Wir haben einen 6-stelligen Code an {phone} gesendet.',
    invalid: 'Geben Sie eine gültige Telefonnummer mit Ländervorwahl ein.',
    tooShort: 'Geben Sie eine gültige Telefonnummer ein: Diese ist für {country} zu kurz.',
    tooLong: 'Geben Sie eine gültige Telefonnummer ein: Diese ist für {country} zu lang.',
    removeTitle: '{phone} entfernen?',
    removeDescription:
      'Sie können sich dann nicht mehr mit dieser Telefonnummer anmelden oder Codes darüber erhalten.',
    added: '{phone} wurde Ihrem Konto hinzugefügt.',
    changed: 'Ihre Telefonnummer lautet jetzt {phone}.',
    removed: '{phone} wurde aus Ihrem Konto entfernt.',
    lastIdentifier:
      'Fügen Sie eine weitere Anmeldemöglichkeit hinzu, bevor Sie Ihre einzige Telefonnummer entfernen.',
    editNumber: 'Telefonnummer bearbeiten',
    bindFailed: 'Der Code wurde bestätigt, aber die Telefonnummer konnte nicht gespeichert werden.',
  },

  password: {
    title: 'Passwort',
    description: 'Verwenden Sie ein sicheres Passwort, das Sie nirgendwo sonst nutzen.',
    set: 'Passwort festlegen',
    change: 'Passwort ändern',
    isSet: 'Passwort festgelegt',
    notSet: 'Kein Passwort festgelegt',
    new: 'Neues Passwort',
    confirm: 'Neues Passwort bestätigen',
    requirements: 'Ihr Passwort muss:',
    ruleMet: 'Erfüllt: {rule}',
    ruleUnmet: 'Noch nicht erfüllt: {rule}',
    mismatch: 'Die Passwörter stimmen nicht überein.',
    empty: 'Geben Sie ein Passwort ein.',
    signOutOthers: 'Auf allen anderen Geräten abmelden',
    signOutOthersDescription:
      'Empfohlen. Wer Ihr altes Passwort kannte, wird überall außer hier abgemeldet.',
    saved: 'Ihr Passwort wurde geändert.',
    savedAndSignedOut: 'Ihr Passwort wurde geändert und Ihre anderen Geräte wurden abgemeldet.',
    setSaved: 'Ihr Passwort wurde festgelegt.',
    ruleChecked: 'Wird beim Speichern geprüft: {rule}',
    signOutOthersFailed:
      'Ihr Passwort wurde geändert, aber nicht alle anderen Geräte konnten abgemeldet werden. Melden Sie sie in der Geräteliste ab.',
    saveFailed:
      'Ihr Passwort konnte nicht gespeichert werden. Ihre Eingabe bleibt erhalten, damit Sie es erneut versuchen können.',
  },

  verification: {
    title: 'Identität bestätigen',
    description: 'Bestätigen Sie zu Ihrer Sicherheit Ihre Identität, bevor Sie dies ändern.',
    chooseMethod: 'Wählen Sie, wie Sie Ihre Identität bestätigen',
    usePassword: 'Passwort eingeben',
    useEmail: 'Code an {email} senden',
    usePhone: 'Code an {phone} senden',
    useAnotherMethod: 'Andere Methode verwenden',
    noMethods:
      'Ihr Konto hat kein Passwort, keine E-Mail-Adresse und keine Telefonnummer zur Bestätigung. Legen Sie zuerst ein Passwort fest und versuchen Sie es dann erneut.',
    codeLabel: 'Bestätigungscode',
    codeDescription: 'Geben Sie den 6-stelligen Code ein, den wir an {destination} gesendet haben.',
    verify: 'Bestätigen',
    resend: 'Code erneut senden',
    resendIn: {
      one: 'Code erneut senden in {count} Sekunde',
      other: 'Code erneut senden in {count} Sekunden',
    },
    codeSent: 'Wir haben einen neuen Code an {destination} gesendet.',
    expired: 'Ihre Bestätigung ist abgelaufen. Bestätigen Sie Ihre Identität erneut.',
    verified: 'Identität bestätigt.',
    passwordLabel: 'Passwort',
    sending: 'Code wird an {destination} gesendet…',
  },

  passkey: {
    title: 'Passkeys',
    description:
      'Melden Sie sich statt mit einem Passwort per Fingerabdruck, Gesicht oder Displaysperre an.',
    add: 'Passkey hinzufügen',
    addAnother: 'Weiteren Passkey hinzufügen',
    none: 'Noch keine Passkeys.',
    unnamed: 'Unbenannter Passkey',
    name: 'Name des Passkeys',
    nameDescription:
      'Mit einem Namen wie „Arbeitslaptop“ erkennen Sie diesen Passkey später wieder.',
    nameRequired: 'Geben Sie einen Namen für diesen Passkey ein.',
    rename: 'Umbenennen',
    renameTitle: 'Passkey umbenennen',
    created: 'Hinzugefügt am {date}',
    lastUsed: 'Zuletzt verwendet am {date}',
    neverUsed: 'Nie verwendet',
    added: 'Passkey hinzugefügt.',
    renamed: 'Passkey umbenannt.',
    removeTitle: '{name} entfernen?',
    removeDescription: 'Sie können sich dann nicht mehr mit diesem Passkey anmelden.',
    removed: '{name} wurde entfernt.',
    notSupported: 'Dieser Browser oder dieses Gerät unterstützt keine Passkeys.',
    alreadyRegistered: 'Dieses Gerät hat bereits einen Passkey für Ihr Konto.',
    failed: 'Der Passkey konnte nicht hinzugefügt werden. Versuchen Sie es erneut.',
    listLabel: 'Ihre Passkeys',
    deviceName: '{browser} auf {os}',
    renameLabel: '{name} umbenennen',
    removeLabel: '{name} entfernen',
    nameTitle: 'Neuen Passkey benennen',
    continueDescription:
      'Ihre Identität ist bestätigt. Fahren Sie fort, um den Passkey auf diesem Gerät zu erstellen.',
    create: 'Passkey erstellen',
    unavailableHere:
      'Passkeys sind auf dieser Website derzeit nicht verfügbar. Wenden Sie sich an den Support, wenn das weiterhin passiert.',
    listUnavailable:
      'Ihre gespeicherten Passkeys können hier nicht angezeigt werden, aber Sie können einen neuen hinzufügen.',
  },

  totp: {
    title: 'Authenticator-App',
    description:
      'Geben Sie bei der Anmeldung einen Code aus einer App wie Google Authenticator oder 1Password ein.',
    add: 'Authenticator-App einrichten',
    replace: 'Authenticator-App ersetzen',
    remove: 'Authenticator-App entfernen',
    scanTitle: 'QR-Code scannen',
    scanDescription:
      'Öffnen Sie Ihre Authenticator-App und scannen Sie diesen Code, um Ihr Konto hinzuzufügen.',
    qrLabel: 'QR-Code für Ihre Authenticator-App',
    showKey: 'Scannen nicht möglich? Schlüssel eingeben',
    showQr: 'Stattdessen QR-Code scannen',
    keyTitle: 'Einrichtungsschlüssel eingeben',
    keyDescription:
      'Fügen Sie in Ihrer Authenticator-App ein Konto hinzu und geben Sie diesen Schlüssel ein.',
    secretKey: 'Einrichtungsschlüssel',
    setupUri: 'Einrichtungslink',
    codeLabel: '6-stelliger Code aus der App',
    codeDescription: 'Geben Sie den Code ein, den Ihre Authenticator-App für dieses Konto anzeigt.',
    added: 'Authenticator-App eingerichtet.',
    replaced: 'Authenticator-App ersetzt.',
    removeTitle: 'Authenticator-App entfernen?',
    removeDescription:
      'Ihr Konto ist dann weniger sicher und Sie erhalten keine Codes mehr aus dieser App.',
    removed: 'Authenticator-App entfernt.',
    lastFactor:
      'Die Zwei-Schritt-Verifizierung ist erforderlich, daher muss mindestens eine Methode bleiben.',
    configured: 'Hinzugefügt am {date}',
    notConfigured: 'Nicht eingerichtet',
    appearsAs: 'Ihre App zeigt es als {issuer} ({account}) an.',
    codeRequired: 'Geben Sie den 6-stelligen Code aus Ihrer App ein.',
    turnOn: 'Aktivieren',
  },

  backupCodes: {
    title: 'Backup-Codes',
    description:
      'Einmalcodes zum Anmelden, falls Sie keinen Zugriff auf Ihre anderen Methoden haben.',
    generate: 'Backup-Codes erstellen',
    regenerate: 'Neue Codes erstellen',
    remaining: {
      one: '{count} Code übrig',
      other: '{count} Codes übrig',
    },
    lowWarning: {
      one: 'Nur noch {count} Backup-Code übrig. Erstellen Sie bald neue Codes.',
      other: 'Nur noch {count} Backup-Codes übrig. Erstellen Sie bald neue Codes.',
    },
    saveHint: 'Bewahren Sie diese Codes sicher auf. Jeder Code funktioniert nur einmal.',
    listLabel: 'Ihre Backup-Codes',
    used: 'Verwendet',
    copyAll: 'Codes kopieren',
    downloadCodes: 'Codes herunterladen',
    printCodes: 'Codes drucken',
    fileHeading: 'Backup-Codes für {app} ({account})',
    confirmSaved: 'Ich habe diese Codes gespeichert',
    regenerateTitle: 'Neue Backup-Codes erstellen?',
    regenerateDescription:
      'Ihre aktuellen Codes funktionieren nicht mehr, sobald die neuen gespeichert sind.',
    added: 'Backup-Codes sind bereit.',
    regenerated: 'Neue Backup-Codes sind bereit. Ihre alten Codes funktionieren nicht mehr.',
    otherFactorFirst:
      'Backup-Codes können noch nicht erstellt werden: Richten Sie zuerst eine Authenticator-App oder einen Passkey ein und kehren Sie dann hierher zurück.',
    needsOtherFactor:
      'Richten Sie zuerst eine andere Zwei-Schritt-Methode ein. Backup-Codes dürfen nicht die einzige sein.',
    none: 'Noch keine Backup-Codes.',
    show: 'Codes anzeigen',
    hide: 'Codes ausblenden',
    unused: 'Nicht verwendet',
    activate: 'Diese Codes aktivieren',
    confirmRequired: 'Bestätigen Sie zuerst, dass Sie die Codes gespeichert haben.',
    fileIntro:
      'Jeder Code funktioniert nur einmal. Melden Sie sich damit an, wenn Ihre anderen Zwei-Schritt-Methoden nicht verfügbar sind.',
    fileGenerated: 'Erstellt am {date}',
    newCodes: 'Ihre neuen Backup-Codes',
    offerTitle: 'Backup-Codes erstellen',
    offerDescription:
      'Sie haben eine Zwei-Schritt-Methode hinzugefügt. Speichern Sie auch Backup-Codes, damit Sie sich anmelden können, falls Sie diese verlieren.',
    notNow: 'Nicht jetzt',
    allUsed: 'Sie haben alle Backup-Codes verwendet. Erstellen Sie neue.',
    notActive: 'Diese Codes funktionieren noch nicht. Sie gelten erst, wenn Sie sie aktivieren.',
    retrying: 'Das Aktivieren dieser Codes hat nicht geklappt. Neuer Versuch läuft…',
    bindFailedNoCodes:
      'Ihre alten Codes gelten nicht mehr und die neuen sind noch nicht aktiv. Versuchen Sie es erneut, damit Sie weiter Backup-Codes haben.',
    fileNotActive:
      'Gespeichert vor der Aktivierung: Diese Codes funktionieren nur, wenn die Aktivierung abgeschlossen wurde. Prüfen Sie es in Ihrem Konto.',
    interruptedTitle: 'Ihre neuen Backup-Codes funktionieren möglicherweise nicht',
    interruptedShown:
      'Die am {date} erstellten Backup-Codes wurden nie aktiviert und funktionieren daher nicht. Falls Sie sie gespeichert haben, erstellen Sie neue.',
    interruptedBinding:
      'Die Aktivierung der am {date} erstellten Backup-Codes wurde nicht abgeschlossen, daher funktionieren sie eventuell nicht. Erstellen Sie zur Sicherheit neue.',
  },

  social: {
    title: 'Verknüpfte Konten',
    description: 'Melden Sie sich mit Konten an, die Sie bereits haben.',
    connect: 'Verknüpfen',
    connectProvider: '{provider} verknüpfen',
    notConnected: 'Nicht verknüpft',
    connected: '{provider} verknüpft.',
    removeTitle: 'Verknüpfung mit {provider} aufheben?',
    removeDescription: 'Sie können sich dann nicht mehr mit Ihrem {provider}-Konto anmelden.',
    disconnect: 'Verknüpfung aufheben',
    removed: 'Verknüpfung mit {provider} aufgehoben.',
    failed: 'Ihr {provider}-Konto konnte nicht verknüpft werden.',
    lastIdentifier:
      'Fügen Sie eine weitere Anmeldemöglichkeit hinzu, bevor Sie die Verknüpfung Ihres einzigen Kontos aufheben.',
    connectedBadge: 'Verknüpft',
    connectedGeneric: 'Ihr Konto ist verknüpft.',
    failedGeneric: 'Ihr Konto konnte nicht verknüpft werden.',
    finishing: 'Konto wird verknüpft…',
    redirecting: 'Weiterleitung zu {provider}…',
    providerCancelled: 'Die Verknüpfung wurde beim Anbieter abgebrochen. Es wurde nichts geändert.',
    providerFailed: 'Der Anbieter konnte Ihr Konto nicht bestätigen. Versuchen Sie es erneut.',
    stateMismatch:
      'Dieser Verknüpfungsversuch passt nicht zu Ihrer Sitzung. Beginnen Sie erneut auf Ihrer Kontoseite.',
    linkExpired:
      'Dieser Verbindungsversuch hat zu lange gedauert und ist abgelaufen. Es wurde nichts geändert. Beginnen Sie erneut auf Ihrer Kontoseite.',
    unsafeProviderPage:
      'Die Anmeldeseite des Anbieters hat eine unsichere Adresse und wurde daher nicht geöffnet. Es wurde nichts geändert.',
    backToAccount: 'Zurück zu Ihrem Konto',
    empty: 'Keine Konten verknüpft.',
    listLabel: 'Konten zum Anmelden',
    disconnectProvider: 'Verknüpfung aufheben: {provider}',
    switch: 'Konto wechseln',
    switchProvider: '{provider}-Konto wechseln',
  },

  mfa: {
    title: 'Zwei-Schritt-Verifizierung',
    description:
      'Bei der Anmeldung einen zweiten Schritt verlangen, z. B. einen Code von Ihrem Smartphone.',
    enabled: 'Zwei-Schritt-Verifizierung ist aktiviert.',
    disabled: 'Zwei-Schritt-Verifizierung ist deaktiviert.',
    required: 'Ihre Organisation verlangt die Zwei-Schritt-Verifizierung.',
    noFactorWarning:
      'Zwei-Schritt-Verifizierung ist aktiviert, aber Sie haben noch keine Methode eingerichtet.',
    turnOffTitle: 'Zwei-Schritt-Verifizierung deaktivieren?',
    turnOffDescription:
      'Zum Anmelden genügt dann Ihr Passwort. Dadurch ist Ihr Konto weniger sicher.',
    turnOff: 'Deaktivieren',
    askOnSignIn: 'Bei der Anmeldung einen zweiten Schritt verlangen',
    askOnSignInDescription:
      'Nach dem Passwort fragen wir nach einem Code oder Passkey aus einer Ihrer Zwei-Schritt-Methoden.',
    passkeyPrompt: 'Bei der Anmeldung einen Passkey vorschlagen',
    passkeyPromptDescription:
      'Wir bieten an, einen Passkey zu erstellen, damit Sie sich ohne Passwort anmelden können.',
    passkeyPromptOn: 'Wir schlagen bei der Anmeldung einen Passkey vor.',
    passkeyPromptOff: 'Wir schlagen bei der Anmeldung keinen Passkey vor.',
  },

  sessions: {
    title: 'Geräte',
    description: 'Wo Sie gerade angemeldet sind.',
    thisDevice: 'Dieses Gerät',
    unknownDevice: 'Unbekanntes Gerät',
    deviceOn: '{browser} auf {os}',
    ipAddress: 'IP-Adresse {ip}',
    signedIn: 'Angemeldet am {date}',
    expires: 'Läuft ab am {date}',
    signOut: 'Abmelden',
    signOutTitle: 'Von {device} abmelden?',
    signOutDescription: 'Wer dieses Gerät das nächste Mal verwendet, muss sich erneut anmelden.',
    signOutOthers: 'Auf allen anderen Geräten abmelden',
    signOutOthersTitle: 'Auf allen anderen Geräten abmelden?',
    signOutOthersDescription: 'Alle Geräte außer diesem müssen sich erneut anmelden.',
    signedOut: 'Von {device} abgemeldet.',
    signedOutOthers: 'Auf allen anderen Geräten abgemeldet.',
    empty: 'Sie sind nirgendwo sonst angemeldet.',
    listLabel: 'Angemeldete Geräte',
    signOutDevice: 'Von {device} abmelden',
    verifyToView: 'Bestätigen, um Ihre Sitzungen zu sehen',
    verifyDescription:
      'Bestätigen Sie zu Ihrer Sicherheit Ihre Identität, bevor wir zeigen, wo Sie angemeldet sind.',
    locationAndIp: '{location} · {ip}',
    revokeApps: 'Auch den Zugriff von Apps entfernen, die auf diesem Gerät angemeldet sind',
    revokeAppsOthers: 'Auch den Zugriff von Apps entfernen, die auf diesen Geräten angemeldet sind',
    signOutOthersFailed: {
      one: '{count} Gerät konnte nicht abgemeldet werden. Versuchen Sie es erneut.',
      other: '{count} Geräte konnten nicht abgemeldet werden. Versuchen Sie es erneut.',
    },
  },

  apps: {
    title: 'Verbundene Apps',
    description: 'Drittanbieter-Apps, denen Sie Zugriff auf Ihr Konto gewährt haben.',
    authorized: 'Zugelassen am {date}',
    revoke: 'Zugriff entfernen',
    revokeTitle: 'Zugriff für {app} entfernen?',
    revokeDescription:
      '{app} erhält keinen neuen Zugriff auf Ihr Konto. Bestehender Zugriff kann bis zu seinem Ablauf weiter funktionieren.',
    revoked: 'Zugriff für {app} entfernt.',
    partialFailure:
      'Der Zugriff für {app} konnte nicht vollständig entfernt werden. Versuchen Sie es erneut.',
    empty: 'Keine Apps haben Zugriff auf Ihr Konto.',
    dynamicClient: 'Selbst registrierte App',
    listLabel: 'Apps mit Zugriff',
    revokeApp: 'Zugriff entfernen: {app}',
    verifyToView: 'Bestätigen, um verbundene Apps zu sehen',
    verifyDescription:
      'Bestätigen Sie zu Ihrer Sicherheit Ihre Identität, bevor wir zeigen, welche Apps auf Ihr Konto zugreifen können.',
    expires: 'Läuft ab am {date}',
  },

  deleteAccount: {
    title: 'Konto löschen',
    description: 'Ihr Konto und alle zugehörigen Daten endgültig löschen.',
    action: 'Konto löschen',
    externalLink: 'Zur Kontolöschung',
    confirmTitle: 'Ihr Konto löschen?',
    confirmDescription:
      'Ihr Konto und alle darin enthaltenen Daten werden endgültig gelöscht. Dies kann nicht rückgängig gemacht werden.',
    confirmPhraseLabel: 'Geben Sie zur Bestätigung „{phrase}“ ein',
    confirmPhrase: 'konto löschen',
    phraseMismatch: 'Geben Sie den Text genau wie angezeigt ein.',
    deleted: 'Ihr Konto wurde gelöscht.',
  },

  errors: {
    unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
    network:
      'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Der Server hat zu lange gebraucht. Versuchen Sie es erneut.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    invalid_response: 'Der Server hat unerwartet geantwortet. Versuchen Sie es später erneut.',
    verification_cancelled: 'Die Bestätigung wurde abgebrochen.',
    webauthn_cancelled: 'Die Passkey-Anfrage wurde abgebrochen.',
    http_error: 'Auf dem Server ist ein Problem aufgetreten. Versuchen Sie es später erneut.',
    too_many_requests:
      'Gerade gibt es zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
    not_modified: 'Seit der letzten Aktualisierung hat sich nichts geändert.',
    no_access_token: 'Sie sind nicht angemeldet. Melden Sie sich an und versuchen Sie es erneut.',
    auth: {
      authorization_header_missing:
        'Sie sind nicht angemeldet. Melden Sie sich an und versuchen Sie es erneut.',
      authorization_token_type_not_supported:
        'Ihre Anmeldung konnte nicht gelesen werden. Melden Sie sich erneut an.',
      unauthorized:
        'Ihre Sitzung ist abgelaufen oder erlaubt dies nicht. Melden Sie sich erneut an.',
      forbidden: 'Sie haben keine Berechtigung dafür.',
      third_party_application_forbidden: 'Diese App darf Ihr Konto nicht ändern.',
    },
    account_center: {
      not_enabled: 'Die Kontoverwaltung ist für diesen Dienst deaktiviert.',
      field_not_editable:
        'Diese Angabe wird von Ihrem Administrator verwaltet und kann hier nicht geändert werden.',
      field_not_enabled: 'Diese Angabe ist für Ihr Konto nicht verfügbar.',
    },
    verification_record: {
      not_found: 'Ihre Bestätigung wurde nicht gefunden. Bestätigen Sie Ihre Identität erneut.',
      permission_denied: 'Ihre Bestätigung ist abgelaufen. Bestätigen Sie Ihre Identität erneut.',
      social_verification: {
        invalid_target:
          'Diese Anmeldung passt nicht zum ursprünglichen Konto. Versuchen Sie es erneut.',
        token_response_not_found:
          'Das verknüpfte Konto hat nicht die nötigen Daten geliefert. Verknüpfen Sie es erneut.',
      },
    },
    verification_code: {
      not_found: 'Fordern Sie zuerst einen Bestätigungscode an.',
      email_mismatch:
        'Dieser Code wurde an eine andere E-Mail-Adresse gesendet. Fordern Sie einen neuen Code an.',
      phone_mismatch:
        'Dieser Code wurde an eine andere Telefonnummer gesendet. Fordern Sie einen neuen Code an.',
      code_mismatch: 'Der Code ist nicht korrekt. Prüfen Sie ihn und versuchen Sie es erneut.',
      expired: 'Der Code ist abgelaufen. Fordern Sie einen neuen an.',
      exceed_max_try: 'Zu viele falsche Versuche für diesen Code. Fordern Sie einen neuen an.',
    },
    request: {
      message_rate_limited:
        'Zu viele Codes an diese Adresse gesendet. Warten Sie einige Minuten und versuchen Sie es erneut.',
    },
    session: {
      invalid_credentials: 'Das Passwort ist nicht korrekt. Versuchen Sie es erneut.',
      verification_blocked_too_many_attempts:
        'Zu viele Versuche. Warten Sie zu Ihrer Sicherheit eine Weile, bevor Sie es erneut versuchen.',
      invalid_connector_id: 'Diese Anmeldemethode ist derzeit nicht verfügbar.',
      insufficient_info: 'Es fehlen Angaben. Beginnen Sie erneut.',
      connector_validation_session_not_found: 'Die Verbindung ist abgelaufen. Beginnen Sie erneut.',
      verification_failed: 'Die Überprüfung ist fehlgeschlagen. Beginnen Sie erneut.',
      email_blocklist: {
        email_not_allowed:
          'Diese E-Mail-Adresse kann nicht verwendet werden. Wählen Sie eine andere.',
        email_subaddressing_not_allowed: 'E-Mail-Adressen mit „+“-Zusatz sind hier nicht erlaubt.',
        invalid_email: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
      },
      mfa: {
        mfa_factor_not_enabled: 'Diese Zwei-Schritt-Methode ist nicht verfügbar.',
        invalid_totp_code:
          'Der Code ist nicht korrekt. Prüfen Sie Ihre Authenticator-App und versuchen Sie es erneut.',
        backup_code_can_not_be_alone:
          'Richten Sie zuerst eine andere Zwei-Schritt-Methode ein. Backup-Codes dürfen nicht die einzige sein.',
        pending_info_not_found: 'Die Einrichtung ist abgelaufen. Beginnen Sie erneut.',
        webauthn_verification_failed:
          'Der Passkey konnte nicht bestätigt werden. Versuchen Sie es erneut.',
      },
    },
    user: {
      email_already_in_use: 'Diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet.',
      phone_already_in_use: 'Diese Telefonnummer wird bereits von einem anderen Konto verwendet.',
      username_already_in_use: 'Dieser Benutzername ist vergeben. Versuchen Sie einen anderen.',
      username_too_short: 'Der Benutzername ist zu kurz.',
      username_too_long: 'Der Benutzername ist zu lang.',
      username_uppercase_not_allowed: 'Benutzernamen dürfen keine Großbuchstaben enthalten.',
      username_lowercase_not_allowed: 'Benutzernamen dürfen keine Kleinbuchstaben enthalten.',
      username_numbers_not_allowed: 'Benutzernamen dürfen keine Ziffern enthalten.',
      username_underscore_not_allowed: 'Benutzernamen dürfen keine Unterstriche enthalten.',
      invalid_phone: 'Geben Sie eine gültige Telefonnummer mit Ländervorwahl ein.',
      last_sign_in_method_required: 'Mindestens eine Anmeldemöglichkeit muss erhalten bleiben.',
      identity_already_in_use: 'Dieses Konto ist bereits mit einem anderen Benutzer verknüpft.',
      identity_not_exist: 'Dieses Konto ist noch nicht verknüpft.',
      identity_not_exists_in_current_user: 'Dieses Konto ist nicht mit Ihnen verknüpft.',
      same_password: 'Das neue Passwort muss sich vom aktuellen unterscheiden.',
      suspended: 'Dieses Konto wurde gesperrt.',
      totp_already_in_use: 'Es ist bereits eine Authenticator-App eingerichtet.',
      totp_secret_invalid: 'Der Einrichtungsschlüssel ist ungültig. Beginnen Sie erneut.',
      backup_code_already_in_use: 'Sie haben bereits Backup-Codes.',
      wrong_backup_code_format: 'Die Backup-Codes haben nicht das richtige Format.',
    },
    password: {
      rejected: 'Das Passwort erfüllt die Anforderungen nicht.',
    },
    guard: {
      invalid_input: 'Einige Angaben sind ungültig. Prüfen Sie sie und versuchen Sie es erneut.',
      invalid_pagination: 'Die Liste konnte nicht geladen werden. Versuchen Sie es erneut.',
      file_size_exceeded: 'Die Datei ist zu groß.',
      mime_type_not_allowed: 'Dieser Dateityp wird nicht unterstützt.',
    },
    storage: {
      not_configured: 'Datei-Uploads sind für diesen Dienst nicht eingerichtet.',
      upload_error: 'Der Upload ist fehlgeschlagen. Versuchen Sie es erneut.',
    },
    connector: {
      not_found: 'Dieser Dienst ist dafür noch nicht eingerichtet.',
      unexpected_type: 'Diese Anmeldemethode wird hier nicht unterstützt.',
    },
    oidc: {
      session_not_found: 'Diese Sitzung ist bereits beendet.',
      invalid_session_account_id: 'Diese Sitzung gehört zu einem anderen Konto.',
      invalid_grant: 'Der Zugriff dieser App wurde bereits entfernt.',
      failed_to_cleanup_session_authorization:
        'Das Gerät konnte nicht vollständig abgemeldet werden. Versuchen Sie es erneut.',
    },
    secrets: {
      third_party_token_set: {
        token_not_found:
          'Die Verbindungsdaten wurden nicht gefunden. Verknüpfen Sie das Konto erneut.',
        access_token_expired: 'Die Verbindung ist abgelaufen. Verknüpfen Sie das Konto erneut.',
      },
    },
    entity: {
      not_found: 'Dieses Element existiert nicht mehr.',
    },
  },

  passwordIssues: {
    unknown: 'Den Passwortregeln Ihrer Organisation entsprechen',
    too_short: {
      one: 'Mindestens {count} Zeichen lang sein',
      other: 'Mindestens {count} Zeichen lang sein',
    },
    too_long: {
      one: 'Höchstens {count} Zeichen lang sein',
      other: 'Höchstens {count} Zeichen lang sein',
    },
    character_types: {
      one: 'Mindestens {count} davon enthalten: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen',
      other:
        'Mindestens {count} davon enthalten: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen',
    },
    unsupported_characters:
      'Nur Buchstaben, Ziffern, Leerzeichen und gängige Sonderzeichen enthalten',
    pwned: 'Nicht in einem bekannten Datenleck vorkommen',
    restricted: {
      repetition: 'Keine Zeichenwiederholungen wie „aaaa“ enthalten',
      sequence: 'Keine Folgen wie „1234“ oder „abcd“ enthalten',
      user_info:
        'Nicht Ihren Namen, Benutzernamen, Ihre E-Mail-Adresse oder Telefonnummer enthalten',
      words: 'Keine gängigen oder gesperrten Wörter enthalten',
    },
  },

  layout: {
    taskOff: '„{feature}“ ist für Ihr Konto nicht verfügbar: Ihr Administrator hat es deaktiviert.',
    nothingToShow: 'Hier gibt es nichts zu verwalten.',
    sectionFailed: 'Dieser Teil der Seite konnte nicht angezeigt werden.',
  },
  codeFactors: {
    email: 'Bestätigungscode per E-Mail',
    phone: 'Bestätigungscode per SMS',
    sentTo: 'Codes werden an {value} gesendet.',
    addEmail: 'Fügen Sie eine E-Mail-Adresse hinzu, um diese Methode zu nutzen.',
    addPhone: 'Fügen Sie eine Telefonnummer hinzu, um diese Methode zu nutzen.',
  },

  trustedDevices: {
    title: 'Vertrauenswürdige Geräte',
    description:
      'Geräte, auf denen Sie nicht erneut nach einem zweiten Schritt gefragt werden möchten.',
    listLabel: 'Vertrauenswürdige Geräte',
    lastUsed: 'Zuletzt verwendet {date}',
    removeDevice: '{device} entfernen',
    removeTitle: '{device} nicht mehr vertrauen?',
    removeDescription:
      'Bei der nächsten Anmeldung auf diesem Gerät wird wieder ein zweiter Schritt verlangt.',
    removed: '{device} ist nicht mehr vertrauenswürdig.',
    empty:
      'Noch keine vertrauenswürdigen Geräte. Wenn Sie den zweiten Schritt auf einem Gerät überspringen, erscheint es hier.',
    remove: 'Entfernen',
  },

  profileFields: {
    required: 'Dieses Feld ist erforderlich.',
    tooShort: 'Verwende mindestens {min} Zeichen.',
    tooLong: 'Verwende höchstens {max} Zeichen.',
    notANumber: 'Gib eine Zahl ein.',
    tooSmall: 'Gib eine Zahl von mindestens {min} ein.',
    tooLarge: 'Gib eine Zahl von höchstens {max} ein.',
    patternMismatch: 'Das entspricht nicht dem erforderlichen Format.',
    invalidUrl: 'Gib einen Link ein, der mit http:// oder https:// beginnt.',
    notAnOption: 'Wähle eine der Optionen.',
    invalidDate: 'Gib ein Datum im Format {format} ein.',
    invalidType: 'Dieser Wert kann hier nicht verwendet werden. Gib ihn erneut ein.',
    dateHint: 'Format: {format}',
    choose: 'Auswählen…',
    fullname: 'Vollständiger Name',
    gender: {
      female: 'Weiblich',
      male: 'Männlich',
      preferNotToSay: 'Keine Angabe',
    },
    scopeMissing: 'Diese App darf {fields} nicht ändern.',
  },
} satisfies Messages;
