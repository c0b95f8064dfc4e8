export const PACKAGE_NAME = '@account-center/client';
