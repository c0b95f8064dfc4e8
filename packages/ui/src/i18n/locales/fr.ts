/** French catalogue (français). Loaded lazily; French plurals give `one` (0 and 1), `many` and `other`. */
import type { Messages } from '../types.js';

export const fr = {
  common: {
    save: 'Enregistrer',
    saveChanges: 'Enregistrer les modifications',
    cancel: 'Annuler',
    close: 'Fermer',
    remove: 'Supprimer',
    confirm: 'Confirmer',
    retry: 'Réessayer',
    retryAfter: 'Vous pourrez réessayer {time}.',
    dismiss: 'Ignorer',
    loading: 'Chargement…',
    notSet: 'Non défini',
    on: 'Activé',
    off: 'Désactivé',
    copy: 'Copier',
    copyValue: 'Copier {label}',
    copied: 'Copié dans le presse-papiers',
    copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le vous-même.',
    showPassword: 'Afficher le mot de passe',
    managedByAdmin: 'Géré par votre administrateur.',
    loadFailed: 'Impossible de charger cette section.',
    nav: {
      label: 'Sections du compte',
      profile: 'Profil',
      security: 'Sécurité',
      sessions: 'Appareils',
    },
  },

  profile: {
    title: 'Profil',
    description:
      'Ce que les autres voient de vous et les informations qui vous servent à vous connecter.',
    name: 'Nom complet',
    username: 'Nom d’utilisateur',
    usernameDescription:
      'Lettres, chiffres et traits de soulignement. Ne peut pas commencer par un chiffre.',
    usernamePolicy: 'De {min} à {max} caractères : {chars}. Ne peut pas commencer par un chiffre.',
    usernameChars: {
      lowercase: 'lettres minuscules',
      uppercase: 'lettres majuscules',
      numbers: 'chiffres',
      underscore: 'traits de soulignement',
    },
    removeUsername: 'Supprimer le nom d’utilisateur',
    removeUsernameDescription:
      'Vous ne pourrez plus vous connecter avec le nom d’utilisateur {username}.',
    avatar: 'Photo de profil',
    uploadAvatar: 'Importer une photo',
    changeAvatar: 'Changer de photo',
    removeAvatar: 'Supprimer la photo',
    avatarUrl: 'URL de l’image',
    avatarUrlDescription: 'Lien vers une image carrée, commençant par https://.',
    avatarHint: 'JPG, PNG, WebP ou GIF, jusqu’à {size}.',
    avatarDropHint: 'Ou déposez une image ici.',
    avatarTooLarge: 'Cette image dépasse {size}. Choisissez-en une plus petite.',
    avatarWrongType:
      'Ce type de fichier n’est pas pris en charge. Choisissez une image JPG, PNG, WebP ou GIF.',
    cropTitle: 'Recadrer votre photo',
    cropDescription: 'Faites glisser la photo pour la positionner et zoomez avec le curseur.',
    zoom: 'Zoom',
    givenName: 'Prénom',
    middleName: 'Deuxième prénom',
    familyName: 'Nom de famille',
    nickname: 'Surnom',
    website: 'Site web',
    birthdate: 'Date de naissance',
    gender: 'Genre',
    locale: 'Langue',
    address: 'Adresse',
    saved: 'Votre profil a été mis à jour.',
    preferredUsername: 'Nom d’utilisateur préféré',
    profileUrl: 'Page de profil',
    zoneinfo: 'Fuseau horaire',
    formattedAddress: 'Adresse complète',
    streetAddress: 'Adresse postale',
    locality: 'Ville',
    region: 'Région ou province',
    postalCode: 'Code postal',
    country: 'Pays',
    details: 'Informations personnelles',
    avatarPreview: 'Votre photo de profil',
    avatarUploaded: 'Photo importée. Enregistrez les modifications pour l’utiliser.',
    useAvatarUrl: 'Utiliser un lien d’image',
    urlInvalid: 'Saisissez un lien commençant par http:// ou https://.',
    usernameInvalid:
      'Utilisez des lettres, des chiffres et des traits de soulignement, sans commencer par un chiffre.',
    tooLong: 'C’est trop long (au maximum {count} caractères).',
    cropPreview: 'Aperçu de votre photo recadrée',
  },

  email: {
    title: 'Adresse e-mail',
    description: 'Pour vous connecter et recevoir les notifications du compte.',
    add: 'Ajouter une adresse e-mail',
    change: 'Modifier l’adresse e-mail',
    remove: 'Supprimer l’adresse e-mail',
    label: 'Adresse e-mail',
    placeholder: 'vous@exemple.fr',
    sendCode: 'Envoyer le code',
    codeSentTo: 'Nous avons envoyé un code à 6 chiffres à {email}.',
    invalid: 'Saisissez une adresse e-mail valide, comme nom@exemple.fr.',
    removeTitle: 'Supprimer {email} ?',
    removeDescription:
      'Vous ne pourrez plus vous connecter avec cette adresse e-mail ni y recevoir de notifications.',
    added: '{email} a été ajoutée à votre compte.',
    changed: 'Votre adresse e-mail est désormais {email}.',
    removed: '{email} a été supprimée de votre compte.',
    lastIdentifier:
      'Ajoutez un autre moyen de connexion avant de supprimer votre seule adresse e-mail.',
    editAddress: 'Modifier l’adresse e-mail',
    bindFailed: 'Le code est validé, mais l’adresse e-mail n’a pas pu être enregistrée.',
  },

  phone: {
    title: 'Numéro de téléphone',
    description: 'Pour vous connecter et recevoir des codes de vérification par SMS.',
    add: 'Ajouter un numéro de téléphone',
    change: 'Modifier le numéro de téléphone',
    remove: 'Supprimer le numéro de téléphone',
    label: 'Numéro de téléphone',
    country: 'Pays ou région',
    placeholder: 'Numéro de téléphone',
    sendCode: 'Envoyer le code',
    carrierRates: 'Des frais de votre opérateur peuvent s’appliquer.',
    codeSentTo: 'Nous avons envoyé un code à 6 chiffres au {phone}.',
    invalid: 'Saisissez un numéro de téléphone valide, avec l’indicatif du pays.',
    tooShort: 'Saisissez un numéro valide : il est trop court pour le pays choisi ({country}).',
    tooLong: 'Saisissez un numéro valide : il est trop long pour le pays choisi ({country}).',
    removeTitle: 'Supprimer le {phone} ?',
    removeDescription: 'Vous ne pourrez plus vous connecter avec ce numéro ni y recevoir de codes.',
    added: 'Le {phone} a été ajouté à votre compte.',
    changed: 'Votre numéro de téléphone est désormais le {phone}.',
    removed: 'Le {phone} a été supprimé de votre compte.',
    lastIdentifier:
      'Ajoutez un autre moyen de connexion avant de supprimer votre seul numéro de téléphone.',
    editNumber: 'Modifier le numéro de téléphone',
    bindFailed: 'Le code est validé, mais le numéro de téléphone n’a pas pu être enregistré.',
  },

  password: {
    title: 'Mot de passe',
    description: 'Utilisez un mot de passe robuste que vous n’utilisez nulle part ailleurs.',
    set: 'Définir un mot de passe',
    change: 'Modifier le mot de passe',
    isSet: 'Mot de passe défini',
    notSet: 'Aucun mot de passe défini',
    new: 'Nouveau mot de passe',
    confirm: 'Confirmer le nouveau mot de passe',
    requirements: 'Votre mot de passe doit :',
    ruleMet: 'Respecté : {rule}',
    ruleUnmet: 'Pas encore respecté : {rule}',
    mismatch: 'Les mots de passe ne correspondent pas.',
    empty: 'Saisissez un mot de passe.',
    signOutOthers: 'Se déconnecter de tous les autres appareils',
    signOutOthersDescription:
      'Recommandé. Toute personne connaissant votre ancien mot de passe sera déconnectée partout sauf ici.',
    saved: 'Votre mot de passe a été modifié.',
    savedAndSignedOut:
      'Votre mot de passe a été modifié et vos autres appareils ont été déconnectés.',
    setSaved: 'Votre mot de passe a été défini.',
    ruleChecked: 'Vérifié à l’enregistrement : {rule}',
    signOutOthersFailed:
      'Votre mot de passe a été modifié, mais certains appareils n’ont pas pu être déconnectés. Déconnectez-les depuis la liste des appareils.',
    saveFailed:
      'Impossible d’enregistrer votre mot de passe. Votre saisie est conservée pour réessayer.',
  },

  verification: {
    title: 'Confirmez votre identité',
    description:
      'Pour votre sécurité, confirmez votre identité avant d’effectuer cette modification.',
    chooseMethod: 'Choisissez comment confirmer votre identité',
    usePassword: 'Saisir votre mot de passe',
    useEmail: 'Recevoir un code à {email}',
    usePhone: 'Recevoir un code au {phone}',
    useAnotherMethod: 'Utiliser une autre méthode',
    noMethods:
      'Votre compte n’a ni mot de passe, ni adresse e-mail, ni numéro de téléphone pour confirmer votre identité. Définissez d’abord un mot de passe, puis réessayez.',
    codeLabel: 'Code de vérification',
    codeDescription: 'Saisissez le code à 6 chiffres envoyé à {destination}.',
    verify: 'Vérifier',
    resend: 'Renvoyer le code',
    resendIn: {
      one: 'Renvoyer le code dans {count} seconde',
      many: 'Renvoyer le code dans {count} secondes',
      other: 'Renvoyer le code dans {count} secondes',
    },
    codeSent: 'Nous avons envoyé un nouveau code à {destination}.',
    expired: 'Votre confirmation a expiré. Confirmez à nouveau votre identité.',
    verified: 'Identité confirmée.',
    passwordLabel: 'Mot de passe',
    sending: 'Envoi d’un code à {destination}…',
  },

  passkey: {
    title: 'Clés d’accès',
    description:
      'Connectez-vous avec votre empreinte, votre visage ou le verrouillage de l’écran plutôt qu’avec un mot de passe.',
    add: 'Ajouter une clé d’accès',
    addAnother: 'Ajouter une autre clé d’accès',
    none: 'Aucune clé d’accès pour l’instant.',
    unnamed: 'Clé d’accès sans nom',
    name: 'Nom de la clé d’accès',
    nameDescription:
      'Un nom, comme « PC portable pro », vous aide à reconnaître cette clé d’accès plus tard.',
    nameRequired: 'Saisissez un nom pour cette clé d’accès.',
    rename: 'Renommer',
    renameTitle: 'Renommer la clé d’accès',
    created: 'Ajoutée le {date}',
    lastUsed: 'Dernière utilisation le {date}',
    neverUsed: 'Jamais utilisée',
    added: 'Clé d’accès ajoutée.',
    renamed: 'Clé d’accès renommée.',
    removeTitle: 'Supprimer {name} ?',
    removeDescription: 'Vous ne pourrez plus vous connecter avec cette clé d’accès.',
    removed: '{name} a été supprimée.',
    notSupported: 'Ce navigateur ou cet appareil ne prend pas en charge les clés d’accès.',
    alreadyRegistered: 'Cet appareil possède déjà une clé d’accès pour votre compte.',
    failed: 'Impossible d’ajouter la clé d’accès. Réessayez.',
    listLabel: 'Vos clés d’accès',
    deviceName: '{browser} sur {os}',
    renameLabel: 'Renommer {name}',
    removeLabel: 'Supprimer {name}',
    nameTitle: 'Nommez votre nouvelle clé d’accès',
    continueDescription:
      'Votre identité est confirmée. Continuez pour créer la clé d’accès sur cet appareil.',
    create: 'Créer la clé d’accès',
    unavailableHere:
      'Les clés d’accès ne sont pas disponibles sur ce site pour le moment. Contactez l’assistance du site si le problème persiste.',
    listUnavailable:
      'Vos clés d’accès enregistrées ne peuvent pas s’afficher ici, mais vous pouvez en ajouter une.',
  },

  totp: {
    title: 'Application d’authentification',
    description:
      'Saisissez à la connexion un code d’une application comme Google Authenticator ou 1Password.',
    add: 'Configurer l’application d’authentification',
    replace: 'Remplacer l’application d’authentification',
    remove: 'Supprimer l’application d’authentification',
    scanTitle: 'Scannez le QR code',
    scanDescription:
      'Ouvrez votre application d’authentification et scannez ce code pour ajouter votre compte.',
    qrLabel: 'QR code pour votre application d’authentification',
    showKey: 'Impossible de scanner ? Saisissez la clé',
    showQr: 'Scanner plutôt un QR code',
    keyTitle: 'Saisissez la clé de configuration',
    keyDescription:
      'Dans votre application d’authentification, ajoutez un compte et saisissez cette clé.',
    secretKey: 'Clé de configuration',
    setupUri: 'Lien de configuration',
    codeLabel: 'Code à 6 chiffres de l’application',
    codeDescription:
      'Saisissez le code affiché par votre application d’authentification pour ce compte.',
    added: 'Application d’authentification configurée.',
    replaced: 'Application d’authentification remplacée.',
    removeTitle: 'Supprimer l’application d’authentification ?',
    removeDescription:
      'Votre compte sera moins sécurisé et vous ne recevrez plus de codes de cette application.',
    removed: 'Application d’authentification supprimée.',
    lastFactor:
      'La double authentification est obligatoire, vous devez donc garder au moins une méthode.',
    configured: 'Ajoutée le {date}',
    notConfigured: 'Non configurée',
    appearsAs: 'Votre application l’affichera sous le nom {issuer} ({account}).',
    codeRequired: 'Saisissez le code à 6 chiffres de votre application.',
    turnOn: 'Activer',
  },

  backupCodes: {
    title: 'Codes de secours',
    description:
      'Des codes à usage unique pour vous connecter si vous perdez l’accès à vos autres méthodes.',
    generate: 'Générer des codes de secours',
    regenerate: 'Générer de nouveaux codes',
    remaining: {
      one: '{count} code restant',
      many: '{count} codes restants',
      other: '{count} codes restants',
    },
    lowWarning: {
      one: 'Plus que {count} code de secours. Générez bientôt de nouveaux codes.',
      many: 'Plus que {count} codes de secours. Générez bientôt de nouveaux codes.',
      other: 'Plus que {count} codes de secours. Générez bientôt de nouveaux codes.',
    },
    saveHint: 'Conservez ces codes en lieu sûr. Chaque code ne fonctionne qu’une fois.',
    listLabel: 'Vos codes de secours',
    used: 'Utilisé',
    copyAll: 'Copier les codes',
    downloadCodes: 'Télécharger les codes',
    printCodes: 'Imprimer les codes',
    fileHeading: 'Codes de secours pour {app} ({account})',
    confirmSaved: 'J’ai enregistré ces codes',
    regenerateTitle: 'Générer de nouveaux codes de secours ?',
    regenerateDescription:
      'Vos codes actuels cesseront de fonctionner dès que les nouveaux seront enregistrés.',
    added: 'Vos codes de secours sont prêts.',
    regenerated: 'Vos nouveaux codes de secours sont prêts. Les anciens ne fonctionnent plus.',
    otherFactorFirst:
      'Impossible de créer des codes de secours pour l’instant : configurez d’abord une application d’authentification ou une clé d’accès, puis revenez ici.',
    needsOtherFactor:
      'Configurez d’abord une autre méthode de double authentification. Les codes de secours ne peuvent pas être la seule.',
    none: 'Aucun code de secours pour l’instant.',
    show: 'Afficher les codes',
    hide: 'Masquer les codes',
    unused: 'Non utilisé',
    activate: 'Activer ces codes',
    confirmRequired: 'Confirmez d’abord que vous avez enregistré les codes.',
    fileIntro:
      'Chaque code ne fonctionne qu’une fois. Utilisez-en un pour vous connecter si vos autres méthodes de double authentification sont indisponibles.',
    fileGenerated: 'Générés le {date}',
    newCodes: 'Vos nouveaux codes de secours',
    offerTitle: 'Obtenir des codes de secours',
    offerDescription:
      'Vous avez ajouté une méthode de double authentification. Enregistrez aussi des codes de secours pour pouvoir vous connecter si vous la perdez.',
    notNow: 'Plus tard',
    allUsed: 'Vous avez utilisé tous vos codes de secours. Générez-en de nouveaux.',
    notActive: 'Ces codes ne fonctionnent pas encore. Ils fonctionneront une fois activés.',
    retrying: 'L’activation de ces codes a échoué. Nouvelle tentative en cours…',
    bindFailedNoCodes:
      'Vos anciens codes ne fonctionnent plus et les nouveaux ne sont pas encore activés. Réessayez.',
    fileNotActive:
      'Enregistrés avant leur activation : ils ne fonctionnent que si elle a abouti. Vérifiez dans votre compte.',
    interruptedTitle: 'Vos nouveaux codes de secours ne fonctionnent peut-être pas',
    interruptedShown:
      'Les codes de secours créés le {date} n’ont jamais été activés et ne fonctionnent pas. Générez-en de nouveaux.',
    interruptedBinding:
      'L’activation des codes de secours créés le {date} n’a pas abouti : ils peuvent ne pas fonctionner. Générez-en de nouveaux.',
  },

  social: {
    title: 'Comptes associés',
    description: 'Connectez-vous avec des comptes que vous possédez déjà.',
    connect: 'Associer',
    connectProvider: 'Associer {provider}',
    notConnected: 'Non associé',
    connected: '{provider} associé.',
    removeTitle: 'Dissocier {provider} ?',
    removeDescription: 'Vous ne pourrez plus vous connecter avec votre compte {provider}.',
    disconnect: 'Dissocier',
    removed: '{provider} dissocié.',
    failed: 'Impossible d’associer votre compte {provider}.',
    lastIdentifier: 'Ajoutez un autre moyen de connexion avant de dissocier votre seul compte.',
    connectedBadge: 'Associé',
    connectedGeneric: 'Votre compte est associé.',
    failedGeneric: 'Impossible d’associer votre compte.',
    finishing: 'Association de votre compte…',
    redirecting: 'Redirection vers {provider}…',
    providerCancelled: 'L’association a été annulée chez le fournisseur. Rien n’a été modifié.',
    providerFailed: 'Le fournisseur n’a pas pu confirmer votre compte. Réessayez.',
    stateMismatch:
      'Cette tentative d’association ne correspond pas à votre session. Recommencez depuis la page de votre compte.',
    linkExpired:
      'Cette tentative de connexion a pris trop de temps et a expiré. Rien n’a été modifié. Recommencez depuis la page de votre compte.',
    unsafeProviderPage:
      'La page de connexion du fournisseur a une adresse non sécurisée, elle n’a donc pas été ouverte. Rien n’a été modifié.',
    backToAccount: 'Retour à votre compte',
    empty: 'Aucun compte associé.',
    listLabel: 'Comptes de connexion',
    disconnectProvider: 'Dissocier {provider}',
    switch: 'Changer de compte',
    switchProvider: 'Changer de compte {provider}',
  },

  mfa: {
    title: 'Double authentification',
    description:
      'Demander une deuxième étape à la connexion, comme un code reçu sur votre téléphone.',
    enabled: 'La double authentification est activée.',
    disabled: 'La double authentification est désactivée.',
    required: 'Votre organisation exige la double authentification.',
    noFactorWarning:
      'La double authentification est activée, mais vous n’avez encore configuré aucune méthode.',
    turnOffTitle: 'Désactiver la double authentification ?',
    turnOffDescription:
      'Votre mot de passe suffira pour vous connecter, ce qui rend votre compte moins sécurisé.',
    turnOff: 'Désactiver',
    askOnSignIn: 'Demander une deuxième étape à la connexion',
    askOnSignInDescription:
      'Après votre mot de passe, nous demanderons un code ou une clé d’accès issus d’une de vos méthodes de double authentification.',
    passkeyPrompt: 'Proposer une clé d’accès à la connexion',
    passkeyPromptDescription:
      'Nous vous proposerons de créer une clé d’accès pour vous connecter sans saisir de mot de passe.',
    passkeyPromptOn: 'Nous vous proposerons une clé d’accès à la connexion.',
    passkeyPromptOff: 'Nous ne vous proposerons pas de clé d’accès à la connexion.',
  },

  sessions: {
    title: 'Appareils',
    description: 'Les appareils sur lesquels vous êtes connecté.',
    thisDevice: 'Cet appareil',
    unknownDevice: 'Appareil inconnu',
    deviceOn: '{browser} sur {os}',
    ipAddress: 'Adresse IP {ip}',
    signedIn: 'Connecté le {date}',
    expires: 'Expire le {date}',
    signOut: 'Se déconnecter',
    signOutTitle: 'Se déconnecter de {device} ?',
    signOutDescription: 'La prochaine personne qui utilisera cet appareil devra se reconnecter.',
    signOutOthers: 'Se déconnecter de tous les autres appareils',
    signOutOthersTitle: 'Se déconnecter de tous les autres appareils ?',
    signOutOthersDescription: 'Tous les appareils sauf celui-ci devront se reconnecter.',
    signedOut: 'Déconnecté de {device}.',
    signedOutOthers: 'Déconnecté de tous les autres appareils.',
    empty: 'Vous n’êtes connecté nulle part ailleurs.',
    listLabel: 'Appareils connectés',
    signOutDevice: 'Se déconnecter de {device}',
    verifyToView: 'Confirmez votre identité pour voir vos sessions',
    verifyDescription:
      'Pour votre sécurité, confirmez votre identité avant que nous affichions où vous êtes connecté.',
    locationAndIp: '{location} · {ip}',
    revokeApps: 'Retirer aussi l’accès des applications connectées sur cet appareil',
    revokeAppsOthers: 'Retirer aussi l’accès des applications connectées sur ces appareils',
    signOutOthersFailed: {
      one: 'Impossible de déconnecter {count} appareil. Réessayez.',
      many: 'Impossible de déconnecter {count} appareils. Réessayez.',
      other: 'Impossible de déconnecter {count} appareils. Réessayez.',
    },
  },

  apps: {
    title: 'Applications connectées',
    description: 'Les applications tierces que vous avez autorisées à accéder à votre compte.',
    authorized: 'Autorisée le {date}',
    revoke: 'Retirer l’accès',
    revokeTitle: 'Retirer l’accès de {app} ?',
    revokeDescription:
      '{app} ne pourra plus obtenir de nouvel accès à votre compte. L’accès existant peut continuer à fonctionner jusqu’à son expiration.',
    revoked: 'Accès retiré pour {app}.',
    partialFailure: 'Impossible de retirer tous les accès de {app}. Réessayez.',
    empty: 'Aucune application n’a accès à votre compte.',
    dynamicClient: 'Application auto-enregistrée',
    listLabel: 'Applications ayant accès',
    revokeApp: 'Retirer l’accès de {app}',
    verifyToView: 'Confirmez votre identité pour voir vos applications connectées',
    verifyDescription:
      'Pour votre sécurité, confirmez votre identité avant que nous affichions les applications ayant accès à votre compte.',
    expires: 'Expire le {date}',
  },

  deleteAccount: {
    title: 'Supprimer le compte',
    description: 'Supprimer définitivement votre compte et toutes ses données.',
    action: 'Supprimer le compte',
    externalLink: 'Accéder à la suppression du compte',
    confirmTitle: 'Supprimer votre compte ?',
    confirmDescription:
      'Votre compte et tout son contenu seront définitivement supprimés. Cette action est irréversible.',
    confirmPhraseLabel: 'Saisissez « {phrase} » pour confirmer',
    confirmPhrase: 'supprimer mon compte',
    phraseMismatch: 'Saisissez la phrase exactement comme indiqué.',
    deleted: 'Votre compte a été supprimé.',
  },

  errors: {
    unknown: 'Une erreur s’est produite. Réessayez.',
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    timeout: 'Le serveur a mis trop de temps à répondre. Réessayez.',
    aborted: 'La requête a été annulée.',
    invalid_response: 'Le serveur a envoyé une réponse inattendue. Réessayez plus tard.',
    verification_cancelled: 'La vérification a été annulée.',
    webauthn_cancelled: 'La demande de clé d’accès a été annulée.',
    http_error: 'Le serveur a rencontré un problème. Réessayez plus tard.',
    too_many_requests: 'Trop de requêtes pour le moment. Patientez un instant, puis réessayez.',
    not_modified: 'Rien n’a changé depuis la dernière mise à jour.',
    no_access_token: 'Vous n’êtes pas connecté. Connectez-vous et réessayez.',
    auth: {
      authorization_header_missing: 'Vous n’êtes pas connecté. Connectez-vous et réessayez.',
      authorization_token_type_not_supported:
        'Votre connexion n’a pas pu être lue. Reconnectez-vous.',
      unauthorized: 'Votre session a pris fin ou ne permet pas cette action. Reconnectez-vous.',
      forbidden: 'Vous n’avez pas l’autorisation d’effectuer cette action.',
      third_party_application_forbidden:
        'Cette application n’est pas autorisée à modifier votre compte.',
    },
    account_center: {
      not_enabled: 'La gestion du compte est désactivée pour ce service.',
      field_not_editable:
        'Cette information est gérée par votre administrateur et ne peut pas être modifiée ici.',
      field_not_enabled: 'Cette information n’est pas disponible pour votre compte.',
    },
    verification_record: {
      not_found: 'Votre confirmation est introuvable. Confirmez à nouveau votre identité.',
      permission_denied: 'Votre confirmation a expiré. Confirmez à nouveau votre identité.',
      social_verification: {
        invalid_target: 'Cette connexion ne correspond pas au compte de départ. Réessayez.',
        token_response_not_found:
          'Le compte associé n’a pas fourni les informations nécessaires. Associez-le à nouveau.',
      },
    },
    verification_code: {
      not_found: 'Demandez d’abord un code de vérification.',
      email_mismatch: 'Ce code a été envoyé à une autre adresse e-mail. Demandez un nouveau code.',
      phone_mismatch:
        'Ce code a été envoyé à un autre numéro de téléphone. Demandez un nouveau code.',
      code_mismatch: 'Ce code est incorrect. Vérifiez-le et réessayez.',
      expired: 'Ce code a expiré. Demandez-en un nouveau.',
      exceed_max_try: 'Trop d’essais incorrects pour ce code. Demandez-en un nouveau.',
    },
    request: {
      message_rate_limited:
        'Trop de codes ont été envoyés à cette adresse. Patientez quelques minutes et réessayez.',
    },
    session: {
      invalid_credentials: 'Ce mot de passe est incorrect. Réessayez.',
      verification_blocked_too_many_attempts:
        'Trop de tentatives. Pour votre sécurité, patientez un moment avant de réessayer.',
      invalid_connector_id: 'Cette méthode de connexion n’est pas disponible pour le moment.',
      insufficient_info: 'Des informations manquent. Recommencez.',
      connector_validation_session_not_found: 'La connexion a expiré. Recommencez.',
      verification_failed: 'La vérification a échoué. Recommencez.',
      email_blocklist: {
        email_not_allowed:
          'Cette adresse e-mail ne peut pas être utilisée. Choisissez-en une autre.',
        email_subaddressing_not_allowed:
          'Les adresses e-mail avec une partie « + » ne sont pas acceptées ici.',
        invalid_email: 'Saisissez une adresse e-mail valide, comme nom@exemple.fr.',
      },
      mfa: {
        mfa_factor_not_enabled: 'Cette méthode de double authentification n’est pas disponible.',
        invalid_totp_code:
          'Ce code est incorrect. Vérifiez votre application d’authentification et réessayez.',
        backup_code_can_not_be_alone:
          'Configurez d’abord une autre méthode de double authentification. Les codes de secours ne peuvent pas être la seule.',
        pending_info_not_found: 'La configuration a expiré. Recommencez.',
        webauthn_verification_failed: 'Impossible de vérifier la clé d’accès. Réessayez.',
      },
    },
    user: {
      email_already_in_use: 'Cette adresse e-mail est déjà utilisée par un autre compte.',
      phone_already_in_use: 'Ce numéro de téléphone est déjà utilisé par un autre compte.',
      username_already_in_use: 'Ce nom d’utilisateur est déjà pris. Essayez-en un autre.',
      username_too_short: 'Ce nom d’utilisateur est trop court.',
      username_too_long: 'Ce nom d’utilisateur est trop long.',
      username_uppercase_not_allowed: 'Le nom d’utilisateur ne peut pas contenir de majuscules.',
      username_lowercase_not_allowed: 'Le nom d’utilisateur ne peut pas contenir de minuscules.',
      username_numbers_not_allowed: 'Le nom d’utilisateur ne peut pas contenir de chiffres.',
      username_underscore_not_allowed:
        'Le nom d’utilisateur ne peut pas contenir de traits de soulignement.',
      invalid_phone: 'Saisissez un numéro de téléphone valide, avec l’indicatif du pays.',
      last_sign_in_method_required: 'Vous devez conserver au moins un moyen de connexion.',
      identity_already_in_use: 'Ce compte est déjà associé à un autre utilisateur.',
      identity_not_exist: 'Ce compte n’a pas encore été associé.',
      identity_not_exists_in_current_user: 'Ce compte n’est pas associé au vôtre.',
      same_password: 'Le nouveau mot de passe doit être différent de l’actuel.',
      suspended: 'Ce compte a été suspendu.',
      totp_already_in_use: 'Une application d’authentification est déjà configurée.',
      totp_secret_invalid: 'La clé de configuration n’est pas valide. Recommencez.',
      backup_code_already_in_use: 'Vous avez déjà des codes de secours.',
      wrong_backup_code_format: 'Ces codes de secours n’ont pas le bon format.',
    },
    password: {
      rejected: 'Ce mot de passe ne respecte pas les exigences.',
    },
    guard: {
      invalid_input: 'Certaines informations ne sont pas valides. Vérifiez-les et réessayez.',
      invalid_pagination: 'Impossible de charger la liste. Réessayez.',
      file_size_exceeded: 'Ce fichier est trop volumineux.',
      mime_type_not_allowed: 'Ce type de fichier n’est pas pris en charge.',
    },
    storage: {
      not_configured: 'L’import de fichiers n’est pas configuré pour ce service.',
      upload_error: 'L’import a échoué. Réessayez.',
    },
    connector: {
      not_found: 'Ce service n’est pas encore configuré pour cet envoi.',
      unexpected_type: 'Cette méthode de connexion n’est pas prise en charge ici.',
    },
    oidc: {
      session_not_found: 'Cette session a déjà pris fin.',
      invalid_session_account_id: 'Cette session appartient à un autre compte.',
      invalid_grant: 'L’accès de cette application a déjà été retiré.',
      failed_to_cleanup_session_authorization:
        'Impossible de terminer la déconnexion de cet appareil. Réessayez.',
    },
    secrets: {
      third_party_token_set: {
        token_not_found:
          'Les informations de connexion sont introuvables. Associez à nouveau le compte.',
        access_token_expired: 'La connexion a expiré. Associez à nouveau le compte.',
      },
    },
    entity: {
      not_found: 'Cet élément n’existe plus.',
    },
  },

  passwordIssues: {
    unknown: 'Respecter les règles de mot de passe de votre organisation',
    too_short: {
      one: 'Contenir au moins {count} caractère',
      many: 'Contenir au moins {count} caractères',
      other: 'Contenir au moins {count} caractères',
    },
    too_long: {
      one: 'Contenir au plus {count} caractère',
      many: 'Contenir au plus {count} caractères',
      other: 'Contenir au plus {count} caractères',
    },
    character_types: {
      one: 'Contenir au moins {count} type parmi : minuscules, majuscules, chiffres, symboles',
      many: 'Contenir au moins {count} types parmi : minuscules, majuscules, chiffres, symboles',
      other: 'Contenir au moins {count} types parmi : minuscules, majuscules, chiffres, symboles',
    },
    unsupported_characters: 'Ne contenir que des lettres, chiffres, espaces et symboles courants',
    pwned: 'Ne pas figurer dans une fuite de données connue',
    restricted: {
      repetition: 'Ne pas reposer sur des caractères répétés, comme « aaaa »',
      sequence: 'Ne pas reposer sur des suites, comme « 1234 » ou « abcd »',
      user_info:
        'Ne pas contenir vos nom, nom d’utilisateur, adresse e-mail ou numéro de téléphone',
      words: 'Ne pas reposer sur des mots courants ou interdits',
    },
  },

  layout: {
    taskOff:
      '« {feature} » n’est pas disponible pour votre compte : votre administrateur l’a désactivé.',
    nothingToShow: 'Il n’y a rien à gérer ici.',
    sectionFailed: 'Cette partie de la page n’a pas pu s’afficher.',
  },
  codeFactors: {
    email: 'Code de vérification par e-mail',
    phone: 'Code de vérification par SMS',
    sentTo: 'Les codes sont envoyés à {value}.',
    addEmail: 'Ajoutez une adresse e-mail pour utiliser cette méthode.',
    addPhone: 'Ajoutez un numéro de téléphone pour utiliser cette méthode.',
  },

  trustedDevices: {
    title: 'Appareils de confiance',
    description: 'Appareils sur lesquels vous avez choisi de ne plus demander de deuxième étape.',
    listLabel: 'Appareils de confiance',
    lastUsed: 'Dernière utilisation {date}',
    removeDevice: 'Retirer {device}',
    removeTitle: 'Ne plus faire confiance à {device} ?',
    removeDescription:
      'La prochaine connexion sur cet appareil demandera à nouveau une deuxième étape.',
    removed: '{device} n’est plus un appareil de confiance.',
    empty:
      'Aucun appareil de confiance. Quand vous choisissez d’ignorer la deuxième étape sur un appareil, il apparaît ici.',
    remove: 'Retirer',
  },

  profileFields: {
    required: 'Ce champ est obligatoire.',
    tooShort: 'Utilisez au moins {min} caractères.',
    tooLong: 'Utilisez au plus {max} caractères.',
    notANumber: 'Saisissez un nombre.',
    tooSmall: 'Saisissez un nombre supérieur ou égal à {min}.',
    tooLarge: 'Saisissez un nombre inférieur ou égal à {max}.',
    patternMismatch: 'Cela ne correspond pas au format requis.',
    invalidUrl: 'Saisissez un lien qui commence par http:// ou https://.',
    notAnOption: 'Choisissez l’une des options.',
    invalidDate: 'Saisissez une date au format {format}.',
    invalidType: 'Cette valeur ne peut pas être utilisée ici. Saisissez-la à nouveau.',
    dateHint: 'Format : {format}',
    choose: 'Choisir…',
    fullname: 'Nom complet',
    gender: {
      female: 'Femme',
      male: 'Homme',
      preferNotToSay: 'Je préfère ne pas répondre',
    },
    scopeMissing: 'Cette application n’est pas autorisée à modifier {fields}.',
  },
} satisfies Messages;
