/**
 * The slow phone of issue #4, as CDP emulates it: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x
 * slower. `npm run bench` measures under it; browser tests that depend on a slow load use it too.
 */
export const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
export const CPU_RATE = 4;
