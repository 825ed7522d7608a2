import { nbsp } from '../../core/locale.ts';
import type { ChartWords } from '../chart-words.ts';
import { sourceLineWords } from '../source-line-words.ts';

const en = {
  title: 'Monthly reach of messengers in Russia',
  heading: 'Monthly reach, {month}',
  headingNarrow: 'Monthly reach, {month}',
  tick: '{value} M',
  tickNarrow: '{value} M',
  valueMoreThan: 'over {value}',
  valueAbout: 'about {value}',
  noFigure: 'No figure in our sources this month for {platforms}.',
  ...sourceLineWords.en,
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
    headingNarrow: 'Охват за {month}, млн',
    tick: `{value}${nbsp}млн`,
    tickNarrow: '{value}',
    valueMoreThan: `>${nbsp}{value}`,
    valueAbout: `≈${nbsp}{value}`,
    noFigure: 'В наших источниках нет данных за этот месяц для {platforms}.',
    ...sourceLineWords.ru,
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
    statusReported: 'По сообщению вторичного источника',
  },
};
