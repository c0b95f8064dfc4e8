/** Where a pending social-link round trip waits in `sessionStorage` (this tab only). */
export const SOCIAL_LINK_STORAGE_KEY = 'account-center:social-link';
