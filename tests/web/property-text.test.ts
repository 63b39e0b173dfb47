// How model properties read on the entity page: labels from keys, dates written
// out only as precisely as the source states them, descriptions from the model.

import { describe, expect, it } from 'vitest';
import {
  formatIsoDate,
  propertyDescription,
  propertyLabel,
  propertyValue,
} from '../../web/src/property-text.ts';

describe('property labels', () => {
  it.each([
    ['startYear', 'Start year'],
    ['adoptedOn', 'Adopted on'],
    ['stakeholderGroup', 'Stakeholder group'],
    ['symbol', 'Symbol'],
    ['docType', 'Document type'],
    ['sha256', 'SHA-256'],
    ['email', 'E-mail'],
    ['end_date', 'End date'],
  ])('%s → %s', (key, label) => expect(propertyLabel(key)).toBe(label));
});

describe('dates as precise as the source', () => {
  it.each([
    ['2015-12-16', '16 December 2015'],
    ['2018-05', 'May 2018'],
    ['2018', '2018'],
    ['2016-01-01', '1 January 2016'],
    // Not an ISO date (or an impossible month): shown as stored, never guessed.
    ['2018-13', '2018-13'],
    ['December 2015', 'December 2015'],
    ['18th IGF', '18th IGF'],
  ])('%s → %s', (value, text) => expect(formatIsoDate(value)).toBe(text));
});

describe('property values', () => {
  it('writes out date properties of the model only', () => {
    expect(propertyValue('Resolution', 'adoptedOn', '2015-12-16')).toBe('16 December 2015');
    expect(propertyValue('Meeting', 'startDate', '2017-01')).toBe('January 2017');
    // A symbol or a year number that looks like a date is not a date property.
    expect(propertyValue('Resolution', 'symbol', '2015-12')).toBe('2015-12');
    expect(propertyValue('WorkingGroup', 'startYear', 2016)).toBe('2016');
  });
  it('writes out date properties of relationship types too', () => {
    expect(propertyValue('CHAIRED', 'from', '2016-09')).toBe('September 2016');
    expect(propertyValue('MANDATES', 'paragraph', '65')).toBe('65');
  });
  it('joins lists', () => {
    expect(propertyValue('Person', 'x', ['a', 'b'])).toBe('a, b');
  });
  it('describes a property from the model, nothing for an unknown one', () => {
    expect(propertyDescription('Resolution', 'adoptedOn')).toMatch(/Adoption date/);
    expect(propertyDescription('Resolution', 'noSuchKey')).toBeUndefined();
    expect(propertyDescription('NoSuchLabel', 'symbol')).toBeUndefined();
  });
});
