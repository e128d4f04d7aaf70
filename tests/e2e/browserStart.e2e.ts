/** A browser that cannot start fails the e2e file at once and leaves no server behind to hang jest. */
import { openStandalonePage } from './browser';

it('Chromium missing: the open fails with a clear message and the page server is closed', async () => {
  const failure = await openStandalonePage('no-browser', { executablePath: '/nonexistent/chromium' }).then(
    () => undefined,
    (e: Error) => e,
  );
  expect(failure?.message).toMatch(/^Chromium could not start \(\/nonexistent\/chromium\); the page server at (http:\/\/\S+) is closed/);
  const url = /the page server at (\S+) is closed/.exec(failure!.message)![1];
  await expect(fetch(url)).rejects.toThrow();
});
