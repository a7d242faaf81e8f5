// The SSRF guard on its own: loopback, private and metadata addresses in the
// spellings URL parsers and resolvers accept, each refused before any socket is
// attempted (the injected transport records attempts and never connects off loopback).
import { describe, expect, it } from 'vitest';
import { safeFetch } from '../src/api/safe-fetch.js';
import { loopbackNet } from './loopback-net.js';

const SPELLINGS = [
  'http://127.0.0.1/',
  'http://127.1/',
  'http://127.0.1/',
  'http://2130706433/',
  'http://0x7f000001/',
  'http://0x7f.0x0.0x0.0x1/',
  'http://0177.0.0.1/',
  'http://017700000001/',
  'http://127.0.0.1./',
  'http://127.255.255.254/',
  'http://0/',
  'http://0.0.0.0/',
  'http://[::1]/',
  'http://[0:0:0:0:0:0:0:1]/',
  'http://[::]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:7f00:1]/',
  'http://[0:0:0:0:0:ffff:127.0.0.1]/',
  'http://[::ffff:0:7f00:1]/',
  'http://[::ffff:0:127.0.0.1]/',
  'http://[::127.0.0.1]/',
  'http://[64:ff9b::127.0.0.1]/',
  'http://[2002:7f00:1::]/',
  'http://[fe80::1]/',
  'http://[fd00::1]/',
  'http://10.0.0.1/',
  'http://172.16.0.1/',
  'http://192.168.0.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://0xa9fea9fe/',
  'http://[::ffff:169.254.169.254]/',
  'http://[::ffff:0:a9fe:a9fe]/',
  'http://100.64.0.1/',
  'http://LOCALHOST/',
  'http://localhost./',
  'http://rebind.test/',
  'http://RebInd.TEST:8080/',
];

describe('safeFetch refuses every non-public spelling before connecting', () => {
  it(`${SPELLINGS.length} spellings of loopback, private and metadata addresses`, async () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(30);
    const net = loopbackNet({ 'rebind.test': ['10.9.8.7'], 'localhost.': ['127.0.0.1'] });
    for (const url of SPELLINGS)
      await expect(safeFetch(url, { resolve: net.resolve, transport: net.transport }), url).rejects.toThrow(
        /not a public address/,
      );
    expect(net.connections).toEqual([]);
  });

  it('a name that resolves to one public and one private address is refused', async () => {
    const net = loopbackNet({ 'mixed.test': ['93.184.216.34', '10.1.1.1'] });
    await expect(safeFetch('http://mixed.test/', net)).rejects.toThrow(/mixed\.test resolves to 10\.1\.1\.1/);
    expect(net.connections).toEqual([]);
  });

  it('a public address passes the guard and reaches the transport (which, in tests, refuses it)', async () => {
    const net = loopbackNet({ 'public.test': ['93.184.216.34'] });
    await expect(safeFetch('http://public.test/', net)).rejects.toThrow(
      /could not fetch it \(ETESTREFUSED\)/,
    );
    expect(net.refused).toEqual([{ url: 'http://public.test/', address: '93.184.216.34' }]);
  });
});
