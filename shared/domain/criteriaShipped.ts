/** The four criteria sets the app ships with (version 1 of each); the ward edits them as new versions. */
import type { CriteriaSetFields } from '../schema/criteria';
import { COLLECTIVE_SET } from './criteriaCollective';
import { CONDUCT_SET } from './criteriaConduct';
import { ND335_SET } from './criteriaNd335';
import { ND335_LEADER_SET } from './criteriaNd335Leader';

export const SHIPPED_CRITERIA_SETS: CriteriaSetFields[] = [ND335_SET, ND335_LEADER_SET, CONDUCT_SET, COLLECTIVE_SET];

export const ND335_SET_ID = ND335_SET.setId;

export const ND335_LEADER_SET_ID = ND335_LEADER_SET.setId;
