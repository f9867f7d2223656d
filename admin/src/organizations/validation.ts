import { email, maxLength, minLength, regex, required } from 'react-admin';

// Mirrors the API's rules so most mistakes are caught before a round-trip;
// the server's own 400 field errors still land on the same inputs.
export const validateName = [required(), minLength(2), maxLength(200)];
export const validateCity = [required(), maxLength(100)];
export const validateFieldOfWork = [required(), maxLength(200)];
export const validateContactPerson = [required(), maxLength(200)];
export const validateEmail = [required(), email()];

// Lenient on purpose: digits with an optional leading +, spaces, dashes, dots or brackets
// ("+90 312 555 01 02", "0312-555-0102"); the API has the final say.
const PHONE = /^\+?[0-9][0-9 ().-]{5,24}[0-9]$/;
export const validatePhone = [required(), regex(PHONE, 'mentorflow.validation.phone')];
