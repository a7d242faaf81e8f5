import { describe, expect, it } from 'vitest';
import { entitiesOf, find, typeOf } from '../../test/entities-helpers.js';

// Organisation names and entity splits (orgs11): bodies named in French, Spanish or
// Portuguese, with their connectors and articles inside the name ("de la", "para la", "l'"),
// and the acronyms of such names. Every sentence here is written for the test.

/** a first paragraph, so that the sentence under test is no headline */
const LEAD = 'Reporters gathered outside the court building early on a cold morning.\n\n';

describe('a body named in a Romance language keeps its connectors', () => {
  it.each([
    ['Police said the Front de Libération du Jura had claimed both fires.', 'Front de Libération du Jura'],
    [
      'Witnesses said the Union des Forces de la Renaissance had rejected the talks.',
      'Union des Forces de la Renaissance',
    ],
    [
      'A statement from the Frente Patriótico para la Liberación de Olancho denied it.',
      'Frente Patriótico para la Liberación de Olancho',
    ],
    [
      'Officers of the Departamento Administrativo de Inteligencia were charged.',
      'Departamento Administrativo de Inteligencia',
    ],
    [
      'The Forças Armadas de Defesa de Moçambique retook the town on Friday.',
      'Forças Armadas de Defesa de Moçambique',
    ],
    ['A spokesman for the Ministère de la Défense said two soldiers died.', 'Ministère de la Défense'],
    [
      "Analysts say the Mouvement pour l'Unité du Sahel had faded by then.",
      "Mouvement pour l'Unité du Sahel",
    ],
  ])('%s', (text, name) => {
    expect(typeOf(LEAD + text, name)).toBe('organization');
  });

  it('guesses no person from the name words after a connector', () => {
    for (const text of [
      'The court heard that the Front de Libération Nationale de la Corse planted the bombs.',
      'The Groupe Islamique pour la Prédication et le Combat later changed its name.',
    ]) {
      expect(entitiesOf(LEAD + text).filter((e) => e.type === 'person')).toEqual([]);
    }
  });
});

describe('the acronym of a Romance name skips its connectors and articles', () => {
  it.each([
    [
      'The Front de Libération du Jura set the fires. The FLJ later denied it.',
      'Front de Libération du Jura',
      'FLJ',
    ],
    [
      'The Union des Forces de la Renaissance met on Monday. The UFR said it would boycott the vote.',
      'Union des Forces de la Renaissance',
      'UFR',
    ],
    [
      "The Mouvement pour l'Unité du Sahel was small. The MUS later merged with a larger group.",
      "Mouvement pour l'Unité du Sahel",
      'MUS',
    ],
  ])('%s', (text, full, acr) => {
    expect(find(LEAD + text, full)?.names).toContain(acr);
  });
});

describe("a Romance institution word opens a body's name", () => {
  it.each([
    [
      'Officers of the Departamento Nacional de Inteligencia were questioned.',
      'Departamento Nacional de Inteligencia',
    ],
    ['The Departamento de Policía Judicial opened a case on Monday.', 'Departamento de Policía Judicial'],
    ['Prefects of the Département du Nord met in Lille on Friday.', 'Département du Nord'],
    ['A letter from the Département de la Sécurité reached the mayor.', 'Département de la Sécurité'],
    ['A spokesman for the Ministère des Armées confirmed the strike.', 'Ministère des Armées'],
    ['The Ministère de la Justice appealed the ruling.', 'Ministère de la Justice'],
    ['The Ministerio de Defensa Nacional sent two battalions.', 'Ministerio de Defensa Nacional'],
    ['Lawyers for the Ministerio Público de Salta filed the charges.', 'Ministerio Público de Salta'],
    ['The Ministério da Justiça ordered an inquiry.', 'Ministério da Justiça'],
    ['Officials of the Ministério do Interior declined to comment.', 'Ministério do Interior'],
    ['The Forças Armadas de Angola deployed troops to the border.', 'Forças Armadas de Angola'],
    ['Units of the Forças de Defesa de Timor reached the village.', 'Forças de Defesa de Timor'],
    ['The Comité de Défense des Droits said three men were held.', 'Comité de Défense des Droits'],
    ['Members of the Comité Central de Lucha marched to the square.', 'Comité Central de Lucha'],
    ['The Consejo Nacional de Paz met the rebels in Quito.', 'Consejo Nacional de Paz'],
    ['A ruling by the Consejo de Estado annulled the decree.', 'Consejo de Estado'],
    ['The Dirección Nacional de Inteligencia warned of more attacks.', 'Dirección Nacional de Inteligencia'],
    [
      'Agents of the Dirección de Investigación Criminal arrested him.',
      'Dirección de Investigación Criminal',
    ],
    ['The Direção Geral de Segurança kept files on the poet.', 'Direção Geral de Segurança'],
    ['Staff of the Direção de Informações Militares were purged.', 'Direção de Informações Militares'],
    ['The Agencia Nacional de Seguridad seized the weapons.', 'Agencia Nacional de Seguridad'],
    ['Analysts at the Agencia de Inteligencia Federal disagreed.', 'Agencia de Inteligencia Federal'],
    ['The Servicio de Inteligencia Nacional tapped his phone.', 'Servicio de Inteligencia Nacional'],
    ['A report by the Servicio Nacional de Aduanas named the firm.', 'Servicio Nacional de Aduanas'],
  ])('%s', (text, name) => {
    expect(typeOf(LEAD + text, name)).toBe('organization');
  });
});

describe('a head word spelled with the apostrophe of a hamza or an ayn opens a body name', () => {
  it.each([
    ["A Kata'ib Sayyid al-Hadi fighter was wounded near the border.", "Kata'ib Sayyid al-Hadi"],
    ["Jama'at Ahl al-Thughur said it had no part in the killing.", "Jama'at Ahl al-Thughur"],
    ["Residents said Kata'ib al-Fath al-Mubin had set up checkpoints.", "Kata'ib al-Fath al-Mubin"],
  ])('%s', (text, name) => {
    expect(typeOf(LEAD + text, name)).toBe('organization');
  });
});

describe("a name between an article and a member's noun is the body", () => {
  it.each([
    ['A senior Ennahda official denied the charges on Monday.', 'Ennahda'],
    ['Two Zintani commanders were killed when the convoy was hit.', 'Zintani'],
    ['The local Ittihadiya leader was detained at the airport.', 'Ittihadiya'],
    ['Police said a former Sinn Fein councillor had been questioned.', 'Sinn Fein'],
  ])('%s', (text, name) => {
    expect(typeOf(LEAD + text, name)).toBe('organization');
  });
  it('leaves people, places and peoples alone', () => {
    const text = `${LEAD}A senior Ennahda official met a Tunisian lawmaker and two Sfax officials.`;
    expect(typeOf(text, 'Ennahda')).toBe('organization');
    expect(find(text, 'Tunisian')).toBeUndefined();
    expect(typeOf(text, 'Sfax')).toBe('place');
  });
});

describe('a body named after a group noun and "known as the"', () => {
  it.each([
    ['The armed forces clashed with the militia, known as the Bakassi Boys, at dawn.', 'Bakassi Boys'],
    ['Villagers fled when the military, known as the Tatmadaw, shelled the hills.', 'Tatmadaw'],
    ['Officials said the local militia, called the Nyatura, had left the alliance.', 'Nyatura'],
  ])('%s', (text, name) => {
    expect(typeOf(LEAD + text, name)).toBe('organization');
  });
});

describe("an acronym of a body's name in its own language joins the English name", () => {
  it.each([
    [
      'The Democratic Forces for the Liberation of Kivu crossed the lake. Officials said the FDLK had lost men.',
      'Democratic Forces for the Liberation of Kivu',
      'FDLK',
    ],
    [
      'The Revolutionary Armed Forces of Tolima laid down arms. The FART had fought for decades.',
      'Revolutionary Armed Forces of Tolima',
      'FART',
    ],
  ])('%s', (text, full, acr) => {
    expect(find(LEAD + text, full)?.names).toContain(acr);
  });
});

describe("one distinctive word of a body's longer name is that body", () => {
  it('joins the word alone to the one body whose name holds it', () => {
    const a = `${LEAD}Police said the men belonged to Lashkar-e-Jhangvi. A Lashkar commander was shot dead.`;
    expect(find(a, 'Lashkar-e-Jhangvi')?.names).toContain('Lashkar');
    const b = `${LEAD}The Dawlah Islamiyah-Tokboy group raided a farm. Soldiers later caught a Tokboy commander in the marsh.`;
    expect(entitiesOf(b).filter((e) => e.names.includes('Tokboy'))).toHaveLength(1);
    expect(find(b, 'Tokboy')?.names.length).toBeGreaterThan(1);
  });
  it('keeps apart two bodies that share the word, and a two-word name inside a longer one', () => {
    const text = `${LEAD}The Islamic State Sahel Province claimed the raid. The Islamic State has claimed others. A Lashkar-e-Jhangvi cell and a Lashkar-e-Taiba cell met. A Lashkar commander was shot dead.`;
    expect(find(text, 'Islamic State')?.names).not.toContain('Islamic State Sahel Province');
    expect(find(text, 'Lashkar-e-Taiba')?.names).not.toContain('Lashkar');
    expect(find(text, 'Lashkar-e-Jhangvi')?.names).not.toContain('Lashkar');
    expect(typeOf(text, 'Lashkar')).toBe('organization');
  });
});

describe('capitalised names that are no person', () => {
  const persons = (text: string) => entitiesOf(LEAD + text).filter((e) => e.type === 'person');
  it('a vessel named after its noun', () => {
    expect(persons('The frigate Almirante Brion stopped the boat off the coast.')).toEqual([]);
    expect(persons('Pirates boarded the tanker Sea Marlin near the strait.')).toEqual([]);
  });
  it('a place whose residents are named', () => {
    expect(typeOf(`${LEAD}Residents of Gwoza said the gunmen left at dawn.`, 'Gwoza')).toBe('place');
    expect(typeOf(`${LEAD}The villagers of Mbalala fled into the forest.`, 'Mbalala')).toBe('place');
  });
  it("a unit's name between a group's possessive and wing or cell", () => {
    expect(typeOf(`${LEAD}The group's Amniyat intelligence wing planned the bombing.`, 'Amniyat')).toBe(
      'organization',
    );
    expect(typeOf(`${LEAD}Police said its Furqan cell had been broken up.`, 'Furqan')).toBe('organization');
  });
  it('a body before a plural of its armed men', () => {
    expect(typeOf(`${LEAD}Villagers said two Wagner mercenaries were wounded.`, 'Wagner')).toBe(
      'organization',
    );
    expect(typeOf(`${LEAD}The army said several Kamajor jihadists had surrendered.`, 'Kamajor')).toBe(
      'organization',
    );
  });
});

describe('a compass word before a place and a body word opens the body name', () => {
  it.each([
    ['A suspected member of the East Indonesia Mujahideen was shot dead.', 'East Indonesia Mujahideen'],
    ['Police said the East Libya Defence Brigade had recruited him.', 'East Libya Defence Brigade'],
    ['Leaders of the West Malaysia Islamic Front met the governor.', 'West Malaysia Islamic Front'],
  ])('%s', (text, name) => {
    expect(typeOf(LEAD + text, name)).toBe('organization');
  });
});

describe("a group's possessive before its branch's name is the branch", () => {
  it.each([
    [
      "Islamic State West Africa Province struck a base. The Islamic State's West Africa Province later released a video.",
      'Islamic State West Africa Province',
    ],
    [
      "Islamic State Khorasan Province claimed the bombing. Islamic State's Khorasan Province has grown.",
      'Islamic State Khorasan Province',
    ],
  ])('%s', (text, name) => {
    const e = find(LEAD + text, name);
    expect(e?.name).toBe(name);
    expect(e?.names.some((n) => /['’]s /.test(n))).toBe(true);
  });
});

describe('a unit or a militia named after a person is a body', () => {
  it.each([
    ['The Imam Hussein Brigades fired rockets at the base.', 'Imam Hussein Brigades'],
    ['Fighters of the Sheikh Adi Battalion took the ridge.', 'Sheikh Adi Battalion'],
    ['The Dan Sani Gora militia denied the killings.', 'Dan Sani Gora'],
    ['Villagers said the Yusuf Bala Kande unit had left the forest.', 'Yusuf Bala Kande'],
  ])('%s', (text, name) => {
    expect(typeOf(LEAD + text, name)).toBe('organization');
  });
  it('a name of two words after "the", before a verb', () => {
    expect(typeOf(`${LEAD}The Raia Kisanga attacked a gold mine on Sunday.`, 'Raia Kisanga')).toBe(
      'organization',
    );
    expect(typeOf(`${LEAD}Witnesses said the Nyumba Kumi controlled the market.`, 'Nyumba Kumi')).toBe(
      'organization',
    );
    expect(find(`${LEAD}The FA-22 Falcon was flying low over the hills.`, 'FA-22 Falcon')).toBeUndefined();
  });
});
