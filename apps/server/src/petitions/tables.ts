import type { Generated } from 'kysely';

/** 群众来信来访登记表 (S0; migration 20261123_1100_petitions): one row per petition case. */
export type PetitionTables = {
  petitions: {
    id: Generated<number>;
    propertyId: number;
    caseId: number;
    /** 信访编号, HYXF2026-0003. */
    number: string;
    /** individual | collective (信访类型) */
    kind: string;
    headcount: number;
    /** 信访次数: this person's visits so far, this one included, counted at registration. */
    visitCount: number;
    address: string | null;
    /** 经办人: who registered it. */
    handlerId: number;
    leaderId: number | null;
    leaderSignedAt: string | null;
    supervisorId: number | null;
    supervisorSignedAt: string | null;
    /** The written reply (答复): 关于反映{subject}问题的答复, to {addressee}. */
    subject: string | null;
    addressee: string | null;
    body: string | null;
    repliedBy: number | null;
    repliedAt: string | null;
    createdAt: string;
  };
};
