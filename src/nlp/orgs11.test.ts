import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// Organisation names and entity splits (orgs11): bodies named in French, Spanish or
// Portuguese, with their connectors and articles inside the name ("de la", "para la", "l'"),
// and the acronyms of such names. Every sentence here is written for the test.

const entitiesOf = (text: string) =>
  extract({ title: null, published: '2026-12-04', url: null, text }).entities.map((e) => ({
    type: e.type,
    name: e.name,
    names: [e.name, ...e.aliases],
  }));
const find = (text: string, name: string) => entitiesOf(text).find((e) => e.names.includes(name));
const typeOf = (text: string, name: string) => find(text, name)?.type;
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
