export type Petition = {
  id: number;
  propertyId: number;
  caseId: number;
  number: string;
  kind: 'individual' | 'collective';
  headcount: number;
  visitCount: number;
  address: string | null;
  handlerId: number;
  handlerName: string;
  leaderId: number | null;
  leaderName: string | null;
  leaderSignedAt: string | null;
  supervisorId: number | null;
  supervisorName: string | null;
  supervisorSignedAt: string | null;
  subject: string | null;
  addressee: string | null;
  body: string | null;
  repliedBy: number | null;
  repliedByName: string | null;
  repliedAt: string | null;
  createdAt: string;
  caseNumber: string;
  summary: string;
  callerName: string;
  callerPhone: string | null;
  channel: 'visit' | 'letter';
  type: string;
  state: string;
  roomLabel: string | null;
  propertyName: string;
  propertyAddress: string | null;
  propertyPhone: string | null;
};

export type PetitionDetail = Petition & {
  receivedAt: string;
  receivedDay: string;
  repliedDay: string | null;
};
export type Registered = {
  id: number;
  caseId: number;
  caseNumber: string;
  number: string;
  visitCount: number;
};
