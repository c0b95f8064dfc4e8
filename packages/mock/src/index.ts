export const PACKAGE_NAME = '@account-center/mock';
