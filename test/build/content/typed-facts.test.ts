import { describe, expect, it } from 'vitest';
import { typedFactMessage, typedFacts } from '../../../src/build/content/typed-facts.ts';
import { datasets } from '../../helpers/datasets.ts';
import { expectLeavesInputsAlone } from '../../helpers/expect-pure.ts';

const found = (text: string) => typedFacts(text, datasets).map((f) => [f.text, f.kind === 'date' ? f.component : f.component]);

describe('dates and figures typed by hand', () => {
  it.each([
    ['On 14 March Instagram was blocked', '14 March', '<EventDate id="E19" year={false} />'],
    ['blocked on 14 March 2022.', '14 March 2022', '<EventDate id="E19" />'],
    ['On 10–11 February 2026 WhatsApp vanished', '10–11 February 2026', '<EventDate id="E44" />'],
    ['since Aug. 11', 'Aug. 11', '<EventDate id="E32" milestone="telegram-calls-failing" year={false} />'],
    ['in force from 1 November', '1 November', '<EventDate id="E08" milestone="in-force" year={false} />'],
    ['Rosstat, 1 January 2025', '1 January 2025', '<Population as="date" />'],
    ['reached 90.8 million people', '90.8 million', '<Reach platform="telegram" period="2025-07" />'],
    ['Telegram 90.8 M in July', '90.8 M', '<Reach platform="telegram" period="2025-07" />'],
    ['146,028,325 residents', '146,028,325', '<Population />'],
    ['79.4% of requests', '79.4%', '<Claim id="merilo-telegram-failed-2026-03" />'],
    ['about 2,000 shutdowns', '2,000', '<Claim id="carnegie-shutdowns-2025" />'],
    ['people aged 12 and over', '12', '<Claim id="mediascope-cross-web-ages" />'],
    [`Forty-eight events`, 'Forty-eight', '<Count of="events" />'],
  ])('finds %j: %s, to be printed with %s', (text, typed, component) => {
    expect(found(text)).toEqual([[typed, component]]);
  });

  it.each([
    ['on 1 December', '<EventDate id="E13" part="start" year={false} />', '{day:E13:start}'],
    ['December 1–8, 2021', '<EventDate id="E13" />', '{date:E13}'],
    ['the 14th March', '<EventDate id="E19" year={false} />', '{day:E19}'],
  ])('takes %j for the day it names, not a span that starts on it', (text, component, placeholder) => {
    const [fact] = typedFacts(text, datasets);
    expect(fact).toMatchObject({ kind: 'date', held: true, component, placeholder });
  });

  it('matches a figure’s unit as well as its number', () => {
    expect(typedFacts('40 regions', datasets)[0]).toMatchObject({ text: '40', held: false });
    expect(typedFacts('40% fewer', datasets)[0]).toMatchObject({ text: '40%', held: true });
    expect(typedFacts('97 million people', datasets)[0]).toMatchObject({
      held: true,
      component: '<Reach platform="whatsapp" period="2025-06" />',
    });
    // A day that only a claim or the population holds prints its year, so a typed day without one is not offered them.
    expect(typedFacts('on 1 January', datasets)[0]).toMatchObject({ held: false });
  });

  it('gives the offset of each fact, from which the build counts its line', () => {
    expect(typedFacts('Calls.\nOn 14 March', datasets).map((f) => f.at)).toEqual([10]);
  });

  it.each([
    'In March 2025 MAX went into test mode',
    'the 5G network, COVID-19 and Law No. 90-FZ',
    'from 2012 to 2026, with 2019–2020 picked out',
    'WhatsApp {reach:whatsapp:2025-07}, on {date:E32} and {day:E31}',
    'about two-thirds of the country, in seven lanes',
    'mid-April 2026',
  ])('lets narration pass: %j', (text) => expect(typedFacts(text, datasets)).toEqual([]));

  it('flags a day or a number the data does not hold, and says to add it', () => {
    const [date, figure] = typedFacts('On 2 January 2019 about 37 sites fell', datasets);
    expect(date).toMatchObject({ text: '2 January 2019', kind: 'date', held: false });
    expect(figure).toMatchObject({ text: '37', kind: 'figure', held: false });
    expect(typedFactMessage(date!, 'prose')).toBe(
      'the date "2 January 2019" is typed by hand and the data does not hold it: write <EventDate id="…" /> after adding the day to content/data/events.json (as an event, or a milestone of one)',
    );
    expect(typedFactMessage(figure!, 'plain text')).toMatch(
      /^the figure "37" is typed by hand and the data does not hold it: write \{claim:…\} after adding/,
    );
  });

  it('gives a placeholder for plain text and a component for prose', () => {
    const [fact] = typedFacts('the order of 21 August', datasets);
    expect(typedFactMessage(fact!, 'plain text')).toBe('the date "21 August" is typed by hand, but the data holds it: write {day:E34}');
    expect(typedFactMessage(fact!, 'prose')).toBe(
      'the date "21 August" is typed by hand, but the data holds it: write <EventDate id="E34" year={false} />',
    );
  });

  it('lists several in the order they appear', () => {
    expect(typedFacts('34 regions on 22 October 2025, and 40% fewer calls', datasets).map((f) => f.text)).toEqual([
      '34',
      '22 October 2025',
      '40%',
    ]);
  });

  it('does not change the data it reads', () => expectLeavesInputsAlone(typedFacts, 'On 14 March 2022, 34 regions', datasets));
});
