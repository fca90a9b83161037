import { foundedYear, parsePartialDate, validityInterval } from '../../../src/model';

describe('validityInterval', () => {
  it('runs from the first day of since to the last day of until', () => {
    expect(validityInterval('2015', '2017')).toEqual({ validFrom: '2015-01-01', validTo: '2017-12-31' });
    expect(validityInterval('2015-06', '2017-09')).toEqual({ validFrom: '2015-06-01', validTo: '2017-09-30' });
    expect(validityInterval('2015-06-15', '2017-09-02')).toEqual({ validFrom: '2015-06-15', validTo: '2017-09-02' });
  });

  it('knows leap years', () => {
    expect(validityInterval(undefined, '2016-02')).toEqual({ validFrom: null, validTo: '2016-02-29' });
    expect(validityInterval(undefined, '2100-02')).toEqual({ validFrom: null, validTo: '2100-02-28' });
  });

  it('leaves missing bounds open', () => {
    expect(validityInterval(undefined, undefined)).toEqual({ validFrom: null, validTo: null });
    expect(validityInterval('1990', undefined)).toEqual({ validFrom: '1990-01-01', validTo: null });
  });
});

describe('parsePartialDate', () => {
  it('parses the three forms', () => {
    expect(parsePartialDate('2015')).toEqual({ year: 2015, month: undefined, day: undefined });
    expect(parsePartialDate('2015-02')).toEqual({ year: 2015, month: 2, day: undefined });
    expect(parsePartialDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
  });

  it('refuses dates that are not on the calendar', () => {
    for (const text of ['2015-02-29', '2015-00', '2015-01-00', '2015-01-32', '20150101', '2015-1-1']) expect(parsePartialDate(text)).toBeUndefined();
  });
});

describe('foundedYear', () => {
  it('takes the year of any form, undefined when unknown', () => {
    expect(foundedYear('1889')).toBe(1889);
    expect(foundedYear('1999-04-01')).toBe(1999);
    expect(foundedYear(undefined)).toBeUndefined();
  });
});
