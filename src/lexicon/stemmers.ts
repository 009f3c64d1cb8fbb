/**
 * Snowball stemmers of the languages other than English that readings come
 * in. English words get wink's lemmas; a word of another language got
 * nothing, so "Камчатки" and "Камчатка", "Patientenakte" and "Patientenakten"
 * were two terms apiece and two reports of one event shared few words.
 */
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as armenian } from '@orama/stemmers/armenian';
import { stemmer as bulgarian } from '@orama/stemmers/bulgarian';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as irish } from '@orama/stemmers/irish';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as nepali } from '@orama/stemmers/nepali';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as serbian } from '@orama/stemmers/serbian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as tamil } from '@orama/stemmers/tamil';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { dictionary } from '../domain/strings.js';

export type Stemmer = (word: string) => string;

/** By ISO 639-1 code (Norwegian's two written forms share one). */
const STEMMERS: Readonly<Record<string, Stemmer>> = dictionary<Stemmer>([
  ['ar', arabic], ['hy', armenian], ['bg', bulgarian], ['da', danish], ['nl', dutch], ['fi', finnish], ['fr', french],
  ['de', german], ['el', greek], ['hu', hungarian], ['id', indonesian], ['ga', irish], ['it', italian],
  ['lt', lithuanian], ['ne', nepali], ['no', norwegian], ['nb', norwegian], ['nn', norwegian], ['pt', portuguese],
  ['ro', romanian], ['ru', russian], ['sr', serbian], ['es', spanish], ['sv', swedish], ['ta', tamil], ['tr', turkish],
  ['uk', ukrainian],
]);

/**
 * The stemmer of a reading's language, for its lower-cased words; null for
 * English (wink lemmatizes it), an unknown language and one without a stemmer.
 */
export function stemmerFor(language: string | null | undefined): Stemmer | null {
  return (language && STEMMERS[language]) || null;
}
