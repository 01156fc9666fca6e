// The server writes the same colour into each teacher's presence, so it is computed in shared/.
export { colorForUser } from '../../../shared/presence/presenceUser.ts';
