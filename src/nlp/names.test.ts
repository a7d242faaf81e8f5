import { describe, expect, it } from 'vitest';
import {
  acronymOf,
  blockingKeys,
  isShortFormOf,
  jaroWinkler,
  matchesAcronym,
  nameSimilarity,
  nameTokens,
  prepareName,
  SAME_NAME_THRESHOLD,
} from './names.js';

const T = SAME_NAME_THRESHOLD;

describe('nameTokens', () => {
  const strong = (s: string) =>
    nameTokens(s)
      .tokens.filter((t) => !t.weak)
      .map((t) => t.text);

  it('splits glued and hyphenated articles the same way', () => {
    expect(strong('Ahrarul Hind')).toEqual(['ahrar', 'hind']);
    expect(strong('Ahrar-ul-Hind')).toEqual(['ahrar', 'hind']);
    expect(strong('Jamaatul Ahrar')).toEqual(['jamaat', 'ahrar']);
    expect(strong('Hizbut Tahrir')).toEqual(['hizb', 'tahrir']);
    expect(strong('Hizb ut-Tahrir')).toEqual(['hizb', 'tahrir']);
    expect(strong('Abdurrahman Khan')).toEqual(['rahman', 'khan']);
  });

  it('leaves names that merely end like an article whole', () => {
    // -ud before a word not starting with d is not the article
    expect(strong('Mahmud Khan')).toEqual(['mahmud', 'khan']);
    expect(strong('Rasul Bakhsh')).toEqual(['rasul', 'bakhsh']);
    expect(strong('Abdullah Khan')).toEqual(['abdullah', 'khan']);
  });

  it('marks particles weak and sets honorifics aside for display', () => {
    const p = nameTokens('Hafiz Abdul Jabbar Shakir');
    expect(p.honorifics).toEqual(['hafiz']);
    expect(p.tokens.map((t) => `${t.text}${t.weak ? '?' : ''}`)).toEqual(['abd?', 'ul?', 'jabbar', 'shakir']);
    expect(nameTokens('Dr Aymen al-Zawahiri').honorifics).toEqual(['dr']);
    expect(nameTokens('Mullah Muhammad Umar').honorifics).toEqual(['mullah']);
  });

  it('keeps a lone title as the name', () => {
    expect(nameTokens('Mufti').tokens.map((t) => t.text)).toEqual(['mufti']);
  });
});

// The keys of one token, as nameSimilarity and blockingKeys read them.
const skeleton = (token: string) => {
  const t = prepareName(token).tokens[0];
  return { light: t.light, consonant: t.cons };
};

describe('skeleton', () => {
  it('gives one light key to vowel-quality variants', () => {
    expect(skeleton('Khorasani').light).toBe(skeleton('Khurasani').light);
    expect(skeleton('Baghdadi').light).toBe(skeleton('Bagdadi').light);
    expect(skeleton('Qaeda').light).toBe(skeleton('Qaida').light);
    expect(skeleton('Tehreek').light).toBe(skeleton('Tehrik').light);
    expect(skeleton('Mohammed').light).toBe(skeleton('Muhammad').light);
    expect(skeleton('Mohamed').light).toBe(skeleton('Muhammad').light);
    expect(skeleton('Jamaah').light).toBe(skeleton('Jamaa').light);
    expect(skeleton('Habibollah').light).toBe(skeleton('Habibullah').light);
  });

  it('gives one consonant key to vowel-presence variants, not to different consonants', () => {
    expect(skeleton('Khorsani').consonant).toBe(skeleton('Khorasani').consonant);
    expect(skeleton('Zawahri').consonant).toBe(skeleton('Zawahiri').consonant);
    expect(skeleton('Queda').consonant).toBe(skeleton('Qaida').consonant);
    expect(skeleton('Khorsani').light).not.toBe(skeleton('Khorasani').light);
    expect(skeleton('Khalid').consonant).not.toBe(skeleton('Khalil').consonant);
  });
});

describe('metrics', () => {
  it('Jaro-Winkler matches the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});

describe('single-token names (token similarity)', () => {
  it('scores romanisation variants high', () => {
    expect(nameSimilarity('Khorasani', 'Khurasani')).toBeGreaterThanOrEqual(0.95);
    expect(nameSimilarity('Khorsani', 'Khorasani')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('Queda', 'Qaeda')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('Aymen', 'Ayman')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('Hadith', 'Hadees')).toBeGreaterThanOrEqual(0.85);
  });
  it('discounts a changed consonant', () => {
    expect(nameSimilarity('Khalid', 'Khalil')).toBeLessThan(0.8);
    expect(nameSimilarity('Ibad', 'Izhar')).toBeLessThan(0.6);
    expect(nameSimilarity('Khan', 'Tanvir')).toBeLessThan(0.6);
  });
});

describe('nameSimilarity: same entity', () => {
  const same: [string, string, number][] = [
    ['Asad al Khorasani', 'Asad Khorsani', 0.9],
    ['Asad al Khorasani', 'Asad Khorasani', 0.9],
    ['Asad Khorsani', 'Asad Khorasani', 0.9],
    ['Al Qaeda', 'Al Queda', 0.9],
    ['Al Qaeda', 'al-Qaida', 0.9],
    ['Al Queda', 'al-Qaida', 0.9],
    ['Al Qaeda', 'Al Qaida', 0.9],
    ['Al Qaeda', 'Alqaeda', 0.9],
    ['Hizbul Tahrir', 'Hizbut Tahrir', 0.9],
    ['Hizbut Tahrir', 'Hizb ut-Tahrir', 0.9],
    ['Jamaatul Ahrar', 'Jamatul Ahrar', 0.9],
    ['Jamaatul Ahrar', 'Jamaat-ul-Ahrar', 0.9],
    ['Ahrarul Hind', 'Ahrar-ul-Hind', 0.9],
    ['Fazlullah', 'Fazullah', 0.9],
    ['Aymen al-Zawahiri', 'Ayman al-Zawahiri', 0.9],
    ['Dr Aymen al-Zawahiri', 'Ayman al-Zawahri', 0.9],
    ['Baghdadi', 'Bagdadi', 0.9],
    ['Abu Bakar Baghdadi', 'Abu Bakr al-Baghdadi', 0.9],
    ['Abubakar Baghdadi', 'Abu Bakar Baghdadi', 0.9],
    ['Mullah Fazlullah', 'Fazlullah', 0.95],
    ['Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 0.9],
    ['Osama bin Laden', 'Usama bin Ladin', 0.9],
    ['Ahle Hadith', 'Ahl-e-Hadees', T],
    ['Abd al-Rahman', 'Abdul Rahman', 0.95],
    // dropped middle name / leading Muhammad
    ['Ayman Muhammad al-Zawahiri', 'Ayman al-Zawahiri', T],
    ['Muhammad Izhar Khan', 'Izhar Khan', T],
    ['Mullah Muhammad Umar', 'Mullah Umar', T],
    ['Hafiz Muhammad Saeed', 'Hafiz Saeed', T],
    // order
    ['Khorasani Asad', 'Asad Khorasani', T],
    // run together and respelled
    ['Gulrahman', 'Gul Rehman', T],
    ['Shahzaman', 'Shah Zaman', T],
  ];
  it.each(same)('%s ~ %s', (a, b, min) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(min);
    expect(nameSimilarity(b, a)).toBeCloseTo(nameSimilarity(a, b), 10);
  });
  it('prefers the written order', () => {
    expect(nameSimilarity('Asad Khorasani', 'Asad Khorasani')).toBeGreaterThan(
      nameSimilarity('Khorasani Asad', 'Asad Khorasani'),
    );
  });
});

describe('nameSimilarity: different entities', () => {
  const different: [string, string][] = [
    ['Hafiz Saeed', 'Hafiz Saeed Khan'],
    ['Muhammad Khan', 'Muhammad Tanvir'],
    ['Ibad Khan', 'Izhar Khan'],
    ['Ibad Khan', 'Muhammad Izhar Khan'],
    ['Islamic State', 'Islamic Emirate'],
    ['Ahle Hadith', 'Ahle Sunnat Wal Jamaat'],
    ['Khalid Khurasani', 'Asad al Khorasani'],
    ['Khalid Khan', 'Khalil Khan'],
    ['Lashkar-e-Taiba', 'Lashkar-e-Jhangvi'],
    ['Hamza bin Laden', 'Osama bin Laden'],
    ['Khan', 'Muhammad Khan'],
    ['Islamic State', 'Islamic State in Iraq and Syria'],
    ['Jabhat al-Nusra', 'Jamaat-ul-Ahrar'],
    // a different middle name on each side is not a dropped one
    ['Ahmad Latif Zaroon', 'Ahmad Farooq Zaroon'],
    // same consonants, but a syllable or a nisba more
    ['Ismail Darkhel', 'Ismail Darurkhel'],
    ['Saeed Wadoon', 'Saeed Wadidoon'],
    ['Ahmad Zaroon', 'Ahmad Zarani'],
    ['Asad Khorasan', 'Asad Khorasani'],
    ['Gulrahmani', 'Gul Rehman'],
  ];
  it.each(different)('%s ≁ %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(T);
  });

  it('weighs a shared surname alone at about half', () => {
    const s = nameSimilarity('Khalid Khurasani', 'Asad al Khorasani');
    expect(s).toBeGreaterThan(0.4);
    expect(s).toBeLessThan(0.6);
  });

  it("kind 'organization' does not forgive a dropped middle word", () => {
    const a = 'Pakistan Muslim League';
    const b = 'Pakistan League';
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(T);
    expect(nameSimilarity(a, b, { kind: 'organization' })).toBeLessThan(T);
    expect(nameSimilarity('General Motors', 'Motors', { kind: 'organization' })).toBeLessThan(T);
    expect(nameSimilarity('General Raheel Sharif', 'Raheel Sharif')).toBeGreaterThanOrEqual(T);
  });

  it('returns 0 for empty names', () => {
    expect(nameSimilarity('', 'Asad')).toBe(0);
    expect(nameSimilarity('—', '')).toBe(0);
  });
});

describe('isShortFormOf', () => {
  it.each([
    ['Khursani', 'Khalid Khurasani'],
    ['Ehsan', 'Ehsanullah Ehsan'],
    ['Baghdadi', 'Abu Bakar Baghdadi'],
    ['Zawahiri', 'Aymen al-Zawahiri'],
    ['Fazlullah', 'Mullah Fazlullah'],
    ['Izhar Khan', 'Muhammad Izhar Khan'],
    ['Shakir', 'Hafiz Abdul Jabbar Shakir'],
  ])('%s is a short form of %s', (s, f) => {
    expect(isShortFormOf(s, f)).toBe(true);
  });
  it.each([
    ['Khalid', 'Khalid Khurasani'],
    ['Asad', 'Asad al Khorasani'],
    ['Tanvir', 'Muhammad Izhar Khan'],
    ['Khan Izhar', 'Muhammad Izhar Khan'],
    ['Asad Khorasani', 'Khorasani'],
    ['Al', 'Al Qaeda'],
  ])('%s is not a short form of %s', (s, f) => {
    expect(isShortFormOf(s, f)).toBe(false);
  });
});

describe('acronyms', () => {
  it('acronymOf lists content initials first, then with connectives', () => {
    expect(acronymOf('Tehrik-i-Taliban Pakistan')).toEqual(['TTP', 'TITP', 'TiTP']);
    expect(acronymOf('Islamic State in Iraq and Syria')[0]).toBe('ISIS');
    expect(acronymOf('Ahle Sunnat Wal Jamaat')).toContain('ASWJ');
    expect(acronymOf('Lashkar-e-Taiba')).toContain('LeT');
    expect(acronymOf('Sialkot')).toEqual([]);
  });

  it.each([
    ['TTP', 'Tehrik-i-Taliban Pakistan'],
    ['ISIS', 'Islamic State in Iraq and Syria'],
    ['ISIS', 'Islamic State of Iraq and al-Sham'],
    ['FATA', 'Federally Administered Tribal Areas'],
    ['CTD', 'Counter Terrorism Department'],
    ['CTD', 'Counterterrorism Department'],
    ['ISKP', 'Islamic State Khorasan Province'],
    ['LeT', 'Lashkar-e-Taiba'],
    ['JeM', 'Jaish-e-Mohammed'],
    ['ASWJ', 'Ahle Sunnat Wal Jamaat'],
    ['AQIS', 'Al-Qaeda in the Indian Subcontinent'],
    ['U.S.', 'United States'],
  ])('%s ↔ %s', (a, f) => {
    expect(matchesAcronym(a, f)).toBe(true);
  });

  it.each([
    ['US', 'Islamic State'],
    ['US', 'Uzbekistan'],
    ['IS', 'Islamic State in Iraq and Syria'],
    ['TTP', 'Lashkar-e-Taiba'],
    ['ISIS', 'Islamic State'],
    ['T', 'Taliban'],
  ])('%s ↮ %s', (a, f) => {
    expect(matchesAcronym(a, f)).toBe(false);
  });
});

describe('blockingKeys', () => {
  it('gives every merged pair a shared key', () => {
    const pairs = [
      ['Asad al Khorasani', 'Asad Khorsani'],
      ['Al Qaeda', 'Al Queda'],
      ['Al Qaeda', 'Alqaeda'],
      ['Fazlullah', 'Fazullah'],
      ['Ahle Hadith', 'Ahl-e-Hadees'],
      ['Muhammad Izhar Khan', 'Izhar Khan'],
    ];
    for (const [a, b] of pairs) {
      expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(T);
      const kb = new Set(blockingKeys(b));
      expect(
        blockingKeys(a).some((k) => kb.has(k)),
        `${a} / ${b}`,
      ).toBe(true);
    }
  });
  it('keeps unrelated names apart', () => {
    const kb = new Set(blockingKeys('Lashkar-e-Jhangvi'));
    expect(blockingKeys('Asad al Khorasani').some((k) => kb.has(k))).toBe(false);
  });
  it('gives the same keys for a name each time it is asked, as a string or prepared', () => {
    for (const name of ['Omar Farouk Bashir', 'Jaish al-Mahdi Brigades']) {
      const first = [...blockingKeys(name)];
      expect(first.length).toBeGreaterThan(0);
      expect([...blockingKeys(name)]).toEqual(first);
      expect([...blockingKeys(prepareName(name))]).toEqual(first);
      // kept once for every caller: no caller may change them
      expect(Object.isFrozen(blockingKeys(name))).toBe(true);
    }
  });
});

describe('clustering the names of one article', () => {
  // Names as the seed article writes them; clustering must put the variants
  // together (and the short back-references with their full names) without
  // merging people who only share a common token.
  const names = [
    'Hafiz Abdul Jabbar Shakir',
    'Qari Yousaf Muhammad',
    'Asad al Khorasani',
    'Asad Khorsani',
    'Asad Khorasani',
    'Mullah Muhammad Umar',
    'Abu Bakar Baghdadi',
    'Mullah Fazlullah',
    'Khalid Khurasani',
    'Khursani',
    'Dr Aymen al-Zawahiri',
    'Ibad Khan',
    'Muhammad Izhar Khan',
    'Muhammad Tanvir',
  ];
  it('groups variants and short forms, nothing else', () => {
    const isBare = (n: string) =>
      prepareName(n).content.length === 1 && prepareName(n).honorifics.length === 0;
    const full = names.filter((n) => !isBare(n));
    const clusters: string[][] = [];
    for (const n of full) {
      const c = clusters.find((cl) => cl.some((m) => nameSimilarity(n, m) >= T));
      if (c) c.push(n);
      else clusters.push([n]);
    }
    // "Khursani" fits both Khorasani surnames equally: the name alone cannot
    // tell, so both are reported and the caller (recency, context) decides.
    const hosts = clusters.filter((cl) => cl.some((m) => isShortFormOf('Khursani', m)));
    expect(hosts.map((c) => c[0])).toEqual(['Asad al Khorasani', 'Khalid Khurasani']);
    const byHead = new Map(clusters.map((c) => [c[0], c.slice(1)]));
    expect(byHead.get('Asad al Khorasani')).toEqual(['Asad Khorsani', 'Asad Khorasani']);
    expect(byHead.get('Khalid Khurasani')).toEqual([]);
    expect(byHead.get('Ibad Khan')).toEqual([]);
    expect(byHead.get('Muhammad Tanvir')).toEqual([]);
    expect(clusters).toHaveLength(names.length - 3); // 2 Asad variants joined, Khursani left out
  });
});

describe('nameSimilarity: bodies', () => {
  const org = { kind: 'organization' } as const;
  it('reads British and American spellings of a word as one', () => {
    for (const [a, b] of [
      ['Popular Mobilisation Forces', 'Popular Mobilization Forces'],
      ["People's Defence Force", "People's Defense Force"],
      ['Islamic Centre of Kandor', 'Islamic Center of Kandor'],
      ['Organisation of the Free Vale', 'Organization of the Free Vale'],
    ])
      expect(nameSimilarity(a, b, org)).toBeGreaterThanOrEqual(SAME_NAME_THRESHOLD);
  });

  it('reads a word of a body and its plural as one', () => {
    expect(nameSimilarity('Rapid Support Forces', 'Rapid Support Force', org)).toBeGreaterThanOrEqual(
      SAME_NAME_THRESHOLD,
    );
    expect(
      nameSimilarity('Martyrs Brigades of Tel Kura', 'Martyrs Brigade of Tel Kura', org),
    ).toBeGreaterThanOrEqual(SAME_NAME_THRESHOLD);
    // (people's names keep their final s: Abba is not Abbas)
    expect(nameSimilarity('Abba Kyari', 'Abbas Kyari')).toBeLessThan(SAME_NAME_THRESHOLD);
  });

  it('keeps a body with a word more inside apart', () => {
    expect(nameSimilarity('Kolvar Army', 'Kolvar Liberation Army', org)).toBeLessThan(SAME_NAME_THRESHOLD);
    expect(nameSimilarity('Syrian National Army', 'Syrian Army', org)).toBeLessThan(SAME_NAME_THRESHOLD);
  });
});
