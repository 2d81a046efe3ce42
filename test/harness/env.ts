// n8n-core reads these when it is first loaded: keep its config out of $HOME and its logs quiet.
import { mkdirSync } from 'fs';
import { join } from 'path';

const userFolder = join(__dirname, '..', '..', '.n8n-test');
mkdirSync(userFolder, { recursive: true });
process.env.N8N_USER_FOLDER = userFolder;
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
process.env.N8N_LOG_LEVEL = 'silent';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
