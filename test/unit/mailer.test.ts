import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { DEFAULT_JOB_EXPIRY_SECONDS, type JobDefinition } from '../../src/common/jobs';
import { loadConfig } from '../../src/config';
import { SMTP_TIMEOUTS, mailer } from '../../src/modules/notification/mailer';
import { digestJob, emailJob } from '../../src/modules/notification/notification-jobs';
import { invitationJob } from '../../src/modules/survey/survey-invitation';

/** An SMTP server that accepts connections and never says a word. */
async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('the SMTP transport', () => {
  it.each([
    ['emailJob', emailJob],
    ['digestJob', digestJob],
    ['invitationJob', invitationJob],
  ] as [string, JobDefinition<never>][])('gives up on a silent server well before %s expires and is retried', (_name, job) => {
    const expiresAfterMs = (job.expireInSeconds ?? DEFAULT_JOB_EXPIRY_SECONDS) * 1000;
    // Connecting, the greeting and one silent command together: a stall anywhere ends the attempt, not the job.
    expect(SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout).toBeLessThan(expiresAfterMs / 2);
  });

  it('fails a send to a server that never greets with a timeout error, and SMTP_URL can shorten the wait', async () => {
    const silent = await silentServer();
    try {
      const transport = mailer(loadConfig({ SMTP_URL: `${silent.url}?greetingTimeout=200`, MAIL_FROM: 'noreply@example.test' }))!;
      await expect(transport.sendMail({ from: 'noreply@example.test', to: 'kari@example.no', subject: 'Hei', text: 'Hei' })).rejects.toMatchObject({
        code: 'ETIMEDOUT',
      });
      // The limits are the transport's own unless the URL names them.
      expect(mailer(loadConfig({ SMTP_URL: silent.url, MAIL_FROM: 'noreply@example.test' }))!.options).toMatchObject(SMTP_TIMEOUTS);
    } finally {
      await silent.close();
    }
  });
});
