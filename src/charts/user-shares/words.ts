import { nbsp } from '../../core/locale.ts';
import type { ChartWords } from '../chart-words.ts';

const en = {
  title: 'Monthly reach of messengers in Russia',
  heading: 'Monthly reach, {month}',
  headingNarrow: 'Monthly reach, {month}',
  tick: '{value} M',
  valueMoreThan: 'over {value}',
  valueAbout: 'about {value}',
  noFigure: 'No figure in our sources this month for {platforms}.',
  sourceLine: 'Source: {measured}, via {outlets}',
  measuredBy: 'Mediascope',
  measuredByAnalyst: 'Mediascope data analysed by {analysts}',
  reportedVia: '{publisher} (as reported by {via})',
  tableCaption: 'Monthly reach of messengers in Russia, in millions of people',
  columnMonth: 'Month',
  columnMessenger: 'Messenger',
  columnReach: 'Monthly reach',
  columnMeasuredBy: 'Measured by',
  columnStatus: 'Status',
  columnSources: 'Reported by',
  tableMeasuredBy: 'Mediascope',
  tableMeasuredByAnalyst: 'Mediascope, analysed by {analyst}',
  statusConfirmed: 'Confirmed',
  statusReported: 'Reported, from a secondary source',
} as const;

/** The keys every language must give. */
export type UserSharesWord = keyof typeof en;

/** Every string the user-shares chart shows, in each language (chart-words.ts); the build checks they match. */
export const words: ChartWords<UserSharesWord> = {
  en,
  ru: {
    title: 'Месячный охват мессенджеров в России',
    heading: 'Месячный охват, {month}',
    headingNarrow: 'Охват за {month}',
    tick: `{value}${nbsp}млн`,
    valueMoreThan: `>${nbsp}{value}`,
    valueAbout: `≈${nbsp}{value}`,
    noFigure: 'В наших источниках нет данных за этот месяц для {platforms}.',
    sourceLine: 'Источник: {measured}, через {outlets}',
    measuredBy: 'Mediascope',
    measuredByAnalyst: 'данные Mediascope в анализе {analysts}',
    reportedVia: '{publisher} (по сообщению {via})',
    tableCaption: 'Месячный охват мессенджеров в России, млн человек',
    columnMonth: 'Месяц',
    columnMessenger: 'Мессенджер',
    columnReach: 'Месячный охват',
    columnMeasuredBy: 'Кто измерял',
    columnStatus: 'Статус',
    columnSources: 'Кто сообщил',
    tableMeasuredBy: 'Mediascope',
    tableMeasuredByAnalyst: 'Mediascope, анализ: {analyst}',
    statusConfirmed: 'Подтверждено',
    statusReported: 'Сообщено вторичным источником',
  },
};
