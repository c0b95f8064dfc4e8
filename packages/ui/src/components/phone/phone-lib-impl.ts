/**
 * The parts of `libphonenumber-js/min` the kit uses, re-exported so the lazy chunk is
 * tree-shaken (a dynamic `import()` of the package itself would keep every export).
 */
export {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';
