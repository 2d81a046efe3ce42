export { searchUsers } from './searchUsers';
