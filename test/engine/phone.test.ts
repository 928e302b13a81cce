import { describe, expect, it } from 'vitest';
import { checkE164, countryCallingCodes, countryCodeAtStart, formatPhone, formatPhonesIn, isE164, parsePhoneInput, startsWithCountryCode } from '../../src/engine';

describe('phone numbers', () => {
  it('accepts the E.164 numbers the examples use, including reserved test ranges', () => {
    for (const n of ['+842871234567', '+84901234567', '+14155550100', '+14155550199', '+84283000111', '+12125599676', '+4930123456']) {
      expect(isE164(n), n).toBe(true);
    }
  });

  it('rejects what is not E.164, saying why', () => {
    expect(checkE164('0901234567')).toEqual({ ok: false, message: 'must start with + and the country code' });
    expect(checkE164('+0901234567')).toMatchObject({ ok: false, message: expect.stringContaining('no country code does') });
    expect(parsePhoneInput('+0123456789')).toEqual({ ok: false, message: 'The number starts with 0 after the +, and no country code does.' });
    expect(checkE164('+8490 1234')).toMatchObject({ ok: false, message: expect.stringContaining('only digits') });
    expect(checkE164('+1234567')).toMatchObject({ ok: false, message: 'has 7 digits; at least 8 are needed' });
    expect(checkE164('+1234567890123456')).toMatchObject({ ok: false, message: 'has 16 digits; at most 15 are allowed' });
    expect(checkE164('+99912345678')).toMatchObject({ ok: false, message: expect.stringContaining('country code') });
    expect(checkE164('+4412')).toMatchObject({ ok: false });
    expect(checkE164('+849012345678901')).toMatchObject({ ok: false, message: 'is too long for its country' });
  });

  it('formatPhone shows international format and leaves anything else alone', () => {
    expect(formatPhone('+842871234567')).toBe('+84 28 7123 4567');
    expect(formatPhone('+14155550100')).toBe('+1 415 555 0100');
    expect(formatPhone('not a number')).toBe('not a number');
  });

  it('formatPhonesIn formats every E.164 number in a text and leaves the rest alone', () => {
    expect(formatPhonesIn('Forwarded to +14155550100 after +842871234567 was busy')).toBe('Forwarded to +1 415 555 0100 after +84 28 7123 4567 was busy');
    expect(formatPhonesIn('Extension 102, ring 1 of 4')).toBe('Extension 102, ring 1 of 4');
  });

  it('parsePhoneInput accepts spaces, dashes, brackets and a 00 prefix', () => {
    expect(parsePhoneInput(' +84 (28) 7123-4567 ')).toEqual({ ok: true, e164: '+842871234567' });
    expect(parsePhoneInput('00 1 415.555.0100')).toEqual({ ok: true, e164: '+14155550100' });
    expect(parsePhoneInput('028 7123 4567')).toMatchObject({ ok: false, message: expect.stringContaining('Start with +') });
    expect(parsePhoneInput('')).toMatchObject({ ok: false, message: expect.stringContaining('Enter a phone number') });
    expect(parsePhoneInput('+84 12')).toMatchObject({ ok: false, message: 'The number has 4 digits; at least 8 are needed.' });
  });

  it('S1 country calling codes come from the metadata: 44 is one, 801 does not start with one', () => {
    expect(countryCallingCodes().has('84')).toBe(true);
    expect(countryCallingCodes().has('800')).toBe(true);
    expect(startsWithCountryCode('44')).toBe(true);
    expect(startsWithCountryCode('4412')).toBe(true);
    expect(startsWithCountryCode('801')).toBe(false);
    expect(startsWithCountryCode('*44*')).toBe(false);
    expect(countryCodeAtStart('8801')).toBe('880');
    expect(countryCodeAtStart('1800')).toBe('1');
  });
});
