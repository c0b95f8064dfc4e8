/** European Portuguese catalogue (português europeu). Loaded lazily; plurals use `one`, `many` and `other`. */
import type { Messages } from '../types.js';

export const ptPT = {
  common: {
    save: 'Guardar',
    saveChanges: 'Guardar alterações',
    cancel: 'Cancelar',
    close: 'Fechar',
    remove: 'Remover',
    confirm: 'Confirmar',
    retry: 'Tentar novamente',
    retryAfter: 'Poderá tentar novamente {time}.',
    dismiss: 'Ignorar',
    loading: 'A carregar…',
    notSet: 'Não definido',
    on: 'Ativado',
    off: 'Desativado',
    copy: 'Copiar',
    copyValue: 'Copiar {label}',
    copied: 'Copiado para a área de transferência',
    copyFailed: 'Não foi possível copiar. Selecione o texto e copie-o manualmente.',
    showPassword: 'Mostrar palavra-passe',
    managedByAdmin: 'Gerido pelo seu administrador.',
    loadFailed: 'Não foi possível carregar esta secção.',
    nav: {
      label: 'Secções da conta',
      profile: 'Perfil',
      security: 'Segurança',
      sessions: 'Dispositivos',
    },
  },

  profile: {
    title: 'Perfil',
    description: 'Como aparece aos outros e os dados com que inicia sessão.',
    name: 'Nome',
    username: 'Nome de utilizador',
    usernameDescription: 'Letras, números e sublinhados. Não pode começar por um número.',
    usernamePolicy: 'De {min} a {max} caracteres: {chars}. Não pode começar por um número.',
    usernameChars: {
      lowercase: 'letras minúsculas',
      uppercase: 'letras maiúsculas',
      numbers: 'números',
      underscore: 'sublinhados',
    },
    removeUsername: 'Remover nome de utilizador',
    removeUsernameDescription:
      'Deixará de poder iniciar sessão com o nome de utilizador {username}.',
    avatar: 'Fotografia do perfil',
    uploadAvatar: 'Carregar fotografia',
    changeAvatar: 'Alterar fotografia',
    removeAvatar: 'Remover fotografia',
    avatarUrl: 'URL da imagem',
    avatarUrlDescription: 'Uma ligação para uma imagem quadrada que comece por https://.',
    avatarHint: 'JPG, PNG, WebP ou GIF, até {size}.',
    avatarDropHint: 'Ou largue uma imagem aqui.',
    avatarTooLarge: 'A imagem tem mais de {size}. Escolha uma mais pequena.',
    avatarWrongType:
      'Este tipo de ficheiro não é suportado. Escolha uma imagem JPG, PNG, WebP ou GIF.',
    cropTitle: 'Recorte a sua fotografia',
    cropDescription:
      'Arraste para posicionar a fotografia e utilize o controlo de deslize para ampliar.',
    zoom: 'Zoom',
    givenName: 'Nome próprio',
    middleName: 'Nome do meio',
    familyName: 'Apelido',
    nickname: 'Alcunha',
    website: 'Site',
    birthdate: 'Data de nascimento',
    gender: 'Género',
    locale: 'Idioma',
    address: 'Morada',
    saved: 'O seu perfil foi atualizado.',
    preferredUsername: 'Nome de utilizador preferido',
    profileUrl: 'Página de perfil',
    zoneinfo: 'Fuso horário',
    formattedAddress: 'Morada completa',
    streetAddress: 'Rua e número',
    locality: 'Localidade',
    region: 'Distrito, estado ou província',
    postalCode: 'Código postal',
    country: 'País',
    details: 'Dados pessoais',
    avatarPreview: 'A sua fotografia do perfil',
    avatarUploaded: 'Fotografia carregada. Guarde as alterações para a utilizar.',
    useAvatarUrl: 'Utilizar uma ligação de imagem',
    urlInvalid: 'Introduza uma ligação que comece por http:// ou https://.',
    usernameInvalid: 'Utilize letras, números e sublinhados, sem começar por um número.',
    tooLong: 'É demasiado longo: no máximo {count} carateres.',
    cropPreview: 'Pré-visualização da fotografia recortada',
  },

  email: {
    title: 'Endereço de email',
    description: 'Utilizado para iniciar sessão e receber avisos da conta.',
    add: 'Adicionar email',
    change: 'Alterar email',
    remove: 'Remover email',
    label: 'Endereço de email',
    placeholder: 'nome@exemplo.pt',
    sendCode: 'Enviar código',
    codeSentTo: 'Enviámos um código de 6 dígitos para {email}.',
    invalid: 'Introduza um endereço de email válido, como nome@exemplo.pt.',
    removeTitle: 'Remover {email}?',
    removeDescription:
      'Deixará de poder iniciar sessão com este endereço de email e de receber avisos nele.',
    added: '{email} foi adicionado à sua conta.',
    changed: 'O seu endereço de email é agora {email}.',
    removed: '{email} foi removido da sua conta.',
    lastIdentifier:
      'Adicione outra forma de iniciar sessão antes de remover o seu único endereço de email.',
    editAddress: 'Editar endereço de email',
    bindFailed: 'Verificámos o código, mas não foi possível guardar o endereço de email.',
  },

  phone: {
    title: 'Número de telemóvel',
    description: 'Utilizado para iniciar sessão e receber códigos de verificação por SMS.',
    add: 'Adicionar número de telemóvel',
    change: 'Alterar número de telemóvel',
    remove: 'Remover número de telemóvel',
    label: 'Número de telemóvel',
    country: 'País ou região',
    placeholder: 'Número de telemóvel',
    sendCode: 'Enviar código',
    carrierRates: 'Poderão aplicar-se as tarifas de mensagens do seu operador.',
    codeSentTo: 'Enviámos um código de 6 dígitos para o {phone}.',
    invalid: 'Introduza um número de telemóvel válido, incluindo o indicativo do país.',
    tooShort: 'Introduza um número válido: este é demasiado curto para {country}.',
    tooLong: 'Introduza um número válido: este é demasiado longo para {country}.',
    removeTitle: 'Remover {phone}?',
    removeDescription: 'Deixará de poder iniciar sessão com este número e de receber códigos nele.',
    added: 'O {phone} foi adicionado à sua conta.',
    changed: 'O seu número de telemóvel é agora {phone}.',
    removed: 'O {phone} foi removido da sua conta.',
    lastIdentifier:
      'Adicione outra forma de iniciar sessão antes de remover o seu único número de telemóvel.',
    editNumber: 'Editar número de telemóvel',
    bindFailed: 'Verificámos o código, mas não foi possível guardar o número de telemóvel.',
  },

  password: {
    title: 'Palavra-passe',
    description: 'Utilize uma palavra-passe forte que não utilize em mais nenhum lado.',
    set: 'Definir palavra-passe',
    change: 'Alterar palavra-passe',
    isSet: 'Palavra-passe definida',
    notSet: 'Sem palavra-passe definida',
    new: 'Nova palavra-passe',
    confirm: 'Confirmar nova palavra-passe',
    requirements: 'A sua palavra-passe deve:',
    ruleMet: 'Cumprido: {rule}',
    ruleUnmet: 'Ainda não cumprido: {rule}',
    mismatch: 'As palavras-passe não coincidem.',
    empty: 'Introduza uma palavra-passe.',
    signOutOthers: 'Terminar sessão em todos os outros dispositivos',
    signOutOthersDescription:
      'Recomendado. Quem conhecia a sua palavra-passe antiga perde o acesso em todo o lado, exceto aqui.',
    saved: 'A sua palavra-passe foi alterada.',
    savedAndSignedOut:
      'A sua palavra-passe foi alterada e a sessão foi terminada nos seus outros dispositivos.',
    setSaved: 'A sua palavra-passe foi definida.',
    ruleChecked: 'Verificado ao guardar: {rule}',
    signOutOthersFailed:
      'A sua palavra-passe foi alterada, mas não foi possível terminar a sessão em todos os seus outros dispositivos. Termine-a a partir da lista de dispositivos.',
    saveFailed:
      'Não foi possível guardar a sua palavra-passe. O que escreveu foi mantido, para que possa tentar novamente.',
  },

  verification: {
    title: 'Confirme que é você',
    description:
      'Por motivos de segurança, confirme a sua identidade antes de fazer esta alteração.',
    chooseMethod: 'Escolha como confirmar que é você',
    usePassword: 'Introduzir a palavra-passe',
    useEmail: 'Receber um código em {email}',
    usePhone: 'Receber um código no {phone}',
    useAnotherMethod: 'Utilizar outro método',
    noMethods:
      'A sua conta não tem palavra-passe, endereço de email nem número de telemóvel para confirmar que é você. Defina primeiro uma palavra-passe e tente novamente.',
    codeLabel: 'Código de verificação',
    codeDescription: 'Introduza o código de 6 dígitos que enviámos para {destination}.',
    verify: 'Verificar',
    resend: 'Reenviar código',
    resendIn: {
      one: 'Reenviar código daqui a {count} segundo',
      many: 'Reenviar código daqui a {count} segundos',
      other: 'Reenviar código daqui a {count} segundos',
    },
    codeSent: 'Enviámos um novo código para {destination}.',
    expired: 'A sua confirmação expirou. Confirme novamente que é você.',
    verified: 'Identidade confirmada.',
    passwordLabel: 'Palavra-passe',
    sending: 'A enviar um código para {destination}…',
  },

  passkey: {
    title: 'Chaves de acesso',
    description:
      'Inicie sessão com a impressão digital, o rosto ou o bloqueio de ecrã em vez de uma palavra-passe.',
    add: 'Adicionar uma chave de acesso',
    addAnother: 'Adicionar outra chave de acesso',
    none: 'Ainda não tem chaves de acesso.',
    unnamed: 'Chave de acesso sem nome',
    name: 'Nome da chave de acesso',
    nameDescription:
      'Um nome ajuda a reconhecer esta chave de acesso mais tarde, por exemplo, «Portátil do trabalho».',
    nameRequired: 'Introduza um nome para esta chave de acesso.',
    rename: 'Mudar o nome',
    renameTitle: 'Mudar o nome da chave de acesso',
    created: 'Adicionada a {date}',
    lastUsed: 'Última utilização a {date}',
    neverUsed: 'Nunca utilizada',
    added: 'Chave de acesso adicionada.',
    renamed: 'O nome da chave de acesso foi alterado.',
    removeTitle: 'Remover {name}?',
    removeDescription: 'Deixará de poder iniciar sessão com esta chave de acesso.',
    removed: '{name} foi removida.',
    notSupported: 'Este navegador ou dispositivo não suporta chaves de acesso.',
    alreadyRegistered: 'Este dispositivo já tem uma chave de acesso para a sua conta.',
    failed: 'Não foi possível adicionar a chave de acesso. Tente novamente.',
    listLabel: 'As suas chaves de acesso',
    deviceName: '{browser} em {os}',
    renameLabel: 'Mudar o nome de {name}',
    removeLabel: 'Remover {name}',
    nameTitle: 'Dê um nome à nova chave de acesso',
    continueDescription:
      'A sua identidade está confirmada. Continue para criar a chave de acesso neste dispositivo.',
    create: 'Criar chave de acesso',
    unavailableHere:
      'As chaves de acesso não estão disponíveis neste site de momento. Se o problema persistir, contacte o suporte do site.',
    listUnavailable:
      'Não é possível mostrar aqui as suas chaves de acesso guardadas, mas pode adicionar uma nova.',
  },

  totp: {
    title: 'Aplicação de autenticação',
    description:
      'Utilize um código de uma aplicação como o Google Authenticator ou o 1Password ao iniciar sessão.',
    add: 'Configurar aplicação de autenticação',
    replace: 'Substituir aplicação de autenticação',
    remove: 'Remover aplicação de autenticação',
    scanTitle: 'Leia o código QR',
    scanDescription:
      'Abra a sua aplicação de autenticação e leia este código para adicionar a sua conta.',
    qrLabel: 'Código QR para a sua aplicação de autenticação',
    showKey: 'Não consegue ler? Introduza a chave',
    showQr: 'Ler um código QR',
    keyTitle: 'Introduza a chave de configuração',
    keyDescription: 'Na sua aplicação de autenticação, adicione uma conta e introduza esta chave.',
    secretKey: 'Chave de configuração',
    setupUri: 'Ligação de configuração',
    codeLabel: 'Código de 6 dígitos da aplicação',
    codeDescription:
      'Introduza o código que a sua aplicação de autenticação mostra para esta conta.',
    added: 'Aplicação de autenticação configurada.',
    replaced: 'Aplicação de autenticação substituída.',
    removeTitle: 'Remover a aplicação de autenticação?',
    removeDescription:
      'A sua conta ficará menos segura e deixará de poder utilizar os códigos desta aplicação.',
    removed: 'Aplicação de autenticação removida.',
    lastFactor:
      'A verificação em dois passos é obrigatória, por isso tem de manter pelo menos um método.',
    configured: 'Adicionada a {date}',
    notConfigured: 'Não configurada',
    appearsAs: 'A sua aplicação vai apresentar a conta como {issuer} ({account}).',
    codeRequired: 'Introduza o código de 6 dígitos da sua aplicação.',
    turnOn: 'Ativar',
  },

  backupCodes: {
    title: 'Códigos de recuperação',
    description:
      'Códigos de utilização única para iniciar sessão se perder o acesso aos seus outros métodos.',
    generate: 'Gerar códigos de recuperação',
    regenerate: 'Gerar novos códigos',
    remaining: {
      one: 'Resta {count} código',
      many: 'Restam {count} códigos',
      other: 'Restam {count} códigos',
    },
    lowWarning: {
      one: 'Resta apenas {count} código de recuperação. Gere novos códigos em breve.',
      many: 'Restam apenas {count} códigos de recuperação. Gere novos códigos em breve.',
      other: 'Restam apenas {count} códigos de recuperação. Gere novos códigos em breve.',
    },
    saveHint: 'Guarde estes códigos num local seguro. Cada código só pode ser utilizado uma vez.',
    listLabel: 'Os seus códigos de recuperação',
    used: 'Utilizado',
    copyAll: 'Copiar códigos',
    downloadCodes: 'Transferir códigos',
    printCodes: 'Imprimir códigos',
    fileHeading: 'Códigos de recuperação de {app} ({account})',
    confirmSaved: 'Guardei estes códigos',
    regenerateTitle: 'Gerar novos códigos de recuperação?',
    regenerateDescription:
      'Os seus códigos atuais deixam de funcionar assim que os novos forem guardados.',
    added: 'Os códigos de recuperação estão prontos.',
    regenerated: 'Os novos códigos de recuperação estão prontos. Os antigos já não funcionam.',
    otherFactorFirst:
      'Ainda não é possível criar códigos de cópia de segurança: configure primeiro uma aplicação de autenticação ou uma chave de acesso e depois volte aqui.',
    needsOtherFactor:
      'Configure primeiro outro método de verificação em dois passos. Os códigos de recuperação não podem ser o único.',
    none: 'Ainda não tem códigos de recuperação.',
    show: 'Mostrar códigos',
    hide: 'Ocultar códigos',
    unused: 'Por utilizar',
    activate: 'Ativar estes códigos',
    confirmRequired: 'Confirme primeiro que guardou os códigos.',
    fileIntro:
      'Cada código só pode ser utilizado uma vez. Utilize um para iniciar sessão se não puder usar os seus outros métodos de verificação em dois passos.',
    fileGenerated: 'Gerados a {date}',
    newCodes: 'Os seus novos códigos de recuperação',
    offerTitle: 'Obter códigos de recuperação',
    offerDescription:
      'Adicionou um método de verificação em dois passos. Guarde também códigos de recuperação para poder iniciar sessão se o perder.',
    notNow: 'Agora não',
    allUsed: 'Utilizou todos os seus códigos de recuperação. Gere novos.',
    notActive: 'Estes códigos ainda não funcionam. Passam a funcionar quando os ativar.',
    retrying: 'Não foi possível ativar estes códigos. A tentar novamente…',
    bindFailedNoCodes:
      'Os seus códigos antigos já não funcionam e os novos ainda não estão ativos. Tente novamente para continuar a ter códigos de cópia de segurança.',
    fileNotActive:
      'Guardados antes de serem ativados: estes códigos só funcionam se a ativação tiver terminado. Confirme na sua conta.',
    interruptedTitle: 'Os seus novos códigos de cópia de segurança podem não funcionar',
    interruptedShown:
      'Os códigos de cópia de segurança criados em {date} nunca foram ativados, por isso não funcionam. Se os guardou, gere um novo conjunto.',
    interruptedBinding:
      'A ativação dos códigos de cópia de segurança criados em {date} não terminou, por isso podem não funcionar. Gere um novo conjunto por precaução.',
  },

  social: {
    title: 'Contas associadas',
    description: 'Inicie sessão com contas que já tem.',
    connect: 'Associar',
    connectProvider: 'Associar {provider}',
    notConnected: 'Não associada',
    connected: '{provider} associado.',
    removeTitle: 'Desassociar {provider}?',
    removeDescription: 'Deixará de poder iniciar sessão com a sua conta {provider}.',
    disconnect: 'Desassociar',
    removed: '{provider} desassociado.',
    failed: 'Não foi possível associar a sua conta {provider}.',
    lastIdentifier:
      'Adicione outra forma de iniciar sessão antes de desassociar a sua única conta.',
    connectedBadge: 'Associada',
    connectedGeneric: 'A sua conta está associada.',
    failedGeneric: 'Não foi possível associar a sua conta.',
    finishing: 'A associar a sua conta…',
    redirecting: 'A redirecionar para {provider}…',
    providerCancelled: 'A associação foi cancelada no fornecedor. Nada foi alterado.',
    providerFailed: 'O fornecedor não conseguiu confirmar a sua conta. Tente novamente.',
    stateMismatch:
      'Não foi possível associar esta tentativa à sua sessão. Recomece a partir da página da sua conta.',
    linkExpired:
      'Esta tentativa de ligação demorou demasiado e expirou. Nada foi alterado. Comece novamente na página da sua conta.',
    unsafeProviderPage:
      'A página de início de sessão do fornecedor tem um endereço inseguro, por isso não foi aberta. Nada foi alterado.',
    backToAccount: 'Voltar à sua conta',
    empty: 'Não há contas associadas.',
    listLabel: 'Contas de início de sessão',
    disconnectProvider: 'Desassociar {provider}',
    switch: 'Mudar de conta',
    switchProvider: 'Mudar de conta {provider}',
  },

  mfa: {
    title: 'Verificação em dois passos',
    description: 'Peça um segundo passo ao iniciar sessão, como um código no seu telemóvel.',
    enabled: 'A verificação em dois passos está ativada.',
    disabled: 'A verificação em dois passos está desativada.',
    required: 'A sua organização exige a verificação em dois passos.',
    noFactorWarning:
      'A verificação em dois passos está ativada, mas ainda não configurou nenhum método.',
    turnOffTitle: 'Desativar a verificação em dois passos?',
    turnOffDescription:
      'Para iniciar sessão, bastará a sua palavra-passe, o que torna a sua conta menos segura.',
    turnOff: 'Desativar',
    askOnSignIn: 'Pedir um segundo passo ao iniciar sessão',
    askOnSignInDescription:
      'Depois da palavra-passe, pedimos-lhe um código ou uma chave de acesso de um dos seus métodos de verificação em dois passos.',
    passkeyPrompt: 'Sugerir uma chave de acesso ao iniciar sessão',
    passkeyPromptDescription:
      'Propomos-lhe criar uma chave de acesso, para que possa iniciar sessão sem escrever uma palavra-passe.',
    passkeyPromptOn: 'Vamos sugerir-lhe uma chave de acesso quando iniciar sessão.',
    passkeyPromptOff: 'Não lhe vamos sugerir uma chave de acesso quando iniciar sessão.',
  },

  sessions: {
    title: 'Dispositivos',
    description: 'Onde tem sessão iniciada neste momento.',
    thisDevice: 'Este dispositivo',
    unknownDevice: 'Dispositivo desconhecido',
    deviceOn: '{browser} em {os}',
    ipAddress: 'Endereço IP {ip}',
    signedIn: 'Sessão iniciada a {date}',
    expires: 'Expira a {date}',
    signOut: 'Terminar sessão',
    signOutTitle: 'Terminar sessão em {device}?',
    signOutDescription:
      'Da próxima vez que alguém utilizar este dispositivo, terá de iniciar sessão novamente.',
    signOutOthers: 'Terminar sessão em todos os outros dispositivos',
    signOutOthersTitle: 'Terminar sessão em todos os outros dispositivos?',
    signOutOthersDescription:
      'Todos os dispositivos, exceto este, terão de iniciar sessão novamente.',
    signedOut: 'Sessão terminada em {device}.',
    signedOutOthers: 'Sessão terminada em todos os outros dispositivos.',
    empty: 'Não tem sessão iniciada em mais nenhum lado.',
    listLabel: 'Dispositivos com sessão iniciada',
    signOutDevice: 'Terminar sessão em {device}',
    verifyToView: 'Verifique a sua identidade para ver as suas sessões',
    verifyDescription:
      'Por motivos de segurança, confirme que é você antes de lhe mostrarmos onde tem sessão iniciada.',
    locationAndIp: '{location} · {ip}',
    revokeApps: 'Remover também o acesso das aplicações com sessão iniciada neste dispositivo',
    revokeAppsOthers:
      'Remover também o acesso das aplicações com sessão iniciada nesses dispositivos',
    signOutOthersFailed: {
      one: 'Não foi possível terminar a sessão em {count} dispositivo. Tente novamente.',
      many: 'Não foi possível terminar a sessão em {count} dispositivos. Tente novamente.',
      other: 'Não foi possível terminar a sessão em {count} dispositivos. Tente novamente.',
    },
  },

  apps: {
    title: 'Aplicações associadas',
    description: 'Aplicações de terceiros que autorizou a aceder à sua conta.',
    authorized: 'Autorizada a {date}',
    revoke: 'Remover acesso',
    revokeTitle: 'Remover o acesso de {app}?',
    revokeDescription:
      '{app} deixará de poder obter novo acesso à sua conta. O acesso que já tem pode continuar a funcionar até expirar.',
    revoked: 'Acesso de {app} removido.',
    partialFailure: 'Não foi possível remover todo o acesso de {app}. Tente novamente.',
    empty: 'Nenhuma aplicação tem acesso à sua conta.',
    dynamicClient: 'Aplicação autorregistada',
    listLabel: 'Aplicações com acesso',
    revokeApp: 'Remover acesso de {app}',
    verifyToView: 'Verifique a sua identidade para ver as suas aplicações associadas',
    verifyDescription:
      'Por motivos de segurança, confirme que é você antes de lhe mostrarmos que aplicações podem aceder à sua conta.',
    expires: 'Expira a {date}',
  },

  deleteAccount: {
    title: 'Eliminar conta',
    description: 'Elimine permanentemente a sua conta e todos os respetivos dados.',
    action: 'Eliminar conta',
    externalLink: 'Ir para a eliminação da conta',
    confirmTitle: 'Eliminar a sua conta?',
    confirmDescription:
      'Esta ação elimina permanentemente a sua conta e todo o seu conteúdo. Não pode ser anulada.',
    confirmPhraseLabel: 'Escreva «{phrase}» para confirmar',
    confirmPhrase: 'eliminar a minha conta',
    phraseMismatch: 'Escreva a frase exatamente como é apresentada.',
    deleted: 'A sua conta foi eliminada.',
  },

  errors: {
    unknown: 'Ocorreu um erro. Tente novamente.',
    network: 'Não foi possível contactar o servidor. Verifique a sua ligação e tente novamente.',
    timeout: 'O servidor demorou demasiado a responder. Tente novamente.',
    aborted: 'O pedido foi cancelado.',
    invalid_response: 'O servidor enviou uma resposta inesperada. Tente novamente mais tarde.',
    verification_cancelled: 'A verificação foi cancelada.',
    webauthn_cancelled: 'O pedido da chave de acesso foi cancelado.',
    http_error: 'O servidor teve um problema. Tente novamente mais tarde.',
    too_many_requests: 'Demasiados pedidos neste momento. Aguarde um pouco e tente novamente.',
    not_modified: 'Nada mudou desde a última atualização.',
    no_access_token: 'Não tem sessão iniciada. Inicie sessão e tente novamente.',
    auth: {
      authorization_header_missing: 'Não tem sessão iniciada. Inicie sessão e tente novamente.',
      authorization_token_type_not_supported:
        'Não foi possível ler o seu início de sessão. Inicie sessão novamente.',
      unauthorized: 'A sua sessão terminou ou não permite esta ação. Inicie sessão novamente.',
      forbidden: 'Não tem permissão para fazer isto.',
      third_party_application_forbidden:
        'Esta aplicação não tem permissão para alterar a sua conta.',
    },
    account_center: {
      not_enabled: 'A gestão da conta está desativada neste serviço.',
      field_not_editable: 'Este dado é gerido pelo seu administrador e não pode ser alterado aqui.',
      field_not_enabled: 'Este dado não está disponível para a sua conta.',
    },
    verification_record: {
      not_found: 'Não foi possível encontrar a sua confirmação. Confirme novamente que é você.',
      permission_denied: 'A sua confirmação expirou. Confirme novamente que é você.',
      social_verification: {
        invalid_target:
          'Esse início de sessão não corresponde à conta com que começou. Tente novamente.',
        token_response_not_found:
          'A conta associada não devolveu os dados necessários. Associe-a novamente.',
      },
    },
    verification_code: {
      not_found: 'Peça primeiro um código de verificação.',
      email_mismatch: 'Este código foi enviado para outro endereço de email. Peça um novo código.',
      phone_mismatch:
        'Este código foi enviado para outro número de telemóvel. Peça um novo código.',
      code_mismatch: 'O código não está correto. Verifique-o e tente novamente.',
      expired: 'Esse código expirou. Peça um novo.',
      exceed_max_try: 'Demasiadas tentativas erradas com este código. Peça um novo.',
    },
    request: {
      message_rate_limited:
        'Foram enviados demasiados códigos para este endereço. Aguarde alguns minutos e tente novamente.',
    },
    session: {
      invalid_credentials: 'A palavra-passe não está correta. Tente novamente.',
      verification_blocked_too_many_attempts:
        'Demasiadas tentativas. Por motivos de segurança, aguarde um pouco antes de tentar novamente.',
      invalid_connector_id: 'Este método de início de sessão não está disponível de momento.',
      insufficient_info: 'Faltam algumas informações. Recomece.',
      connector_validation_session_not_found: 'A ligação expirou. Recomece.',
      verification_failed: 'Não foi possível fazer a verificação. Recomece.',
      email_blocklist: {
        email_not_allowed: 'Este endereço de email não pode ser utilizado. Escolha outro.',
        email_subaddressing_not_allowed: 'Aqui não são permitidos endereços de email com «+».',
        invalid_email: 'Introduza um endereço de email válido, como nome@exemplo.pt.',
      },
      mfa: {
        mfa_factor_not_enabled: 'Este método de verificação em dois passos não está disponível.',
        invalid_totp_code:
          'O código não está correto. Verifique a sua aplicação de autenticação e tente novamente.',
        backup_code_can_not_be_alone:
          'Configure primeiro outro método de verificação em dois passos. Os códigos de recuperação não podem ser o único.',
        pending_info_not_found: 'A configuração expirou. Recomece.',
        webauthn_verification_failed:
          'Não foi possível verificar a chave de acesso. Tente novamente.',
      },
    },
    user: {
      email_already_in_use: 'Este endereço de email já é utilizado por outra conta.',
      phone_already_in_use: 'Este número de telemóvel já é utilizado por outra conta.',
      username_already_in_use: 'Esse nome de utilizador já está ocupado. Experimente outro.',
      username_too_short: 'Esse nome de utilizador é demasiado curto.',
      username_too_long: 'Esse nome de utilizador é demasiado longo.',
      username_uppercase_not_allowed: 'Os nomes de utilizador não podem ter letras maiúsculas.',
      username_lowercase_not_allowed: 'Os nomes de utilizador não podem ter letras minúsculas.',
      username_numbers_not_allowed: 'Os nomes de utilizador não podem ter números.',
      username_underscore_not_allowed: 'Os nomes de utilizador não podem ter sublinhados.',
      invalid_phone: 'Introduza um número de telemóvel válido, incluindo o indicativo do país.',
      last_sign_in_method_required: 'Tem de manter pelo menos uma forma de iniciar sessão.',
      identity_already_in_use: 'Esta conta já está associada a outro utilizador.',
      identity_not_exist: 'Esta conta ainda não foi associada.',
      identity_not_exists_in_current_user: 'Esta conta não está associada a si.',
      same_password: 'A nova palavra-passe tem de ser diferente da atual.',
      suspended: 'Esta conta foi suspensa.',
      totp_already_in_use: 'Já está configurada uma aplicação de autenticação.',
      totp_secret_invalid: 'A chave de configuração não é válida. Recomece.',
      backup_code_already_in_use: 'Já tem códigos de recuperação.',
      wrong_backup_code_format: 'Esses códigos de recuperação não estão no formato correto.',
    },
    password: {
      rejected: 'Essa palavra-passe não cumpre os requisitos.',
    },
    guard: {
      invalid_input: 'Alguns dados não são válidos. Verifique-os e tente novamente.',
      invalid_pagination: 'Não foi possível carregar a lista. Tente novamente.',
      file_size_exceeded: 'Esse ficheiro é demasiado grande.',
      mime_type_not_allowed: 'Esse tipo de ficheiro não é suportado.',
    },
    storage: {
      not_configured: 'O carregamento de ficheiros não está configurado neste serviço.',
      upload_error: 'Não foi possível carregar o ficheiro. Tente novamente.',
    },
    connector: {
      not_found: 'Este serviço ainda não está configurado para enviar isso.',
      unexpected_type: 'Este método de início de sessão não é suportado aqui.',
    },
    oidc: {
      session_not_found: 'Essa sessão já terminou.',
      invalid_session_account_id: 'Essa sessão pertence a outra conta.',
      invalid_grant: 'O acesso dessa aplicação já foi removido.',
      failed_to_cleanup_session_authorization:
        'Não foi possível concluir o fim de sessão nesse dispositivo. Tente novamente.',
    },
    secrets: {
      third_party_token_set: {
        token_not_found:
          'Não foi possível encontrar os dados da ligação. Associe a conta novamente.',
        access_token_expired: 'A ligação expirou. Associe a conta novamente.',
      },
    },
    entity: {
      not_found: 'Esse item já não existe.',
    },
  },

  passwordIssues: {
    unknown: 'Cumprir as regras de palavras-passe da sua organização',
    too_short: {
      one: 'Ter pelo menos {count} carácter',
      many: 'Ter pelo menos {count} caracteres',
      other: 'Ter pelo menos {count} caracteres',
    },
    too_long: {
      one: 'Ter no máximo {count} carácter',
      many: 'Ter no máximo {count} caracteres',
      other: 'Ter no máximo {count} caracteres',
    },
    character_types: {
      one: 'Utilizar pelo menos {count} destes tipos: minúsculas, maiúsculas, números, símbolos',
      many: 'Utilizar pelo menos {count} destes tipos: minúsculas, maiúsculas, números, símbolos',
      other: 'Utilizar pelo menos {count} destes tipos: minúsculas, maiúsculas, números, símbolos',
    },
    unsupported_characters: 'Utilizar apenas letras, números, espaços e símbolos comuns',
    pwned: 'Não constar de nenhuma fuga de dados conhecida',
    restricted: {
      repetition: 'Não depender de caracteres repetidos, como «aaaa»',
      sequence: 'Não depender de sequências, como «1234» ou «abcd»',
      user_info:
        'Não conter o seu nome, nome de utilizador, endereço de email nem número de telemóvel',
      words: 'Não depender de palavras comuns ou restritas',
    },
  },

  layout: {
    taskOff:
      '«{feature}» não está disponível para a sua conta: o administrador desativou esta funcionalidade.',
    nothingToShow: 'Não há nada para gerir aqui.',
    sectionFailed: 'Não foi possível mostrar esta parte da página.',
  },
  codeFactors: {
    email: 'Código de verificação por email',
    phone: 'Código de verificação por SMS',
    sentTo: 'Os códigos são enviados para {value}.',
    addEmail: 'Adicione um endereço de email para usar este método.',
    addPhone: 'Adicione um número de telemóvel para usar este método.',
  },

  trustedDevices: {
    title: 'Dispositivos de confiança',
    description: 'Dispositivos em que escolheu não voltar a ser pedido um segundo passo.',
    listLabel: 'Dispositivos de confiança',
    lastUsed: 'Última utilização: {date}',
    removeDevice: 'Remover {device}',
    removeTitle: 'Deixar de confiar em {device}?',
    removeDescription:
      'O próximo início de sessão neste dispositivo voltará a pedir um segundo passo.',
    removed: '{device} deixou de ser de confiança.',
    empty:
      'Ainda não há dispositivos de confiança. Quando ignorar o segundo passo num dispositivo, ele aparece aqui.',
    remove: 'Remover',
  },

  profileFields: {
    required: 'Este campo é obrigatório.',
    tooShort: 'Utilize pelo menos {min} caracteres.',
    tooLong: 'Utilize no máximo {max} caracteres.',
    notANumber: 'Introduza um número.',
    tooSmall: 'Introduza um número igual ou superior a {min}.',
    tooLarge: 'Introduza um número igual ou inferior a {max}.',
    patternMismatch: 'Não corresponde ao formato exigido.',
    invalidUrl: 'Introduza uma ligação que comece por http:// ou https://.',
    notAnOption: 'Escolha uma das opções.',
    invalidDate: 'Introduza uma data no formato {format}.',
    invalidType: 'Este valor não pode ser utilizado aqui. Introduza-o novamente.',
    dateHint: 'Formato: {format}',
    choose: 'Escolher…',
    fullname: 'Nome completo',
    gender: {
      female: 'Feminino',
      male: 'Masculino',
      preferNotToSay: 'Prefiro não dizer',
    },
    scopeMissing: 'Esta aplicação não tem permissão para alterar {fields}.',
  },
} satisfies Messages;
