'use client';
export const PACKAGE_NAME = '@account-center/ui';
