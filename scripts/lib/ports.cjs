'use strict';
// Free ports for the n8n processes, brokers and registries the scripts and tests start.
const net = require('node:net');

/**
 * A TCP port that was free a moment ago. Picked below Linux's ephemeral range (32768-60999): a port
 * the OS picks there can be handed out again, to another call or as the local end of a process's
 * outgoing connection, before the process meant to listen on it starts (a queue-mode worker once
 * found its health port taken). Never the same port twice in one run.
 */
const handedOut = new Set();
async function freePort() {
	for (let attempt = 0; attempt < 200; attempt++) {
		const port = 20000 + Math.floor(Math.random() * 12000);
		if (handedOut.has(port)) continue;
		handedOut.add(port);
		if (await canListen(port)) return port;
	}
	throw new Error('no free TCP port found between 20000 and 32000');
}

function canListen(port) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.unref();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

function portInUse(port, host = '127.0.0.1') {
	return new Promise((resolve) => {
		const socket = net.connect(port, host);
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

module.exports = { freePort, portInUse };
