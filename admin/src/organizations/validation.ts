import { email, maxLength, minLength, regex, required } from 'react-admin';

// Mirrors the API's rules so most mistakes are caught before a round-trip;
// the server's own 400 field errors still land on the same inputs.
export const validateName = [required(), minLength(2), maxLength(200)];
export const validateCity = [required(), maxLength(100)];
export const validateFieldOfWork = [required(), maxLength(200)];
export const validateContactPerson = [required(), maxLength(200)];
export const validateEmail = [required(), email(), maxLength(254)];

// Same pattern as the API's DTO: an optional +, then digits, spaces, dashes, dots or
// brackets ("+90 312 555 01 02", "0312-555-0102").
const PHONE = /^\+?[0-9][0-9 ()\-.]{5,30}$/;
export const validatePhone = [required(), regex(PHONE, 'mentorflow.validation.phone')];
