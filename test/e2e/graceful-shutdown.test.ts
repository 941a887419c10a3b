import { Role } from '../../src/common/roles';
import { startTestApp, type TestApp } from '../support/app';
import { graphql } from '../graphql';

const RENAME = graphql(`mutation ShutdownRename { updateOrganization(input: { expectedVersion: 1, name: "Renamed" }) { name } }`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('smoke: graceful shutdown', () => {
  it('lets an in-flight request finish, then refuses new connections', async () => {
    const org = await app.createOrganization('shutdown');
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // Hold the organisation row so the mutation below is still running when the stop begins.
    const blocker = app.dataSource.transaction(async (manager) => {
      await manager.query('SELECT id FROM organization WHERE id = $1 FOR UPDATE', [org.id]);
      await held;
    });
    await new Promise((r) => setTimeout(r, 30));
    const inFlight = top.request(RENAME, {});
    await new Promise((r) => setTimeout(r, 100));
    const stopped = app.service.stop();
    let stopFinished = false;
    void stopped.then(() => (stopFinished = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(stopFinished).toBe(false);
    release();
    await blocker;
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ updateOrganization: { name: 'Renamed' } });
    await stopped;
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
  });
});
