import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// events12: acts told with nobody named. Sentences of our own.
const run = (text: string, published = '2026-05-20') => extract({ title: null, published, url: null, text });
type Out = ReturnType<typeof run>;
const nameOf = (x: Out, id: string) => x.entities.find((e) => e.id === id)?.name ?? '';
const acts = (x: Out, type: string) => x.events.filter((e) => e.type === type);
const agents = (x: Out, type: string, place: string) =>
  acts(x, type)
    .filter((e) => e.place && nameOf(x, e.place) === place)
    .flatMap((e) => e.participants.filter((p) => p.role === 'agent').map((p) => nameOf(x, p.entity)));

describe('events12: "the assailants", "the gunmen" stand for the doer told before', () => {
  it('a definite description as the subject of an attack takes the agent of the act told before', () => {
    const a = run(
      'Boko Haram fighters killed nine farmers near Konduga on Monday, police said. The gunmen ambushed a bus outside Bama on Tuesday, a witness said.',
    );
    expect(agents(a, 'attack', 'Bama')).toContain('Boko Haram');
    const b = run(
      'Al-Shabaab militants killed four teachers in Mandera on Sunday, officials said. The attackers stormed a police post in Wajir on Monday, residents said.',
    );
    expect(agents(b, 'attack', 'Wajir').some((n) => /shabaab/i.test(n))).toBe(true);
  });

  it('"gunmen" or "two militants" told without "the" are not the group named before', () => {
    const a = run(
      'Boko Haram fighters killed nine farmers near Konduga on Monday, police said. Gunmen also ambushed a bus outside Bama on Tuesday, a witness said.',
    );
    expect(agents(a, 'attack', 'Bama')).not.toContain('Boko Haram');
    const b = run(
      'Al-Shabaab militants killed four teachers in Mandera on Sunday, officials said. Unknown attackers stormed a police post in Wajir on Monday, residents said.',
    );
    expect(agents(b, 'attack', 'Wajir').some((n) => /shabaab/i.test(n))).toBe(false);
  });
});

describe('events12: an act with nobody named is kept only as an incident of its own', () => {
  it('a counted arrest or an ambush in a named town, told as news, stays', () => {
    expect(
      acts(run('Police detained seven suspected smugglers in Agadez on Monday, officials said.'), 'arrest'),
    ).toHaveLength(1);
    expect(
      acts(
        run(
          'Gunmen ambushed a military convoy near Kolofata on Tuesday, killing four soldiers, a local official said.',
        ),
        'attack',
      ),
    ).toHaveLength(1);
  });

  it('an act placed only in a country, or nowhere, is dropped', () => {
    expect(
      acts(
        run('Suspected jihadists killed 12 soldiers in Burkina Faso on Sunday, the army said.'),
        'killing',
      ),
    ).toEqual([]);
    expect(
      acts(run('Unidentified gunmen attacked a convoy on Saturday, a security source said.'), 'attack'),
    ).toEqual([]);
  });

  it('an act three months or more before publication with nobody named is background', () => {
    expect(
      acts(run('Residents said a market in the town of Gao was bombed in March 2019.'), 'attack'),
    ).toEqual([]);
    expect(
      acts(run('A church in the town of Kafanchan was attacked in 2021, residents recalled.'), 'attack'),
    ).toEqual([]);
  });

  it('what a court sentences or charges someone for is no new act', () => {
    expect(
      acts(
        run(
          'A court in Peshawar on Tuesday sentenced two men to death for an attack on a police station in Bannu.',
        ),
        'attack',
      ),
    ).toEqual([]);
    expect(
      acts(
        run('Prosecutors in Nairobi on Monday charged three men over a bombing at a bus station in Mombasa.'),
        'attack',
      ),
    ).toEqual([]);
  });

  it("the lead's unnamed act is the one the article goes on to tell with its doer", () => {
    const a = run(
      'A court in Jakarta jailed a bomb maker on Thursday, as police detained five more suspects in Bandung. Separately, the police unit Densus 88 arrested five men in raids in Cirebon on Wednesday, a spokesman said.',
    );
    expect(acts(a, 'arrest').every((e) => e.participants.length > 0)).toBe(true);
    const b = run(
      'Gunmen attacked a village in Tillaberi on Friday, officials said. Islamic State Sahel Province fighters attacked the village of Anzourou on Friday, killing 11 people, the ministry said.',
    );
    expect(acts(b, 'attack').every((e) => e.participants.length > 0)).toBe(true);
  });
});

describe('events12: acts in general are no incident', () => {
  it('a bare plural act noun takes no doer from the clause around it', () => {
    const a = run('Ansaru has been weakened by arrests and by fighting with Boko Haram, analysts say.');
    expect(acts(a, 'arrest')).toEqual([]);
    const b = run('The Hurras al-Din faction, based in Idlib, has been hit by air strikes since late 2024.');
    expect(acts(b, 'attack')).toEqual([]);
  });

  it('"since then … has carried out bombings": acts running on from a day told before', () => {
    const a = run(
      'The cell was formed in March 2019 and since then the Hurras al-Din faction has carried out bombings in northern Idlib.',
    );
    expect(acts(a, 'attack')).toEqual([]);
    const b = run(
      'Lakurawa fighters crossed into Sokoto state in June 2018, and since then the group has staged raids on villages near Tangaza.',
    );
    expect(acts(b, 'attack')).toEqual([]);
  });

  it('a counted or dated plural act stays', () => {
    const a = run('Twin bombings by al-Shabaab killed nine people in Baidoa on Sunday, police said.');
    expect(acts(a, 'attack').length + acts(a, 'killing').length).toBeGreaterThan(0);
    const b = run(
      'Boko Haram carried out coordinated attacks on two villages near Monguno on Friday, officials said.',
    );
    expect(acts(b, 'attack').length).toBeGreaterThan(0);
  });

  it('"has repeatedly ambushed", "constantly attacks": a habit, no incident', () => {
    expect(
      acts(run('The ADF has repeatedly ambushed army patrols near the town of Eringeti.'), 'attack'),
    ).toEqual([]);
    expect(
      acts(
        run('Residents say the Lakurawa group constantly raids villages around the town of Tangaza.'),
        'attack',
      ),
    ).toEqual([]);
  });
});
