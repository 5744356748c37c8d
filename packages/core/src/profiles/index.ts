import { baochinhphu } from './baochinhphu';
import { dangcongsan } from './dangcongsan';
import { dnn } from './dnn';
import { joomla } from './joomla';
import { liferay } from './liferay';
import { liferayDnict } from './liferay-dnict';
import { newspaperZce } from './newspaper-zce';
import { nukeviet } from './nukeviet';
import { sharepoint } from './sharepoint';
import type { CmsProfile } from './types';
import { vhv } from './vhv';
import { wordpress } from './wordpress';

export type { CmsProfile } from './types';

/**
 * Every profile, most specific first: when two families score the same, the earlier wins
 * (the DNICT portlet runs on Liferay, NewsView on DNN).
 */
export const PROFILES: readonly CmsProfile[] = [
  nukeviet,
  liferayDnict,
  liferay,
  sharepoint,
  dnn,
  dangcongsan,
  baochinhphu,
  joomla,
  wordpress,
  newspaperZce,
  vhv,
];
