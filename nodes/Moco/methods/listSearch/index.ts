export { searchTeams } from './searchTeams';
export { searchUsers } from './searchUsers';
