export { getRoles } from './getRoles';
export { getTeams } from './getTeams';
