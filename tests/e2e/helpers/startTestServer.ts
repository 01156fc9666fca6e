// The browser tests start the same real server as the integration tests.
export { startTestServer, type TestServer } from '../../helpers/testServer.ts';
