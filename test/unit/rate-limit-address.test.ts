import { addressKey } from '../../src/http/rate-limit';

describe('the key a client address is counted under', () => {
  it('keeps an IPv4 address, also when it arrives IPv4-mapped', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 addresses by their /64 network, so rotating within it does not reset the budget', () => {
    const a = addressKey('2001:db8:1234:5678:aaaa:bbbb:cccc:dddd');
    expect(a).toBe('2001:db8:1234:5678::/64');
    expect(addressKey('2001:db8:1234:5678::1')).toBe(a);
    expect(addressKey('2001:0DB8:1234:5678:ffff::42')).toBe(a);
    expect(addressKey('2001:db8:1234:5679::1')).not.toBe(a);
    expect(addressKey('::1')).toBe('::/64');
  });

  it('leaves anything else as it is', () => {
    expect(addressKey('unknown')).toBe('unknown');
  });
});
