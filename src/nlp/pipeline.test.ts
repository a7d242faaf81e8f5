import { describe, expect, it } from 'vitest';
import type { Extraction } from '../types.js';
import { annotate, extract } from './pipeline.js';
import { P } from './segment.js';
import {
  ancestors,
  dependents,
  headOf,
  mentionAt,
  mentionHead,
  mentionTokens,
  uposOf,
  voice,
} from './syntax.js';

// A short invented article that exercises every stage at once.
const TEXT = [
  'Militants regroup in the tribal belt',
  'Ibad Khan, a 27-year-old student from Sialkot, was arrested by the Counter Terrorism Department (CTD) on Tuesday, a police official said.',
  '“He hoped to travel to Syria and fight there,” the official said.',
  'Zabihullah Mujahid, a spokesman for the Taliban, tweets as @Zabihullah_M. The CTD said Khan was also in touch with Lashkar-e-Taiba in Lahore.',
  '“We have nothing to do with this boy or his family,” said Mujahid.',
  'Tehrik-i-Taliban Pakistan denies any links with Lashkar-e-Taiba.',
].join('\n');

const x: Extraction = extract({ title: null, published: '2020-05-10', url: null, text: TEXT });
const fold = (s: string) => s.normalize('NFKD').toLowerCase();

describe('extract: the contract shape', () => {
  it('carries the schema and the document', () => {
    expect(x.schema).toBe('dossier.extraction/1');
    expect(x.document).toMatchObject({ published: '2020-05-10', url: null, text: TEXT });
    expect(x.document.title).toBe('Militants regroup in the tribal belt');
  });

  it('gives unique ids across entities, quotes, relations and events', () => {
    const ids = [...x.entities, ...x.quotes, ...x.relations, ...x.events].map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(x.entities.every((e) => /^e\d+$/.test(e.id))).toBe(true);
    expect(x.quotes.every((q) => /^q\d+$/.test(q.id))).toBe(true);
    expect(x.relations.every((r) => /^r\d+$/.test(r.id))).toBe(true);
    expect(x.events.every((v) => /^v\d+$/.test(v.id))).toBe(true);
  });

  it('types entities with the contract types and gives each at least one mention', () => {
    expect(x.entities.length).toBeGreaterThanOrEqual(8);
    for (const e of x.entities) {
      expect(['person', 'organization', 'place', 'handle']).toContain(e.type);
      expect(e.mentions.length).toBeGreaterThan(0);
      expect(Array.isArray(e.aliases)).toBe(true);
      expect(e.aliases).not.toContain(e.name);
    }
  });

  it('points every mention at one of the entity’s names', () => {
    for (const e of x.entities) {
      const names = new Set([e.name, ...e.aliases].map(fold));
      for (const m of e.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(TEXT.length);
        expect(m.end).toBeGreaterThan(m.start);
        expect(names.has(fold(TEXT.slice(m.start, m.end))), `${e.name}: ${TEXT.slice(m.start, m.end)}`).toBe(
          true,
        );
      }
    }
  });

  it('points quotes at their text and speakers at entities', () => {
    const ids = new Set(x.entities.map((e) => e.id));
    expect(x.quotes.length).toBe(2);
    for (const q of x.quotes) {
      expect(TEXT.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker !== null) expect(ids.has(q.speaker)).toBe(true);
      else expect(q.speakerText).toBeTruthy();
    }
  });

  it('makes relation and event ends existing entities, with evidence in range', () => {
    const ids = new Set(x.entities.map((e) => e.id));
    expect(x.relations.length).toBeGreaterThan(0);
    for (const r of x.relations) {
      expect(ids.has(r.subject)).toBe(true);
      expect(ids.has(r.object)).toBe(true);
      expect(typeof r.negated).toBe('boolean');
      expect(r.evidence.start).toBeGreaterThanOrEqual(0);
      expect(r.evidence.end).toBeLessThanOrEqual(TEXT.length);
      expect(r.evidence.end).toBeGreaterThan(r.evidence.start);
    }
    for (const v of x.events) {
      if (v.place !== null) expect(ids.has(v.place)).toBe(true);
      for (const p of v.participants) expect(ids.has(p.entity)).toBe(true);
      expect(v.evidence.end).toBeLessThanOrEqual(TEXT.length);
    }
  });

  it('geocodes places with lat, lon and country', () => {
    const places = x.entities.filter((e) => e.type === 'place');
    expect(places.map((p) => p.name)).toEqual(expect.arrayContaining(['Sialkot', 'Syria', 'Lahore']));
    for (const p of places) {
      expect(p.geo).toBeTruthy();
      expect(Number.isFinite(p.geo?.lat)).toBe(true);
      expect(Number.isFinite(p.geo?.lon)).toBe(true);
      expect(p.geo?.country).toMatch(/^[A-Z]{2}$/);
    }
    const sialkot = places.find((p) => p.name === 'Sialkot');
    expect(sialkot?.geo?.country).toBe('PK');
  });

  it('puts the stages together: speaker, tie, negation, handle and event', () => {
    const id = (name: string) => x.entities.find((e) => e.name === name || e.aliases.includes(name))?.id;
    expect(x.quotes[1].speaker).toBe(id('Zabihullah Mujahid'));
    // "the official" keeps the description it was introduced with (", a police official said")
    expect(x.quotes[0]).toMatchObject({ speaker: null, speakerText: 'a police official' });
    const has = (type: string, s: string, o: string, negated = false) =>
      x.relations.some(
        (r) => r.type === type && r.subject === id(s) && r.object === id(o) && r.negated === negated,
      );
    expect(has('spokesperson_of', 'Zabihullah Mujahid', 'Taliban')).toBe(true);
    expect(has('has_account', 'Zabihullah Mujahid', '@Zabihullah_M')).toBe(true);
    expect(has('affiliated_with', 'Tehrik-i-Taliban Pakistan', 'Lashkar-e-Taiba', true)).toBe(true);
    const arrest = x.events.find((v) => v.type === 'arrest');
    expect(arrest?.date?.value).toBe('2020-05-05');
    // "a student from Sialkot" says where he is from, in a clause set aside: not where he was arrested
    expect(arrest?.place).toBeNull();
    expect(id('Sialkot')).toBeTruthy();
  });

  it('reads the arrest across an apposition: arrested_by(Ibad Khan, CTD), CTD the agent', () => {
    const id = (name: string) => x.entities.find((e) => e.name === name || e.aliases.includes(name))?.id;
    expect(
      x.relations.some(
        (r) => r.type === 'arrested_by' && r.subject === id('Ibad Khan') && r.object === id('CTD'),
      ),
    ).toBe(true);
    const arrest = x.events.find((v) => v.type === 'arrest');
    expect(arrest?.participants).toEqual(
      expect.arrayContaining([
        { role: 'agent', entity: id('CTD') },
        { role: 'patient', entity: id('Ibad Khan') },
      ]),
    );
  });
});

describe('annotate: the parse under every stage', () => {
  const { doc } = annotate({ title: null, published: '2020-05-10', url: null, text: TEXT });
  const { syntax, seg } = doc;
  const isSpace = (t: number) => seg.tokens.pos[t] === P.SPACE;

  it('gives every token a tag, a head inside its own sentence and a lemma', () => {
    expect(syntax.head.length).toBe(seg.tokens.length);
    expect(syntax.lemma.length).toBe(seg.tokens.length);
    for (const s of seg.sentences) {
      let roots = 0;
      for (let t = s.tFirst; t < s.tLast; t++) {
        const h = syntax.head[t];
        if (isSpace(t)) {
          expect(h).toBe(-1);
          continue;
        }
        if (h < 0) roots++;
        else {
          expect(h).toBeGreaterThanOrEqual(s.tFirst);
          expect(h).toBeLessThan(s.tLast);
          expect(h).not.toBe(t);
          expect(isSpace(h)).toBe(false);
        }
        // no cycles: the chain of heads ends at a root
        expect(ancestors(doc, t).length).toBeLessThan(s.tLast - s.tFirst + 1);
        expect(headOf(doc, ancestors(doc, t).at(-1) as number)).toBe(-1);
        expect(syntax.lemma[t]).toBe(syntax.lemma[t].toLowerCase());
      }
      expect(roots).toBeGreaterThanOrEqual(1);
    }
    const said = [...Array(seg.tokens.length).keys()].filter(
      (t) => TEXT.slice(seg.tokens.start[t], seg.tokens.end[t]) === 'said',
    );
    expect(said.length).toBeGreaterThan(0);
    for (const t of said) {
      expect(syntax.lemma[t]).toBe('say');
      expect(uposOf(doc, t)).toBe('VERB');
    }
  });

  it('makes every multi-token mention one node whose head stands for it', () => {
    let multi = 0;
    for (let mi = 0; mi < doc.mentions.length; mi++) {
      const { tFirst, tLast } = mentionTokens(doc, mi);
      const h = mentionHead(doc, mi);
      expect(h).toBeGreaterThanOrEqual(tFirst);
      expect(h).toBeLessThan(tLast);
      expect(mentionAt(doc, h)).toBe(mi);
      const leaving: number[] = [];
      for (let t = tFirst; t < tLast; t++) {
        if (isSpace(t)) continue;
        if (syntax.head[t] < tFirst || syntax.head[t] >= tLast) leaving.push(t);
      }
      expect(leaving, doc.mentions[mi].text).toEqual([h]);
      if (tLast - tFirst > 1) multi++;
    }
    expect(multi).toBeGreaterThanOrEqual(3);
  });

  it('reads the passive arrest and its agent', () => {
    const arrested = [...Array(seg.tokens.length).keys()].find(
      (t) => TEXT.slice(seg.tokens.start[t], seg.tokens.end[t]) === 'arrested',
    ) as number;
    expect(voice(doc, arrested)).toBe('passive');
    const subj = dependents(doc, arrested, 'nsubj');
    expect(subj.map((t) => doc.mentions[mentionAt(doc, t)]?.text)).toEqual(['Ibad Khan']);
  });
});

describe('extract: a street named after a town', () => {
  it('gives the street no coordinates and the town it is in its own', () => {
    for (const [text, street, town] of [
      ['Police fired tear gas at marchers on Multan Road in Lahore on Friday.', 'Multan Road', 'Lahore'],
      ['Gunmen attacked a bakery on Kabul Street in Baghdad on Monday night.', 'Kabul Street', 'Baghdad'],
    ]) {
      const ex = extract({ text, title: 'Clashes', published: null, url: null });
      const s = ex.entities.find((e) => e.name === street);
      expect(s, text).toMatchObject({ type: 'place' });
      expect(s!.geo ?? null, text).toBeNull();
      const named = street.split(' ')[0];
      expect(
        ex.entities.some((e) => e.name === named || e.aliases.includes(named)),
        text,
      ).toBe(false);
      expect(ex.entities.find((e) => e.name === town)?.geo, text).toBeTruthy();
    }
  });
});

describe('extract: a place at sea beside a town', () => {
  it('reads a name after "off" as a place and gives a town known under another spelling its coordinates', () => {
    for (const text of [
      'Rebels fired a missile at a cargo ship off Hodeida on Tuesday, a maritime agency said.',
      'A navy frigate shot down two drones off Hodeidah late on Friday.',
    ]) {
      const ex = extract({ text, title: 'Red Sea', published: null, url: null });
      const port = ex.entities.find((e) => /^Hodeidah?$/.test(e.name));
      expect(port?.type, text).toBe('place');
      expect(port?.geo?.country, text).toBe('YE');
    }
  });
});
