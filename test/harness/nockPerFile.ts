import nock from 'nock';

// Every test file loads its own copy of nock, but all copies patch Node's one http module: a copy
// still active when its file ends sits under the next file's and turns its simulated connection
// faults into unhandled socket errors. So each file leaves http as it found it.
afterAll(() => {
	nock.cleanAll();
	nock.enableNetConnect();
	nock.restore();
});
