/** A room's address inside a property: building, optional unit, room number. */
export type RoomAddress = { building: string; unit: string | null; room: string };

const labelled =
  /^\s*([0-9A-Za-z]+)\s*(?:栋|幢|号楼|座)\s*(?:([0-9A-Za-z]+)\s*单元)?\s*([0-9A-Za-z]+)\s*(?:室|号|房)?\s*$/;
const dashed = /^\s*([0-9A-Za-z]+)\s*[-－—_/]\s*(?:([0-9A-Za-z]+)\s*[-－—_/]\s*)?([0-9A-Za-z]+)\s*$/;

/** Reads `3栋2单元501`, `3-2-501`, `3栋501` or `3-501`; null when it is not a room code. */
export const parseRoomCode = (input: string): RoomAddress | null => {
  const m = labelled.exec(input) ?? dashed.exec(input);
  if (!m) return null;
  return { building: m[1]!.toUpperCase(), unit: m[2] ? m[2].toUpperCase() : null, room: m[3]!.toUpperCase() };
};

export const roomCode = (a: RoomAddress) =>
  a.unit ? `${a.building}-${a.unit}-${a.room}` : `${a.building}-${a.room}`;
export const roomLabel = (a: RoomAddress) => `${a.building}栋${a.unit ? `${a.unit}单元` : ''}${a.room}`;
