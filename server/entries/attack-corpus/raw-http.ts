// Sends bytes as they are to a loopback HTTP server and reads the answer back: what a client that
// ignores the rules (raw spaces, control characters, conflicting framing) would send.
import net from 'node:net';

/**
 * The answer, read until the server closes (send `Connection: close`), or only up to the status line
 * with `statusLine`; '' on a reset.
 */
export function rawAnswer(port: number, request: string, statusLine = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      answer += chunk;
      if (statusLine && answer.includes('\r\n')) socket.destroy();
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(answer) : reject(error),
    );
    // Written, not ended: a half-closed connection may be dropped before an asynchronous answer.
    socket.setTimeout(10_000, () => socket.destroy());
    socket.write(Buffer.from(request, 'latin1'));
  });
}

/** The status code answered, or 0 when the server closed the connection without one. */
export async function rawStatus(port: number, request: string): Promise<number> {
  return Number(/^HTTP\/1\.[01] (\d{3})/.exec(await rawAnswer(port, request, true))?.[1] ?? 0);
}
