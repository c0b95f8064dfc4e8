/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Logto endpoint of a real tenant, e.g. `https://tenant.logto.app`: switches the playground to real-tenant mode. */
  readonly VITE_LOGTO_ENDPOINT?: string;
  /** App ID of a Logto single-page application on that tenant. */
  readonly VITE_LOGTO_APP_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
