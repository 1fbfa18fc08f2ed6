/** A TCP port on loopback that was free a moment ago (see index.js). */
export function freePort(): Promise<number>;
