import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: the people a count names, after a group told with its own noun', () => {
  it('"arrested four members of the banned militant group G (G), including X and Y": X and Y', () => {
    const a = run(
      'Police arrested four members of the banned militant group Lashkar-e-Taiba (LeT), including Abdul Rauf and Bilal Ahmed, in Lahore on Tuesday.',
    );
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:Abdul Rauf', 'patient:Bilal Ahmed']]);
    const b = run(
      'Soldiers killed three fighters of the outlawed separatist group Ambazonia Defence Forces, among them Ekema Tabe, near Bamenda on Friday.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Ekema Tabe']]);
  });
  it('"detained two members of the militant group G", nobody named: G is who the act befell', () => {
    const a = run('Police detained two members of the militant group Hizb-ut-Tahrir in Dhaka on Monday.');
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:Hizb-ut-Tahrir']]);
    const b = run('Troops killed five fighters of the armed group CODECO near Djugu on Sunday.');
    expect(b.of('killing').map(b.roles)).toEqual([['patient:CODECO']]);
  });
});

describe('events: the state force that reports what its unnamed troops did', () => {
  it('"Troops killed X …, the F (ABC) said": F is the doer, never the one killed', () => {
    const a = run(
      'Soldiers killed a senior rebel commander near Kidal on Saturday, the Malian Armed Forces (FAMa) said. The rebels have fought the government since 2012.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Malian Armed Forces']]);
    const b = run(
      'Troops shot dead a wanted militant leader in the hills near Marawi on Monday, the Armed Forces of the Philippines (AFP) said. The region has seen fighting for years.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Armed Forces of the Philippines']]);
  });
  it('a reporter that is no security force, or troops who were the victims, lend no doer', () => {
    // (nor is the reporter, or its acronym, the one the act befell)
    const c = run(
      'Gunmen killed a village chief near Gusau on Monday, the Nigeria Police Force (NPF) said. The state has suffered raids for years.',
    );
    expect(c.of('killing').map(c.roles)).toEqual([[]]);
    const d = run(
      'Bandits abducted and killed a local official in Tsafe on Sunday, the Department of State Services (DSS) told reporters. The state has suffered raids for years.',
    );
    expect(d.all()).toEqual([]);
    const a = run(
      'Soldiers killed four gunmen near Gusau on Monday, Amnesty International said. The state has suffered raids for years.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([[]]);
    const b = run(
      'Gunmen killed four soldiers near Gusau on Monday, the Nigerian Army said. The state has suffered raids for years.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([[]]);
  });
});

describe('events: the dead of an act', () => {
  it('"X, a commander of G, died when soldiers overran the camp": X did not do the attack', () => {
    const a = run(
      "Musa Kiprono, an al-Shabaab commander, died when soldiers overran the militants' camp near Garissa on Friday. The group has fought the government for years.",
    );
    expect(a.all()).not.toContain('agent:Musa Kiprono');
    const b = run(
      "Idris Bako, a Boko Haram commander, was among the dead when soldiers overran the insurgents' camp near Bama on Sunday. The group has lost several commanders this year.",
    );
    expect(b.all()).not.toContain('agent:Idris Bako');
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Idris Bako']]);
  });
  it('"killed a senior commander …. Y, a commander of G, died …": Y is the one killed', () => {
    const a = run(
      'Paramilitary troops killed a top militant commander near Landi Kotal on Friday. Mufti Noor Wali, a Tehrik-e-Taliban Pakistan commander wanted for a series of bombings in Swat, died with two guards in the raid, the military said.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['patient:Mufti Noor Wali']]);
    const b = run(
      'Soldiers killed a senior rebel commander near Bouar on Saturday. Ali Kone, a commander of the Union for Peace group, was killed along with six fighters when troops stormed the camp on Friday.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Ali Kone']]);
  });
  it('"G has also struck in X, killing …" is another act: G did not do the killing told before', () => {
    const a = run(
      'Soldiers shot dead Musa Kiprono, an al-Shabaab commander, in Garissa on Friday. The Islamic State has also struck in Garissa, killing five traders last year.',
    );
    expect(a.of('killing').map(a.roles)).toContainEqual(['patient:Musa Kiprono']);
    expect(a.of('killing').map(a.roles)).toContainEqual(['agent:Islamic State']);
    const b = run(
      'Police killed Ahmed Tahir, a Lashkar-e-Jhangvi militant, in Quetta on Sunday. Jaish al-Adl has also struck in Quetta, killing two officers in March.',
    );
    expect(b.of('killing').map(b.roles)).toContainEqual(['patient:Ahmed Tahir']);
    expect(b.of('killing').map(b.roles)).toContainEqual(['agent:Jaish al-Adl']);
  });
});

describe("events: a group named before 's only says whose unit the act befell", () => {
  it('"bombed bases of G\'s Unit", "a camp run by G\'s Unit": the unit', () => {
    const a = run('The army bombed bases of Hezbollah’s Radwan Force in the south on Monday.');
    expect(a.of('attack').map(a.roles)).toEqual([['patient:Radwan Force']]);
    const b = run(
      "Soldiers attacked a camp run by al-Shabaab's Amniyat unit near Jilib on Sunday. The army said the strikes hit weapons depots.",
    );
    expect(b.of('attack').map(b.roles)).toEqual([['patient:Amniyat']]);
  });
  it('"killed three fighters of G\'s Unit": the unit whose people were counted', () => {
    const a = run("Troops killed three fighters of Hamas's Qassam Brigades near Rafah on Monday.");
    expect(a.of('killing').map(a.roles)).toEqual([['patient:Qassam Brigades']]);
    const b = run("Police arrested two members of al-Shabaab's Amniyat unit in Mombasa on Monday.");
    expect(b.of('arrest').map(b.roles)).toEqual([['patient:Amniyat']]);
  });
});

describe('events: "the militants" for the one armed group named just before', () => {
  it('"G has fought … On Sunday the militants stormed …": G, unless two groups were named', () => {
    const a = run(
      'Al-Shabaab has been fighting the Somali government since 2007. On Sunday the militants stormed a hotel in Mogadishu, killing nine people.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Al-Shabaab']]);
    const b = run(
      'Troops attacked Ansaru hideouts in the Kuyambana forest on Monday. The militants had killed 12 villagers in Birnin Gwari on Saturday.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Ansaru']]);
    const c = run(
      'Al-Shabaab and the Islamic State have both fought in Puntland. On Sunday the militants stormed a hotel in Bosaso, killing nine people.',
    );
    expect(c.all()).toEqual([]);
  });
  it('", days after the jihadists killed …" is an act of its own, not the toll of the offensive', () => {
    const a = run(
      "Niger's army began an offensive against the Islamic State Sahel Province near Menaka on Thursday, two days after the jihadists killed 30 soldiers at a base near Tillaberi, the defence ministry said.",
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Islamic State Sahel Province']]);
    const b = run(
      'Troops raided Ansaru camps in the Kuyambana forest on Friday, two days after the militants killed 12 villagers in Birnin Gwari, the army said.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Ansaru']]);
  });
});

describe('events: an organisation that only qualifies the body named beside it', () => {
  it('"trucks of the UN peacekeeping mission, MINUSMA": the mission named in the apposition', () => {
    const a = run(
      'Fighters of a JNIM unit ambushed trucks of the UN peacekeeping mission, MINUSMA, near Gao in October.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:JNIM', 'patient:MINUSMA']]);
    const b = run('Gunmen attacked a patrol of the African Union force, AMISOM, near Afgoye on Sunday.');
    expect(b.of('attack').map(b.roles)).toEqual([['patient:AMISOM']]);
  });
});

describe('events: a weapon that hit something is an attack', () => {
  it('"a drone hit a car …, killing three members of G": an attack on G as well as the killing', () => {
    const a = run(
      "In Syria, a Turkish drone hit a car near Kobani on Friday, killing three members of the People's Protection Units (YPG), a local official said.",
    );
    expect(a.of('attack').map(a.roles)).toEqual([["patient:People's Protection Units"]]);
    expect(a.name(a.of('attack')[0].place)).toBe('Kobani');
    const b = run(
      'Two missiles hit a militia convoy near Al-Qaim on Tuesday, killing four members of Kataib Hezbollah, officials said.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['patient:Kataib Hezbollah']]);
  });
});

describe('events: "G\'s Body said it had …": the body did it, not whose it is', () => {
  it('the pronoun of the report stands for the body named after "G\'s"', () => {
    const a = run(
      "The Taliban's General Directorate of Intelligence announced on Thursday it had detained two ISKP members in Kunduz, including Abdul Wahid.",
    );
    expect(a.of('arrest').map(a.roles)).toEqual([
      ['agent:General Directorate of Intelligence', 'patient:Abdul Wahid'],
    ]);
    const b = run(
      "Hezbollah's Radwan Force said on Sunday that it had attacked an Israeli post near Metula.",
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Radwan Force']]);
  });
});

describe('events: the victim of a toll named in the next sentence', () => {
  it('"…, killing a field commander. The army named the dead man as X": X was killed', () => {
    const a = run(
      'Israeli jets bombed a house near Tyre late on Tuesday, killing a unit commander of the group, two security sources said. The army named the dead man as Hassan Jaber and said he had fired rockets at Israel.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['patient:Hassan Jaber']]);
    const b = run(
      'Gunmen stormed a checkpoint near Kaduna on Sunday, killing a senior police officer, officials said. Police identified him as Musa Danladi.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Musa Danladi']]);
  });
});

describe("events: a nation's troops or jets are the one force of that nation the text names", () => {
  it('"Israeli jets struck …", "Turkish troops raided …": the force whose name starts with the nation', () => {
    const a = run(
      'Israeli jets bombed a house near Tyre late on Tuesday, killing a unit commander of Hezbollah. The Israel Defense Forces (IDF) said the man had fired rockets at the Galilee.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Israel Defense Forces']]);
    const b = run(
      'Turkish troops raided a PKK camp near Zakho on Monday. The Turkish Armed Forces said the operation would continue.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Turkish Armed Forces', 'patient:PKK']]);
    // (two forces that may be the nation's: neither)
    const c = run(
      'Nigerian troops raided a camp near Bama on Monday. The Nigerian Army and the Niger Armed Forces have fought the group for years.',
    );
    expect(c.all()).not.toContain('agent:Nigerian Army');
  });
});
