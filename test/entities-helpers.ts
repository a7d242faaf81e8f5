// What the entity tests share: the entities the whole pipeline finds in a text, each with its
// type, its name and all its names; the one that bears a name, and that one's type.
import { extract } from '../src/nlp/pipeline.js';

export const entitiesOf = (text: string) =>
  extract({ title: null, published: '2026-12-04', url: null, text }).entities.map((e) => ({
    type: e.type,
    name: e.name,
    names: [e.name, ...e.aliases],
  }));
export const find = (text: string, name: string) => entitiesOf(text).find((e) => e.names.includes(name));
export const typeOf = (text: string, name: string) => find(text, name)?.type;
