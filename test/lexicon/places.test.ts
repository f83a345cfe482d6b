/**
 * Places below, beside and beyond countries: the cases in
 * fixtures/place-lookup.json, then what a user lexicon can change and what
 * must never change (the order of the data, a sea turned into a country).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createLexicon, defaultLexiconData, getDefaultLexicon, type LexiconData } from '../../lib/lexicon/lexicon';
import type { PlaceLookupOptions, PlaceResolution } from '../../lib/lexicon/place-lookup';
import { Gazetteer } from '../../lib/lexicon/gazetteer';
import { foldName } from '../../lib/lexicon/normalize';

interface Case {
  name: string;
  options?: PlaceLookupOptions;
  expect: Partial<PlaceResolution> | null;
  why?: string;
}

const fixture = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'place-lookup.json'), 'utf8')) as { about: string; cases: Case[] };

describe(fixture.about, () => {
  const lexicon = getDefaultLexicon();
  it.each(fixture.cases.map((c) => [`${JSON.stringify(c.name)}${c.options ? ` ${JSON.stringify(c.options)}` : ''}`, c] as const))(
    '%s',
    (_title, c) => {
      const found = lexicon.lookupPlace(c.name, c.options);
      if (c.expect === null) expect(found).toBeNull();
      else expect(found).toMatchObject(c.expect);
    },
  );
});

describe('water and regions in no country', () => {
  const lexicon = getDefaultLexicon();

  it('never become a country', () => {
    for (const name of ['Red Sea', 'Gulf of Aden', 'Mediterranean', 'Persian Gulf', 'Black Sea', 'Strait of Hormuz', 'Middle East']) {
      expect(lexicon.place(name)).toBeNull();
      expect(lexicon.lookupPlace(name)?.country).toBeNull();
    }
    expect(lexicon.countryOf('Red Sea')).toBeNull();
  });

  it('name the countries they touch, as context', () => {
    expect(lexicon.lookupPlace('the Red Sea')?.touches).toEqual(
      expect.arrayContaining(['Egypt', 'Eritrea', 'Saudi Arabia', 'Sudan', 'Yemen']),
    );
    expect(lexicon.lookupPlace('Strait of Hormuz')?.touches).toEqual(['Iran', 'Oman', 'United Arab Emirates']);
  });
});

describe('the gazetteer beside place() and countryOf()', () => {
  const lexicon = getDefaultLexicon();

  it('leaves place() to the lexicon', () => {
    expect(lexicon.place('Hatay')).toBeNull();
    expect(lexicon.place('Erbil')).toEqual({ place: 'Erbil', country: 'Iraq' });
  });

  it('gives countryOf() the country of a gazetteer place', () => {
    expect(lexicon.countryOf('Antakya')).toBe('Turkey');
    expect(lexicon.countryOf('Iraq')).toBe('Iraq');
  });

  it('lists every reading for a caller that weighs context, common words marked', () => {
    const readings = lexicon.placeCandidates('Reading');
    expect(readings.length).toBeGreaterThan(1);
    expect(readings[0]).toMatchObject({ place: 'Reading', country: 'United Kingdom', commonWord: true });
    expect(readings.map((r) => r.country)).toContain('United States');
    expect(lexicon.placeCandidates('Gaza')[0]).toMatchObject({ place: 'Palestine', source: 'lexicon' });
    expect(lexicon.placeCandidates('Gaza').some((r) => r.source === 'gazetteer')).toBe(true);
  });
});

describe('a user lexicon', () => {
  const laval: LexiconData = {
    name: 'french-desk',
    places: [{ name: 'Laval', country: 'France', kind: 'city' }],
    measures: [],
  };

  it('wins over the gazetteer, common words included', () => {
    const lexicon = createLexicon(
      { ...laval, places: [...laval.places, { name: 'Nice', country: 'France', kind: 'city' }] },
      { extend: true },
    );
    expect(lexicon.lookupPlace('Laval')).toEqual({ place: 'Laval', country: 'France', kind: 'city', source: 'lexicon' });
    expect(lexicon.lookupPlace('Nice')).toMatchObject({ country: 'France', source: 'lexicon' });
    expect(lexicon.lookupPlace('Hatay')?.country).toBe('Turkey');
  });

  it('wins over the default lexicon on a shared alias', () => {
    const lexicon = createLexicon(
      { name: 'strip', measures: [], places: [{ name: 'Gaza Strip', aliases: ['Gaza'], country: 'Palestine', kind: 'region' }] },
      { extend: true },
    );
    expect(lexicon.lookupPlace('Gaza')).toMatchObject({ place: 'Gaza Strip', country: 'Palestine', kind: 'region' });
  });

  it('turns the gazetteer off', () => {
    const off = createLexicon({ ...laval, gazetteer: false }, { extend: true });
    expect(off.lookupPlace('Hatay')).toBeNull();
    expect(off.lookupPlace('Laval')?.country).toBe('France');
    expect(off.lookupPlace('Syria')?.country).toBe('Syria');
    expect(createLexicon({ ...defaultLexiconData, gazetteer: false }).lookupPlace('Marseille')).toBeNull();
  });

  it('without countries of its own still gets countries from the gazetteer, under their ISO names', () => {
    const lexicon = createLexicon({ name: 'bare', measures: [], places: [], gazetteer: true });
    expect(lexicon.lookupPlace('Houston')).toMatchObject({ country: 'United States', source: 'gazetteer' });
    expect(lexicon.lookupPlace('Türkiye')).toMatchObject({ place: 'Turkey', kind: 'country', source: 'gazetteer' });
    expect(lexicon.lookupPlace('Aleppo')).toMatchObject({ country: 'Syrian Arab Republic', kind: 'city' });
    expect(createLexicon({ name: 'bare', measures: [], places: [] }).lookupPlace('Houston')).toBeNull();
  });

  it('is rejected when a place touches or belongs to what is no country', () => {
    const base = { name: 'seas', measures: [], worldCountries: true };
    expect(() => createLexicon({ ...base, places: [{ name: 'Sea of Nowhere', kind: 'water', touches: ['Atlantis Republic'] }] })).toThrow(
      'place "Sea of Nowhere" touches "Atlantis Republic", which the lexicon does not define as a country',
    );
    expect(() =>
      createLexicon({
        ...base,
        places: [
          { name: 'Red Sea', kind: 'water' },
          { name: 'Port of Red Sea', country: 'Red Sea' },
        ],
      }),
    ).toThrow('place "Port of Red Sea" belongs to "Red Sea", which the lexicon does not define as a country');
    expect(() => createLexicon({ ...base, places: [{ name: 'Ruritania', kind: 'country', country: 'France' }] })).toThrow(
      'place "Ruritania" is a country and cannot belong to "France"',
    );
    expect(() => createLexicon({ ...base, places: [{ name: 'Loch', kind: 'lake' as 'water' }] })).toThrow(
      'lexicon "seas": /places/0/kind must be one of country, region, city, landmark, water',
    );
  });
});

describe('determinism', () => {
  it('answers the same whatever the order of the gazetteer data', () => {
    const text = [
      'r\tAA\t01\tNorthland\t900\t',
      '\tSpringfield\t500',
      '\tRiverton\t400',
      'r\tBB\t02\tSouthland Province\t1000\tSouthland',
      '\tSpringfield\t500',
      '\tNorthland\t300',
      'w\triverton',
    ];
    const shuffled = [text[3], text[4], text[5], text[0], text[1], text[2], text[6]].join('\n');
    const one = new Gazetteer(text.join('\n'));
    const other = new Gazetteer(shuffled);
    for (const name of ['springfield', 'northland', 'southland', 'riverton']) {
      expect(other.entries(name)).toEqual(one.entries(name));
    }
    // equal populations: the country code decides, never the line order
    expect(one.entries('springfield').map((e) => e.countryCode)).toEqual(['AA', 'BB']);
    // a division outweighs a smaller city of its name elsewhere
    expect(one.entries('northland').map((e) => e.kind)).toEqual(['region', 'city']);
    expect(one.isCommonWord('riverton')).toBe(true);
  });

  it('gives the same readings for the default lexicon built from places in any order', () => {
    const reversed = createLexicon({ ...defaultLexiconData, places: [...defaultLexiconData.places].reverse() });
    const lexicon = getDefaultLexicon();
    for (const name of ['Hatay', 'Lagos', 'Gaza', 'Red Sea', 'Reading', 'Laval', 'Aleppo', 'Springfield']) {
      expect(reversed.placeCandidates(name)).toEqual(lexicon.placeCandidates(name));
    }
  });
});

describe('foldName', () => {
  it('reads a name the ways news copy spells it', () => {
    expect(foldName('Deir ez-Zor')).toBe('deir ez zor');
    expect(foldName('Deir ez\u2010Zor')).toBe('deir ez zor');
    expect(foldName('Kahramanmaraş')).toBe(foldName('Kahramanmaras'));
    expect(foldName('Şanlıurfa')).toBe('sanliurfa');
    expect(foldName('İskenderun')).toBe('iskenderun');
    expect(foldName('Ta‘izz')).toBe(foldName('Taizz'));
    expect(foldName("Sana'a")).toBe('sanaa');
  });

  it('folds plain ASCII names as the full path does', () => {
    // a trailing no-break space sends the same name through the full normalisation
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z' -]{0,24}$/), (name) => {
        expect(foldName(name)).toBe(foldName(`${name}\u00a0`));
      }),
    );
  });
});
