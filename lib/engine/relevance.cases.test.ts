import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { fieldsRestrictedBy, relevantFields, routesAskingFor } from '@/lib/engine/relevance';
import { PEOPLE } from '@/tests/support/personas';

/*
 * Which questions a person is asked: only those whose answer can still change the advice.
 * A field matters while some route to work that is not yet ruled out restricts it.
 */

const catalogue = loadCatalogue();
const routeOf = (id: string) => catalogue.routes.find((r) => r.id === id)!;
const withoutAge = (a: Answers): Answers => ({ ...a, situation: { ...a.situation, age: undefined } });

describe('the fields a route restricts', () => {
  it.each([
    ['sterk-met-werk', ['age', 'municipality']],
    ['ips', ['severity', 'care', 'careOverOneYear']],
    ['actief-herstel', ['care', 'careProvider', 'municipality', 'dayActivities']],
    ['de-harde-leerschool', ['age', 'veteran']],
    ['jobcoaching', ['targetGroupRegister']],
    ['werk-als-beste-zorg', ['severity', 'care', 'careProvider', 'municipality']],
    ['naar-werk', []],
  ])('%s: %j', (id, fields) => {
    expect([...fieldsRestrictedBy(routeOf(id))].sort()).toEqual([...fields].sort());
  });
});

describe('the questions that still matter for a person', () => {
  it('nobody in Groningen is asked their age for the Utrecht routes; in Utrecht they are', () => {
    const groningen = withoutAge(PEOPLE.wgaGroningen);
    const utrecht = withoutAge(PEOPLE.bijstand28Utrecht);
    expect(routesAskingFor('age', groningen, catalogue).map((r) => r.id)).toEqual(['de-harde-leerschool']);
    expect(routesAskingFor('age', utrecht, catalogue).map((r) => r.id)).toEqual(['de-harde-leerschool', 'sterk-met-werk-of-scholing', 'sterk-met-werk']);
    expect(relevantFields(groningen, catalogue).has('municipality')).toBe(false);
    expect(relevantFields(utrecht, catalogue).has('municipality')).toBe(true);
  });

  it('before any answer, every field some route restricts matters', () => {
    const nothing: Answers = { situation: { crisis: false }, wish: {} };
    expect([...relevantFields(nothing, catalogue)].sort()).toEqual(
      ['age', 'care', 'careOverOneYear', 'careProvider', 'dayActivities', 'multipleProblems', 'municipality', 'severity', 'targetGroupRegister', 'veteran'].sort(),
    );
  });

  it('a support tool alone never makes a field matter (JIM’s age limit would otherwise ask everyone)', () => {
    const onlyJim = { ...catalogue, routes: [routeOf('jim'), routeOf('naar-werk')] };
    expect(relevantFields({ situation: { crisis: false }, wish: {} }, onlyJim).size).toBe(0);
    expect(routesAskingFor('age', { situation: { crisis: false }, wish: {} }, onlyJim)).toEqual([]);
  });
});
