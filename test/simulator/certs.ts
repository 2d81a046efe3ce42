/** The run-time test CA and its leaf certificates, made with the openssl CLI. Nothing secret is committed. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface CertFiles {
	dir: string;
	caCertPath: string;
	caPem: string;
	key: string;
	cert: string;
}

/** A leaf certificate for `host`, signed by the CA in `certs.dir`; valid two days. */
export function mintCertificate(certs: CertFiles, host: string): { key: string; cert: string } {
	if (!/^[a-z0-9.-]+$/i.test(host)) throw new Error(`not a host name: ${JSON.stringify(host)}`);
	const f = (name: string) => path.join(certs.dir, name);
	const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: certs.dir, stdio: 'pipe' });
	fs.writeFileSync(
		f(`${host}.ext`),
		[
			'basicConstraints=critical,CA:FALSE',
			'keyUsage=critical,digitalSignature,keyEncipherment',
			'extendedKeyUsage=serverAuth',
			`subjectAltName=DNS:${host}`,
			'subjectKeyIdentifier=hash',
			'authorityKeyIdentifier=keyid,issuer',
		].join('\n'),
	);
	const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	openssl('req', '-new', ...ec, '-keyout', `${host}.key`, '-out', `${host}.csr`, '-subj', `/CN=${host}`);
	openssl('x509', '-req', '-in', `${host}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${host}.crt`, '-days', '2', '-extfile', `${host}.ext`);
	return { key: fs.readFileSync(f(`${host}.key`), 'utf8'), cert: fs.readFileSync(f(`${host}.crt`), 'utf8') };
}

/** A CA and a `*.mocoapp.com` leaf valid for two days, made with the openssl CLI. */
export function generateTestCertificates(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-sandbox-'))): CertFiles {
	const f = (name: string) => path.join(dir, name);
	const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
	fs.writeFileSync(
		f('ca.ext'),
		[
			'basicConstraints=critical,CA:TRUE',
			'keyUsage=critical,keyCertSign,cRLSign',
			'subjectKeyIdentifier=hash',
		].join('\n'),
	);
	fs.writeFileSync(
		f('leaf.ext'),
		[
			'basicConstraints=critical,CA:FALSE',
			'keyUsage=critical,digitalSignature,keyEncipherment',
			'extendedKeyUsage=serverAuth',
			'subjectAltName=DNS:*.mocoapp.com,DNS:mocoapp.com',
			'subjectKeyIdentifier=hash',
			'authorityKeyIdentifier=keyid,issuer',
		].join('\n'),
	);
	const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	openssl('req', '-new', ...ec, '-keyout', 'ca.key', '-out', 'ca.csr', '-subj', '/CN=n8n-nodes-moco TEST CA (generated at run time, never trust)');
	openssl('x509', '-req', '-in', 'ca.csr', '-signkey', 'ca.key', '-out', 'ca.crt', '-days', '2', '-extfile', 'ca.ext');
	openssl('req', '-new', ...ec, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=*.mocoapp.com');
	openssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'leaf.crt', '-days', '2', '-extfile', 'leaf.ext');
	return {
		dir,
		caCertPath: f('ca.crt'),
		caPem: fs.readFileSync(f('ca.crt'), 'utf8'),
		key: fs.readFileSync(f('leaf.key'), 'utf8'),
		cert: fs.readFileSync(f('leaf.crt'), 'utf8'),
	};
}
