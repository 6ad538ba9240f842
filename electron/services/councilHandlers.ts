/** The council part of the handlers: each method calls one service function. */
import type { Handlers } from '../../shared/api/contract';
import type { councilMethods } from '../../shared/api/councilContract';
import { printCouncilDocument } from './councilDocuments';
import { closeMeeting, createMeeting, findMeeting, listMeetings, meetingView, recordTally, updateMeeting } from './councilService';
import { grantTitles, listGrantedTitles, personTitles } from './grantedTitles';
import type { Session } from './session';

export function createCouncilHandlers(session: Session): Pick<Handlers, keyof typeof councilMethods> {
  return {
    listCouncilMeetings: async ({ year }) => listMeetings(session, year),
    getCouncilMeeting: async ({ id }) => meetingView(findMeeting(session, id)),
    createCouncilMeeting: async (input) => createMeeting(session, input),
    updateCouncilMeeting: async (input) => updateMeeting(session, input),
    recordCouncilTally: async (input) => recordTally(session, input),
    closeCouncilMeeting: async ({ id }) => closeMeeting(session, id),
    printCouncilDocument: async (input) => printCouncilDocument(session, input),
    grantTitles: async (input) => grantTitles(session, input),
    listGrantedTitles: async ({ year }) => listGrantedTitles(session, year),
    getPersonTitles: async ({ subjectId }) => personTitles(session, subjectId),
  };
}
