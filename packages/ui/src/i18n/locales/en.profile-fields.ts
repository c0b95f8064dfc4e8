/**
 * The tenant's custom profile fields (`CustomProfileFields`): the typed issues of
 * `validateProfileField`, the date hint, and Logto's own labels for built-ins the kit does not
 * name elsewhere. Shipped with that component only (it loads with the profile section).
 */
export const enProfileFields = {
  profileFields: {
    required: 'This field is required.',
    tooShort: 'Use at least {min} characters.',
    tooLong: 'Use at most {max} characters.',
    notANumber: 'Enter a number.',
    tooSmall: 'Enter a number of at least {min}.',
    tooLarge: 'Enter a number of at most {max}.',
    patternMismatch: 'This doesn’t match the required format.',
    invalidUrl: 'Enter a link that starts with http:// or https://.',
    notAnOption: 'Choose one of the options.',
    invalidDate: 'Enter a date in the format {format}.',
    invalidType: 'This value can’t be used here. Enter it again.',
    dateHint: 'Format: {format}',
    choose: 'Choose…',
    fullname: 'Full name',
    gender: {
      female: 'Female',
      male: 'Male',
      preferNotToSay: 'Prefer not to say',
    },
    scopeMissing: 'This app isn’t allowed to change {fields}.',
  },
};
